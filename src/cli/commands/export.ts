import * as fs from 'fs';
import * as path from 'path';
import { analyze, exportDocx, residueErrors, resolveExportOptions } from '../../core';
import { describeError, type IoFailure } from '../file-io';
import { formatTextResult } from '../format-text';
import { toEslintResult } from '../format-eslint';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from '../io';
import { t } from '../messages';
import { engineOptions, printFailure, readInput, type CommandContext } from './context';

/**
 * export: the report as a GB/T 9704 .docx (a sibling OUT.docx by default). Residue errors stop it
 * (exit 1, nothing written) unless --force; an existing file is never replaced without --force.
 */
export function runExport(ctx: CommandContext): number {
  const file = ctx.args.files[0];
  if (file === '-' && !ctx.args.output) return usage(ctx, 'exportNeedsOutput');
  const read = readInput(file, ctx.io);
  if (!read.ok) {
    printFailure(ctx, read.error);
    return EXIT_ERROR;
  }
  const output = ctx.args.output ?? siblingDocx(file);
  if (file !== '-' && path.resolve(output) === path.resolve(file)) return usage(ctx, 'exportSameFile', output);
  if (fs.existsSync(output) && !ctx.args.force) return usage(ctx, 'exportExists', output);

  if (ctx.args.files.length !== 1) return usage(ctx, 'exportOneFile');
  // The config was checked before the command ran (a broken one stops the run).
  const lookup = ctx.configs?.for(file);
  const options = resolveExportOptions(lookup?.ok ? lookup.config?.config.export : undefined);

  const analysis = analyze(read.doc.text, engineOptions(ctx, file));
  const residue = residueErrors(analysis);
  if (residue.length > 0 && !ctx.args.force) {
    const shown = file === '-' ? '<stdin>' : file;
    ctx.io.stderr(formatTextResult(toEslintResult(shown, read.doc.text, residue, ctx.locale), ctx.locale));
    ctx.io.stderr(t(ctx.locale, 'exportResidue', shown, String(residue.length)) + '\n');
    return EXIT_FINDINGS;
  }
  const exported = exportDocx(read.doc.text, options, undefined, analysis);
  const written = writeAtomically(output, exported.bytes, ctx.args.force);
  if (!written.ok) {
    printFailure(ctx, written.error);
    return EXIT_ERROR;
  }
  if (residue.length > 0) ctx.io.stderr(t(ctx.locale, 'exportForced', String(residue.length)) + '\n');
  ctx.io.stderr(t(ctx.locale, 'exported', output, String(exported.pages.length)) + '\n');
  return EXIT_CLEAN;
}

function usage(ctx: CommandContext, key: 'exportNeedsOutput' | 'exportExists' | 'exportSameFile' | 'exportOneFile', ...args: string[]): number {
  ctx.io.stderr(`study-report: ${t(ctx.locale, key, ...args)}\n`);
  return EXIT_ERROR;
}

/** report.txt → report.docx; report.md → report.docx; other names get .docx added. */
export function siblingDocx(file: string): string {
  const ext = path.extname(file);
  return (/^\.(txt|md|markdown|text)$/i.test(ext) ? file.slice(0, -ext.length) : file) + '.docx';
}

/** Temporary file in the target folder, renamed over the target: never a half-written .docx. */
function writeAtomically(target: string, bytes: Uint8Array, replace: boolean): { ok: true } | { ok: false; error: IoFailure } {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx', 0o644);
    try {
      fs.writeFileSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Without --force a file that appeared meanwhile is still not replaced.
    if (!replace && fs.existsSync(target)) {
      fs.rmSync(temp, { force: true });
      return { ok: false, error: { key: 'exportExists', args: [target] } };
    }
    fs.renameSync(temp, target);
    return { ok: true };
  } catch (error) {
    fs.rmSync(temp, { force: true });
    return { ok: false, error: describeError(target, error) };
  }
}
