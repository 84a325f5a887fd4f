import * as path from 'path';
import { analyze, analyzeDocx } from '../../core';
import { isDocxInput } from '../docx-input';
import { docxEslintResult } from '../docx-report';
import { toEslintResult, type EslintFileResult } from '../format-eslint';
import { formatTextResult, formatTextSummary } from '../format-text';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from '../io';
import { t } from '../messages';
import { CategoryTally } from '../summary';
import { engineOptions, printFailure, printProblems, readInput, type CommandContext } from './context';

/** check: findings of every file; exit 1 if any, 2 if a file could not be read (the others still checked). */
export function runCheck(ctx: CommandContext): number {
  const results: EslintFileResult[] = [];
  const printedProblems = new Set<string>();
  const tally = new CategoryTally();
  let failed = 0;
  for (const file of ctx.args.files) {
    const read = readInput(file, ctx.io);
    if (!read.ok) {
      printFailure(ctx, read.error);
      failed++;
      ctx.progress?.step();
      continue;
    }
    // JSON carries absolute paths as ESLint does; text keeps the path as typed, shorter to read.
    const filePath = file === '-' ? '<stdin>' : path.resolve(file);
    let result: EslintFileResult;
    if (isDocxInput(read.doc)) {
      const analysis = analyzeDocx(read.doc.docx, engineOptions(ctx, file));
      printProblems(ctx, analysis.body.problems, printedProblems);
      for (const f of analysis.findings) tally.add(f.finding.category);
      result = docxEslintResult(filePath, analysis, ctx.locale);
    } else {
      const analysis = analyze(read.doc.text, engineOptions(ctx, file));
      printProblems(ctx, analysis.problems, printedProblems);
      for (const f of analysis.findings) tally.add(f.category);
      result = toEslintResult(filePath, read.doc.text, analysis.findings, ctx.locale);
    }
    results.push(result);
    ctx.progress?.step();
    if (ctx.args.format === 'text') ctx.io.stdout(formatTextResult({ ...result, filePath: file === '-' ? '<stdin>' : file }, ctx.locale));
  }
  if (ctx.args.format === 'json') ctx.io.stdout(JSON.stringify(results) + '\n');
  else if (results.length > 0) ctx.io.stdout(formatTextSummary(results, ctx.locale));
  if (ctx.many && ctx.args.format === 'text') {
    const dirty = results.filter((r) => r.messages.length > 0).length;
    ctx.io.stderr(t(ctx.locale, 'checkSummary', String(results.length), String(dirty), tally.format(ctx.locale)) + '\n');
    if (failed) ctx.io.stderr(t(ctx.locale, 'failedSummary', String(failed)) + '\n');
  }
  if (failed) return EXIT_ERROR;
  return results.some((r) => r.messages.length > 0) ? EXIT_FINDINGS : EXIT_CLEAN;
}
