import { codeSet, inSpans, isAsciiDigit, isBlank, isLatin, protectedSpans, CHINESE_NUMERALS } from '../proofreading/chars';
import type { Rule } from '../rule';
import type { Line } from '../text-model';

// GB/T 15834-2011: paired marks close within their paragraph. A plain-text paragraph may be wrapped over
// several lines, so openers are carried to the following lines and reported at a blank line, a heading
// or the end. A quotation of several paragraphs opens each one with “ and closes only the last: a line
// that starts with “ while a “ is still open continues that quotation.
const CLOSER_OF: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '(': '）', '【': '】' };
const OPENERS_OF: Record<string, string> = { '”': '“', '’': '‘', '》': '《', '〉': '〈', '）': '（(', ')': '（(', '】': '【' };
/** Hostile input ((((… ) cannot grow the work or the report list. */
const MAX_OPEN = 100;
const PAIR_MARKS = codeSet([...Object.keys(CLOSER_OF), ...Object.keys(OPENERS_OF)]);

interface Open {
  ch: string;
  offset: number;
  line: number;
}

export const punctuationUnpaired: Rule = {
  meta: {
    id: 'punctuation-unpaired',
    category: 'punctuation',
    defaultSeverity: 'warning',
    description: { zh: '成对标点（“” ‘’ 《》 （） 【】）在段内未配对', en: 'Paired marks (“” ‘’ 《》 （） 【】) not closed within their paragraph' },
  },
  check({ model, headings, report, cache }) {
    const headingLines = new Set(headings.map((h) => h.line));
    const marksOf = cache.table<LineMarks | undefined>('unpaired-marks');
    let open: Open[] = [];
    const flush = (): void => {
      for (const o of open) {
        if (o.ch === '(') continue; // a half-width ( left open is not ours to judge
        report({
          start: o.offset,
          end: o.offset + 1,
          message: { zh: `“${o.ch}”在本段内没有对应的“${CLOSER_OF[o.ch]}”`, en: `"${o.ch}" is not closed by "${CLOSER_OF[o.ch]}" within its paragraph` },
        });
      }
      open = [];
    };
    for (const line of model.lines) {
      if (line.text.trim() === '' || headingLines.has(line.index)) flush();
      // The marks of a line depend on its text alone: kept between analyses (line-cache.ts).
      const marks = marksOf.get(line.index, line.text, '', lineMarks);
      if (!marks) continue;
      pairLine(line, marks, open, report);
      if (headingLines.has(line.index)) flush();
    }
    flush();
  },
};

function hasPairMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (PAIR_MARKS[text.charCodeAt(i)]) return true;
  return false;
}

/** One paired mark of a line that counts (outside addresses and code, not an apostrophe-like ‘ in Latin). */
interface Mark {
  at: number;
  ch: string;
  opener: boolean;
  /** An opener at the line's first non-blank character. */
  first: boolean;
  /** A closer that may stand alone: ), an apostrophe, an item number written with one parenthesis. */
  mayStandAlone: boolean;
}

type LineMarks = readonly Mark[];

/** The marks of a line, or undefined for a line without any pair mark. */
function lineMarks(text: string): LineMarks | undefined {
  if (!hasPairMark(text)) return undefined;
  const marks: Mark[] = [];
  const skip = protectedSpans(text);
  let first = 0;
  while (first < text.length && isBlank(text.charCodeAt(first))) first++;
  for (let i = 0; i < text.length; i++) {
    if (!PAIR_MARKS[text.charCodeAt(i)]) continue;
    const ch = text[i];
    const isOpener = CLOSER_OF[ch] !== undefined;
    if (!isOpener && OPENERS_OF[ch] === undefined) continue;
    if (inSpans(skip, i)) continue;
    if (isOpener) {
      if (ch === '‘' && isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(i + 1))) continue;
      marks.push({ at: i, ch, opener: true, first: i === first, mayStandAlone: false });
      continue;
    }
    marks.push({ at: i, ch, opener: false, first: false, mayStandAlone: ch === ')' || isApostrophe(text, i) || isEnumerator(text, i, first) });
  }
  return marks;
}

/** Pairs the marks of one line with the marks left open before it; reports what cannot pair. */
function pairLine(line: Line, marks: LineMarks, open: Open[], report: (r: { start: number; end: number; message: { zh: string; en: string } }) => void): void {
  for (const { at: i, ch, opener, first, mayStandAlone } of marks) {
    if (opener) {
      const continuing = ch === '“' && first && open.length > 0 && open[open.length - 1].ch === '“' && open[open.length - 1].line < line.index;
      if (continuing) continue;
      if (open.length >= MAX_OPEN) open.shift();
      open.push({ ch, offset: line.start + i, line: line.index });
      continue;
    }
    // A closer: the nearest open mark it closes; marks opened after it and left open are unclosed.
    const openers = OPENERS_OF[ch];
    let k = open.length - 1;
    while (k >= 0 && openers.indexOf(open[k].ch) < 0) k--;
    if (k >= 0) {
      const unclosed = open.splice(k);
      for (const o of unclosed.slice(1)) {
        if (o.ch === '(') continue;
        report({ start: o.offset, end: o.offset + 1, message: { zh: `“${o.ch}”没有对应的“${CLOSER_OF[o.ch]}”`, en: `"${o.ch}" is not closed by "${CLOSER_OF[o.ch]}"` } });
      }
      continue;
    }
    if (mayStandAlone) continue;
    report({
      start: line.start + i,
      end: line.start + i + 1,
      message: { zh: `“${ch}”前面没有对应的“${openers[0]}”`, en: `"${ch}" has no matching "${openers[0]}" before it` },
    });
  }
}

/** ’ inside or after a Latin word (it’s, the students’) is an apostrophe. */
function isApostrophe(text: string, i: number): boolean {
  return text[i] === '’' && (isLatin(text.charCodeAt(i - 1)) || isAsciiDigit(text.charCodeAt(i - 1)));
}

/** 1） a） 一） at the start of an item: a list number written with one parenthesis. */
function isEnumerator(text: string, i: number, first: number): boolean {
  if (text[i] !== '）') return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 3) {
    const c = text.charCodeAt(k);
    if (!(isAsciiDigit(c) || isLatin(c) || CHINESE_NUMERALS.indexOf(text[k]) >= 0 || (c >= 0xff10 && c <= 0xff19))) break;
    k--;
  }
  if (k === i - 1) return false;
  return k < first || '。；：，、 \t　'.indexOf(text[k]) >= 0;
}
