import { analyze, fix, safeEdits } from '../../core';
import { encodeText, writeBackAtomically } from '../file-io';
import { EXIT_CLEAN, EXIT_ERROR } from '../io';
import { t } from '../messages';
import { engineOptions, printFailure, printProblems, readInput, type CommandContext } from './context';

/**
 * fix: applies the engine's safe fixes only. Standard input, or --stdout, prints the fixed file in its
 * own encoding (BOM kept) so `fix --stdout a.txt > b.txt` gives a file of the same kind; otherwise the
 * file is replaced atomically, and only if it changed.
 */
export function runFix(ctx: CommandContext): number {
  const printedProblems = new Set<string>();
  let failed = false;
  for (const file of ctx.args.files) {
    const read = readInput(file, ctx.io);
    if (!read.ok) {
      printFailure(ctx, read.error);
      failed = true;
      continue;
    }
    const { doc } = read;
    const options = engineOptions(ctx);
    const first = analyze(doc.text, options);
    printProblems(ctx, first.problems, printedProblems);
    const fixed = fix(doc.text, options);
    if (file === '-' || ctx.args.stdout) {
      try {
        ctx.io.stdout(encodeText(fixed, doc.encoding));
      } catch {
        printFailure(ctx, { key: 'unknownEncoding', args: [file] });
        failed = true;
      }
      continue;
    }
    if (fixed === doc.text) {
      ctx.io.stderr(t(ctx.locale, 'unchanged', file) + '\n');
      continue;
    }
    const written = writeBackAtomically(doc, fixed, ctx.io.hooks);
    if (!written.ok) {
      printFailure(ctx, written.error);
      failed = true;
      continue;
    }
    if (doc.encoding.name !== 'utf-8') ctx.io.stderr(t(ctx.locale, 'encodingNote', file, doc.encoding.name.toUpperCase()) + '\n');
    ctx.io.stderr(t(ctx.locale, 'fixed', file, String(safeEdits(first.findings).length)) + '\n');
  }
  return failed ? EXIT_ERROR : EXIT_CLEAN;
}
