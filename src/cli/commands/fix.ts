import { analyze, fix, safeEdits } from '../../core';
import { isDocxInput } from '../docx-input';
import { encodeText, writeBackAtomically } from '../file-io';
import { fixDocx } from './fix-docx';
import { EXIT_CLEAN, EXIT_ERROR } from '../io';
import { t } from '../messages';
import { CategoryTally } from '../summary';
import { engineOptions, printFailure, printProblems, readInput, type CommandContext } from './context';

/**
 * fix: applies the engine's safe fixes only. Standard input, or --stdout, prints the fixed file in its
 * own encoding (BOM kept) so `fix --stdout a.txt > b.txt` gives a file of the same kind; otherwise the
 * file is replaced atomically, and only if it changed. A folder run names the files it changed and
 * ends with a summary; files that needed nothing are only counted.
 */
export function runFix(ctx: CommandContext): number {
  const printedProblems = new Set<string>();
  const tally = new CategoryTally();
  let failed = 0;
  let fixedFiles = 0;
  let unchanged = 0;
  for (const file of ctx.args.files) {
    const outcome = fixOne(ctx, file, printedProblems, tally);
    ctx.progress?.step();
    if (outcome === 'failed') failed++;
    else if (outcome === 'fixed') fixedFiles++;
    else if (outcome === 'unchanged') unchanged++;
  }
  if (ctx.many) {
    ctx.io.stderr(t(ctx.locale, 'fixSummary', String(ctx.args.files.length), String(fixedFiles), String(unchanged), tally.format(ctx.locale)) + '\n');
    if (failed) ctx.io.stderr(t(ctx.locale, 'failedSummary', String(failed)) + '\n');
  }
  return failed ? EXIT_ERROR : EXIT_CLEAN;
}

function fixOne(ctx: CommandContext, file: string, printedProblems: Set<string>, tally: CategoryTally): 'fixed' | 'unchanged' | 'printed' | 'failed' {
  const read = readInput(file, ctx.io);
  if (!read.ok) {
    printFailure(ctx, read.error);
    return 'failed';
  }
  const { doc } = read;
  if (isDocxInput(doc)) return fixDocx(ctx, file, doc, tally);
  const options = engineOptions(ctx, file);
  const first = analyze(doc.text, options);
  printProblems(ctx, first.problems, printedProblems);
  const fixed = fix(doc.text, options);
  if (file === '-' || ctx.args.stdout) {
    try {
      ctx.io.stdout(encodeText(fixed, doc.encoding));
    } catch {
      printFailure(ctx, { key: 'unknownEncoding', args: [file] });
      return 'failed';
    }
    return 'printed';
  }
  if (fixed === doc.text) {
    if (!ctx.many) ctx.io.stderr(t(ctx.locale, 'unchanged', file) + '\n');
    return 'unchanged';
  }
  const written = writeBackAtomically(doc, fixed, ctx.io.hooks);
  if (!written.ok) {
    printFailure(ctx, written.error);
    return 'failed';
  }
  if (doc.encoding.name !== 'utf-8') ctx.io.stderr(t(ctx.locale, 'encodingNote', file, doc.encoding.name.toUpperCase()) + '\n');
  const safe = first.findings.filter((f) => f.fix?.safe);
  for (const f of safe) tally.add(f.category);
  ctx.io.stderr(t(ctx.locale, 'fixed', file, String(safeEdits(first.findings).length)) + '\n');
  return 'fixed';
}
