import { analyze, resolveOptions } from '../../core';
import { EXIT_CLEAN, EXIT_ERROR } from '../io';
import { t } from '../messages';
import { engineOptions, printFailure, readInput, type CommandContext } from './context';

interface CountEntry {
  filePath: string;
  characters: number;
  declared: number | null;
  mode: string;
}

/**
 * count: the 字数 (residue left out, as the engine counts it) and the figure the title declares.
 * One file prints one object in JSON; a folder or several files print an array of them.
 */
export function runCount(ctx: CommandContext): number {
  const entries: CountEntry[] = [];
  let failed = false;
  for (const file of ctx.args.files) {
    const read = readInput(file, ctx.io);
    ctx.progress?.step();
    if (!read.ok) {
      printFailure(ctx, read.error);
      failed = true;
      continue;
    }
    const options = engineOptions(ctx, file);
    const { count } = analyze(read.doc.text, options);
    const entry: CountEntry = { filePath: file === '-' ? '<stdin>' : file, characters: count.characters, declared: count.declared ?? null, mode: resolveOptions(options).count.mode };
    entries.push(entry);
    if (ctx.args.format === 'json') {
      if (!ctx.many) ctx.io.stdout(JSON.stringify(entry) + '\n');
    } else {
      const declared = entry.declared === null ? '' : t(ctx.locale, 'declared', String(entry.declared));
      ctx.io.stdout(t(ctx.locale, 'count', entry.filePath, String(entry.characters)) + declared + '\n');
    }
  }
  if (ctx.many && ctx.args.format === 'json') ctx.io.stdout(JSON.stringify(entries) + '\n');
  return failed ? EXIT_ERROR : EXIT_CLEAN;
}
