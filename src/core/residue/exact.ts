import { fold } from './normalize';

/**
 * Residue recognised by its exact form, with no need to weigh evidence: the paywall plugin's markers and
 * its placeholder, invisible characters, page headers and footers. Every function scans one line.
 */

export interface ExactHit {
  /** The exact forms' rules, or the rule of a bracketed note cut before weighing (watermark.ts). */
  ruleId: 'paywall-marker' | 'residue-placeholder' | 'residue-invisible-char' | 'residue-page-number' | 'residue-watermark' | (string & {});
  /** Offsets within the line text. */
  start: number;
  end: number;
}

// ##paidbegin## / $$paidend$$ / ##pagebreak##, also with spaces, capitals or full-width hashes.
const MARKER = /(?:##?|\$\$?|＃＃?|＄＄?)\s{0,3}(?:[pｐPＰ][aａAＡ][iｉIＩ][dｄDＤ][\s_＿-]*(?:[bｂBＢ][eｅEＥ][gｇGＧ][iｉIＩ][nｎNＮ]|[eｅEＥ][nｎNＮ][dｄDＤ])|[pｐPＰ][aａAＡ][gｇGＧ][eｅEＥ][\s_＿-]*[bｂBＢ][rｒRＲ][eｅEＥ][aａAＡ][kｋKＫ])\s{0,3}(?:##?|\$\$?|＃＃?|＄＄?)/g;

// The plugin's editor pre-fills this text between the markers; it is never content of a report.
const PLACEHOLDER = /[【（(\[]?请替换付费标签内的?内容[】）)\]]?/g;

/**
 * Characters that print as nothing: zero-width space/joiners, word joiner, invisible operators, soft
 * hyphen, bidi controls, the Mongolian vowel separator, and U+FEFF inside the text.
 */
export function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff ||
    code === 0x00ad ||
    code === 0x180e ||
    code === 0x034f
  );
}

function isEmojiHalf(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || (code >= 0x2600 && code <= 0x27bf);
}

export function findMarkers(text: string): ExactHit[] {
  const hits: ExactHit[] = [];
  if (text.indexOf('#') < 0 && text.indexOf('$') < 0 && text.indexOf('＃') < 0 && text.indexOf('＄') < 0) return hits;
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(text)) !== null) hits.push({ ruleId: 'paywall-marker', start: m.index, end: m.index + m[0].length });
  return hits;
}

// The placeholder opening its line (behind a label such as 【付费标签】) takes the line: what follows it
// is the plugin's own instruction (，此处填写付费后可见的正文).
const PLACEHOLDER_LINE = /^[\s\u3000]*(?:[【\[（(][^】\]）)]{1,8}[】\]）)])?[\s\u3000]*[【（(\[]?请替换付费标签内的?内容[】）)\]]?(?:[，,：:][^。\n]{0,30})?[。.]?[\s\u3000]*$/;

export function findPlaceholders(text: string): ExactHit[] {
  const hits: ExactHit[] = [];
  if (text.indexOf('请替换') < 0) return hits;
  if (PLACEHOLDER_LINE.test(text)) return [{ ruleId: 'residue-placeholder', start: 0, end: text.length }];
  PLACEHOLDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACEHOLDER.exec(text)) !== null) hits.push({ ruleId: 'residue-placeholder', start: m.index, end: m.index + m[0].length });
  return hits;
}

/**
 * Runs of invisible characters. `lineStartsText` marks the first line of the text, where a U+FEFF at
 * offset 0 is a byte-order mark and belongs to the file's form, not to its content. A zero-width joiner
 * between two emoji halves is part of the emoji and stays.
 */
export function findInvisible(text: string, lineStartsText: boolean): ExactHit[] {
  const hits: ExactHit[] = [];
  let i = lineStartsText && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isInvisible(code)) {
      i++;
      continue;
    }
    if (code === 0x200d && i > 0 && isEmojiHalf(text.charCodeAt(i - 1)) && isEmojiHalf(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isInvisible(text.charCodeAt(i))) i++;
    hits.push({ ruleId: 'residue-invisible-char', start, end: i });
  }
  return hits;
}

// 第 1 页 共 5 页 and 共5页 第1页, optionally in brackets and led by 本文/全文/当前为.
const PAGE_OF = String.raw`[（(]?(?:本文|全文|本页)?\s{0,3}(?:第\s{0,3}(\d{1,3})\s{0,3}页\s{0,3}[,，/／、]?\s{0,3}共\s{0,3}(\d{1,3})\s{0,3}页|共\s{0,3}(\d{1,3})\s{0,3}页\s{0,3}[,，/／、]?\s{0,3}(?:当前为|当前)?\s{0,3}第\s{0,3}(\d{1,3})\s{0,3}页)[）)]?`;
// A whole line that is a page header or footer: the forms above, 1/5, - 3 -, 第 3 页, Page 2 of 6.
const PAGE_LINE = new RegExp(String.raw`^[\s\u3000·•\-—－–~～]{0,8}(?:${PAGE_OF}|(\d{1,3})\s{0,3}[/／]\s{0,3}(\d{1,3})|[-—－–]{1,2}\s{0,3}(\d{1,3})\s{0,3}[-—－–]{1,2}|第\s{0,3}(\d{1,3})\s{0,3}页|[（(【〔\[]\s{0,3}第\s{0,3}\d{1,3}\s{0,3}页\s{0,3}[）)】〕\]]|〔\s{0,3}\d{1,3}\s{0,3}〕|[～~]\s{0,3}\d{1,3}\s{0,3}[～~]|[Pp]age\s{0,3}(\d{1,3})(?:\s{0,3}of\s{0,3}(\d{1,3}))?)[\s\u3000·•\-—－–~～]{0,8}$`);
// A page footer glued after a sentence: …提高。第 2 页 共 6 页, …提高。- 3 -
const PAGE_TAIL = new RegExp(String.raw`(?<=[。！？；”])[\s\u3000]{0,40}(?:${PAGE_OF}|[-—–]{1,2}\s{0,3}\d{1,3}\s{0,3}[-—–]{1,2}|〔\s{0,3}\d{1,3}\s{0,3}〕)[\s\u3000]{0,40}$`);

export function findPageNumber(original: string): ExactHit[] {
  if (original.indexOf('页') < 0 && !digitNearStart(original)) return [];
  // Full-width digits and brackets read as their half-width forms; offsets are the same (normalize.ts).
  const text = fold(original);
  const m = PAGE_LINE.exec(text);
  if (m) {
    const pairs: Array<[string | undefined, string | undefined]> = [
      [m[1], m[2]],
      [m[4], m[3]],
      [m[5], m[6]],
      [m[9], m[10]],
    ];
    // n/m is a page only when n ≤ m; "3/2" alone is something else.
    const ok = pairs.every(([page, total]) => page === undefined || total === undefined || (Number(page) >= 1 && Number(page) <= Number(total)));
    if (ok) return [{ ruleId: 'residue-page-number', start: 0, end: text.length }];
    return [];
  }
  const tail = PAGE_TAIL.exec(text);
  if (tail) return [{ ruleId: 'residue-page-number', start: tail.index, end: text.length }];
  return [];
}

function digitNearStart(text: string): boolean {
  for (let i = 0; i < text.length && i < 12; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

/** All exact hits of one line, in order. */
export function findExact(text: string, lineStartsText: boolean): ExactHit[] {
  // One array per line instead of four spread into a fifth: this runs for every line of the text.
  const hits = findMarkers(text);
  for (const found of [findPlaceholders(text), findInvisible(text, lineStartsText), findPageNumber(text)]) {
    for (const h of found) hits.push(h);
  }
  return hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
}
