import * as path from 'path';
import { analyze } from '../../core';
import { toEslintResult, type EslintFileResult } from '../format-eslint';
import { formatTextResult, formatTextSummary } from '../format-text';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from '../io';
import { engineOptions, printFailure, printProblems, readInput, type CommandContext } from './context';

/** check: findings of every file; exit 1 if any, 2 if a file could not be read (the others still checked). */
export function runCheck(ctx: CommandContext): number {
  const results: EslintFileResult[] = [];
  const printedProblems = new Set<string>();
  let failed = false;
  for (const file of ctx.args.files) {
    const read = readInput(file, ctx.io);
    if (!read.ok) {
      printFailure(ctx, read.error);
      failed = true;
      continue;
    }
    const analysis = analyze(read.doc.text, engineOptions(ctx));
    printProblems(ctx, analysis.problems, printedProblems);
    // JSON carries absolute paths as ESLint does; text keeps the path as typed, shorter to read.
    const result = toEslintResult(file === '-' ? '<stdin>' : path.resolve(file), read.doc.text, analysis.findings, ctx.locale);
    results.push(result);
    if (ctx.args.format === 'text') ctx.io.stdout(formatTextResult({ ...result, filePath: file === '-' ? '<stdin>' : file }, ctx.locale));
  }
  if (ctx.args.format === 'json') ctx.io.stdout(JSON.stringify(results) + '\n');
  else if (results.length > 0) ctx.io.stdout(formatTextSummary(results, ctx.locale));
  if (failed) return EXIT_ERROR;
  return results.some((r) => r.messages.length > 0) ? EXIT_FINDINGS : EXIT_CLEAN;
}
