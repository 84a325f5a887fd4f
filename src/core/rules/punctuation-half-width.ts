import { isAsciiDigit, isBlank, isFullClosing, isFullOpening, isHan, CHINESE_NUMERALS, inSpans, protectedSpans, type LineSpan } from '../proofreading/chars';
import { markerEnds } from '../proofreading/headings';
import type { Report, Rule } from '../rule';

// GB/T 15834-2011: Chinese text takes full-width marks. Half-width , . ; : ? ! ( ) between Chinese
// characters come from web pages and English keyboards. Only marks with Chinese on both sides are
// changed, so numbers (3.5, 1:1000, 10:30), URLs, e-mail, Latin words and `code` keep theirs.
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };

export const punctuationHalfWidth: Rule = {
  meta: {
    id: 'punctuation-half-width',
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'line+heading',
    description: { zh: '中文之间用了半角标点（, . ; : ? ! ( )）', en: 'Half-width punctuation (, . ; : ? ! ( )) between Chinese characters' },
  },
  check({ model, headings, report }) {
    const markers = markerEnds(headings);
    for (const line of model.lines) {
      const text = line.text;
      if (!hasCandidate(text)) continue;
      const skip = protectedSpans(text);
      const markerEnd = (markers.get(line.index) ?? line.start) - line.start;
      checkMarks(text, line.start, markerEnd, skip, report);
      checkParentheses(text, line.start, markerEnd, skip, report);
    }
  },
};

/** Prefilter: a half-width mark and a Chinese character on the line. */
function hasCandidate(text: string): boolean {
  let mark = false;
  let han = false;
  for (let i = 0; i < text.length && !(mark && han); i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) mark = mark || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x3f || c === 0x21 || c === 0x28 || c === 0x29;
    else han = han || isHan(c);
  }
  return mark && han;
}

function checkMarks(text: string, base: number, markerEnd: number, skip: LineSpan[], report: (r: Report) => void): void {
  for (let i = Math.max(1, markerEnd); i < text.length; i++) {
    const ch = text[i];
    if (ch !== ',' && ch !== '.' && ch !== ';' && ch !== ':' && ch !== '?' && ch !== '!') continue;
    const prev = text.charCodeAt(i - 1);
    if (!(isHan(prev) || (ch !== '.' && isFullClosing(prev)))) continue;
    if (ch === '.' && (CHINESE_NUMERALS.indexOf(text[i - 1]) >= 0 || text[i + 1] === '.')) continue;
    let j = i + 1;
    while (j < text.length && isBlank(text.charCodeAt(j))) j++;
    const atEnd = j >= text.length;
    const next = text.charCodeAt(j);
    const fits = atEnd || isHan(next) || isFullOpening(next) || (ch !== '.' && isFullClosing(next)) || ((ch === ',' || ch === ':' || ch === ';') && isAsciiDigit(next));
    if (!fits || inSpans(skip, i)) continue;
    const end = atEnd ? i + 1 : j;
    report({
      start: base + i,
      end: base + end,
      message: { zh: `中文之间应使用全角“${FULL[ch]}”`, en: `Use the full-width "${FULL[ch]}" in Chinese text` },
      fix: { title: { zh: `改为“${FULL[ch]}”`, en: `Change to "${FULL[ch]}"` }, edits: [{ start: base + i, end: base + end, newText: FULL[ch] }], safe: true },
    });
  }
}

/**
 * ( ) pairs closed on the line: made full-width when they enclose Chinese, or a number right after a
 * Chinese character (学习(1)). A half of a mixed pair （…) is corrected the same way. Markdown links
 * ](…) and pairs inside URLs or code are left alone.
 */
function checkParentheses(text: string, base: number, markerEnd: number, skip: LineSpan[], report: (r: Report) => void): void {
  const stack: number[] = [];
  for (let i = Math.max(0, markerEnd); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) {
      if (stack.length < 64) stack.push(i);
      continue;
    }
    if ((c !== 0x29 && c !== 0xff09) || stack.length === 0) continue;
    const open = stack.pop()!;
    const openHalf = text.charCodeAt(open) === 0x28;
    const closeHalf = c === 0x29;
    if (!openHalf && !closeHalf) continue;
    if (inSpans(skip, open) || inSpans(skip, i) || (open > 0 && text[open - 1] === ']')) continue;
    const inner = text.slice(open + 1, i);
    const mixed = openHalf !== closeHalf;
    if (!(mixed || containsHan(inner) || (open > 0 && isHan(text.charCodeAt(open - 1)) && /^[0-9一二三四五六七八九十]{1,3}$/.test(inner)))) continue;
    const edits = [];
    if (openHalf) edits.push({ start: base + open, end: base + open + 1, newText: '（' });
    if (closeHalf) edits.push({ start: base + i, end: base + i + 1, newText: '）' });
    report({
      start: base + open,
      end: base + i + 1,
      message: { zh: '中文括号应使用全角“（）”', en: 'Use full-width "（）" around Chinese text' },
      fix: { title: { zh: '改为全角括号', en: 'Change to full-width parentheses' }, edits, safe: true },
    });
  }
}

function containsHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}
