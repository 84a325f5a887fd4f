import { configReader, engineOptionsFrom, layered, type EngineOptions, type Locale, type SettingReader } from '../../core';
import type { CliArgs } from '../args';
import type { ConfigResolver } from '../config-file';
import { decodeDocument, readFileDocument, type IoFailure, type ReadResult } from '../file-io';
import { decodeDocx, hasWordExtension, looksLikeWord, readDocxFile } from '../docx-input';
import type { CliIo } from '../io';
import { t } from '../messages';
import type { Progress } from '../progress';

/** Everything a command needs: parsed arguments (files already expanded), the IO ends and the language. */
export interface CommandContext {
  args: CliArgs;
  io: CliIo;
  locale: Locale;
  /** The .study-report.json of each file (already checked to be valid before the command runs). */
  configs?: ConfigResolver;
  /** Files done / total on a terminal; absent in single-file runs. */
  progress?: Progress;
  /** A folder, a glob or several files: the command prints a summary on standard error. */
  many?: boolean;
}

/** Reads a file argument ('-' is standard input); a Word document is read as its body text (doc.docx). */
export function readInput(file: string, io: CliIo): ReadResult {
  if (file !== '-') return hasWordExtension(file) ? readDocxFile(file) : readFileDocument(file);
  let bytes: Buffer;
  try {
    bytes = io.readStdin();
  } catch (error) {
    return { ok: false, error: { key: 'ioError', args: ['-', error instanceof Error ? error.message : String(error)] } };
  }
  return looksLikeWord(bytes) ? decodeDocx('-', bytes) : decodeDocument('-', bytes);
}

export function printFailure(ctx: CommandContext, failure: IoFailure): void {
  ctx.io.stderr(`study-report: ${t(ctx.locale, failure.key, ...failure.args)}\n`);
}

/** Configuration problems (a rejected extra pattern) go to standard error, once per run. */
export function printProblems(ctx: CommandContext, problems: ReadonlyArray<{ message: { zh: string; en: string } }> | undefined, printed: Set<string>): void {
  for (const problem of problems ?? []) {
    const text = problem.message[ctx.locale];
    if (printed.has(text)) continue;
    printed.add(text);
    ctx.io.stderr(`study-report: ${t(ctx.locale, 'problem', text)}\n`);
  }
}

/**
 * What applies to `file`: its config file (nearest .study-report.json upwards, or --config), then the
 * command line on top (--pattern adds patterns, --only narrows the categories).
 */
export function engineOptions(ctx: CommandContext, file = '-'): EngineOptions {
  const lookup = ctx.configs?.for(file);
  const config = lookup?.ok ? lookup.config?.config : undefined;
  const commandLine: SettingReader = (key) => (key === 'residue.extraPatterns' && ctx.args.patterns.length ? ctx.args.patterns : undefined);
  return { ...engineOptionsFrom(layered([config && configReader(config), commandLine])), only: ctx.args.only };
}
