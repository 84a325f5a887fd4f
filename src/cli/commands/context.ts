import type { EngineOptions, Locale } from '../../core';
import type { CliArgs } from '../args';
import { decodeDocument, readFileDocument, type IoFailure, type ReadResult } from '../file-io';
import type { CliIo } from '../io';
import { t } from '../messages';

/** Everything a command needs: parsed arguments, the IO ends and the language. */
export interface CommandContext {
  args: CliArgs;
  io: CliIo;
  locale: Locale;
}

/** Reads a file argument ('-' is standard input). */
export function readInput(file: string, io: CliIo): ReadResult {
  if (file !== '-') return readFileDocument(file);
  let bytes: Buffer;
  try {
    bytes = io.readStdin();
  } catch (error) {
    return { ok: false, error: { key: 'ioError', args: ['-', error instanceof Error ? error.message : String(error)] } };
  }
  return decodeDocument('-', bytes);
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

/** What the command line tells the engine. */
export function engineOptions(ctx: CommandContext): EngineOptions {
  return { only: ctx.args.only, residue: { extraPatterns: ctx.args.patterns } };
}
