import { analyze, resolveOptions } from '../../core';
import { EXIT_CLEAN, EXIT_ERROR } from '../io';
import { t } from '../messages';
import { printFailure, readInput, type CommandContext } from './context';

/** count: the 字数 (residue left out, as the engine counts it) and the figure the title declares. */
export function runCount(ctx: CommandContext): number {
  const file = ctx.args.files[0];
  const read = readInput(file, ctx.io);
  if (!read.ok) {
    printFailure(ctx, read.error);
    return EXIT_ERROR;
  }
  const { count } = analyze(read.doc.text);
  const filePath = file === '-' ? '<stdin>' : file;
  if (ctx.args.format === 'json') {
    ctx.io.stdout(JSON.stringify({ filePath, characters: count.characters, declared: count.declared ?? null, mode: resolveOptions().count.mode }) + '\n');
  } else {
    const declared = count.declared === undefined ? '' : t(ctx.locale, 'declared', String(count.declared));
    ctx.io.stdout(t(ctx.locale, 'count', filePath, String(count.characters)) + declared + '\n');
  }
  return EXIT_CLEAN;
}
