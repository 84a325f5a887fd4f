import { cleanDocx, DocxError } from '../../core';
import type { DocxInput } from '../docx-input';
import { writeBytesBack } from '../file-io';
import { t } from '../messages';
import type { CategoryTally } from '../summary';
import { engineOptions, printFailure, type CommandContext } from './context';

/**
 * fix on a Word document: residue paragraphs, cuts, ad headers/footers/watermarks, invisible residue runs
 * and ad properties removed in the XML in place; every other part keeps its bytes. --stdout prints the
 * cleaned package. Nothing is written on failure.
 */
export function fixDocx(ctx: CommandContext, file: string, doc: DocxInput, tally: CategoryTally): 'fixed' | 'unchanged' | 'printed' | 'failed' {
  let result;
  try {
    result = cleanDocx(doc.bytes, engineOptions(ctx, file));
  } catch (error) {
    const problem = error instanceof DocxError ? error.problem : 'corruptZip';
    printFailure(ctx, { key: 'docx', args: [file, problem, error instanceof DocxError ? error.detail : String(error)] });
    return 'failed';
  }
  if (file === '-' || ctx.args.stdout) {
    ctx.io.stdout(result.bytes);
    return 'printed';
  }
  if (result.unapplied > 0) ctx.io.stderr(t(ctx.locale, 'docxUnapplied', file, String(result.unapplied)) + '\n');
  if (!result.changed) {
    if (!ctx.many) ctx.io.stderr(t(ctx.locale, 'unchanged', file) + '\n');
    return 'unchanged';
  }
  const written = writeBytesBack(doc, result.bytes, ctx.io.hooks);
  if (!written.ok) {
    printFailure(ctx, written.error);
    return 'failed';
  }
  for (const item of result.removed) tally.add(item.category);
  const kinds = new Map<string, number>();
  for (const item of result.removed) kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
  const detail = [...kinds].map(([k, n]) => `${k} ${n}`).join(', ');
  ctx.io.stderr(t(ctx.locale, 'docxFixed', file, String(result.removed.length), detail ? `: ${detail}` : '') + '\n');
  return 'fixed';
}
