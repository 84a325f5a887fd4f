import { fold } from './normalize';
import { weigh } from './evidence';
import type { DocumentContext } from './context';

/**
 * Document-shape evidence for a whole line: learnt from the document itself. The body of a report is
 * made of headings, paragraphs that end in 。/；/！/？, a title above them and a closing formula,
 * signature and date below. A line inside the body that is none of these (unfinished, short) and
 * carries a sign of a web page (separators, decoration, Latin or digit runs, a label colon, web
 * wording) is a suspect: it is warned about with its removal offered, never removed in bulk on shape
 * alone. Plain unnumbered subheadings (坚定理想信念，筑牢思想根基) carry no such sign and are left alone.
 */

const HEADING = /^[ \t]*(?:[一二三四五六七八九十百]{1,3}[、.．，]|（[一二三四五六七八九十]{1,3}）|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、．](?!\d)|（\d{1,2}）|\(\d{1,2}\)|第[一二三四五六七八九十]{1,3}[章节部分篇]|[一二三四五六七八九十]是|首先|其次|再次|最后|#)/;
const FINISHED = /[。；！？…：][”’）"]*\s*$/;
const CONTENT_BRACKET = /^[【〔（][^】〕）]{1,12}[】〕）]$/;
// A Markdown table row (| 指标 | 2023年 |) is the report's own table.
const TABLE_ROW = /^\|.*\|$/;
// A line citing a publication (资料来源：《…》) is the report's own reference.
const CITATION = /《[^》]{2,40}》/;
const DATE_LINE = /^\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*$/;

export function isMisfit(text: string): boolean {
  const t = fold(text).trim();
  if (t.length === 0 || t.length > 120) return false;
  if (HEADING.test(t) || FINISHED.test(t) || CONTENT_BRACKET.test(t) || DATE_LINE.test(t) || TABLE_ROW.test(t) || CITATION.test(t)) return false;
  const e = weigh(text);
  if (e.protectedProse || e.addressInProse || e.officeContact) return false;
  const webSign = e.kinds.size > 0 || e.shape.separators > 0 || e.shape.decoration > 0 || e.shape.latinDigits >= 0.3;
  return webSign && e.shape.short;
}

/** A sign of a web page on a line after the closing line (where stand only the signature and the date). */
export function hasWebSign(text: string): boolean {
  const e = weigh(text);
  return e.kinds.size > 0 || e.shape.separators > 0 || e.shape.decoration > 0 || e.shape.latinDigits >= 0.3;
}

/** The per-line tests of misfitLines; the scan passes them through its line cache (line-memo.ts). */
export interface MisfitTests {
  misfit(text: string, line: number): boolean;
  webSign(text: string, line: number): boolean;
}

const DIRECT: MisfitTests = { misfit: isMisfit, webSign: hasWebSign };

/** Lines whose shape alone makes them suspects: inside the body, or after the closing line with separators or decoration. */
export function misfitLines(lineTexts: readonly string[], context: DocumentContext, judged: (i: number) => boolean, tests: MisfitTests = DIRECT): number[] {
  const out: number[] = [];
  const { firstBody, closingLine } = context;
  if (firstBody < 0) return out;
  for (let i = firstBody + 1; i < lineTexts.length; i++) {
    if (judged(i)) continue;
    const text = lineTexts[i];
    // After the closing line stand the signature and the date; anything else with a web sign is a suspect.
    if (i > closingLine && closingLine >= 0 && !tests.webSign(text, i)) continue;
    if (tests.misfit(text, i)) out.push(i);
  }
  return out;
}
