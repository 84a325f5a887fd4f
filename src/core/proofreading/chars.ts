/** Character tests and protected spans shared by the proofreading rules. Code-unit tests, no regex per character. */

/** A CJK ideograph of the BMP (the proofreading patterns are all BMP text). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}

/** Full-width marks that close a phrase: ” ’ 》 〉 ） 】 」 』. */
export function isFullClosing(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 0x300b || code === 0x3009 || code === 0xff09 || code === 0x3011 || code === 0x300d || code === 0x300f;
}

/** Full-width marks that open a phrase: “ ‘ 《 〈 （ 【 「 『. */
export function isFullOpening(code: number): boolean {
  return code === 0x201c || code === 0x2018 || code === 0x300a || code === 0x3008 || code === 0xff08 || code === 0x3010 || code === 0x300c || code === 0x300e;
}

export const CHINESE_NUMERALS = '零〇一二两三四五六七八九十';

/** Half-open [start, end) offsets relative to a line. */
export interface LineSpan {
  start: number;
  end: number;
}

// Characters a URL, an e-mail address or a file path is made of.
function isAddressChar(code: number): boolean {
  return isLatin(code) || isAsciiDigit(code) || '-._~:/?#[]@!$&\'*+,;=%'.indexOf(String.fromCharCode(code)) >= 0;
}

/**
 * Spans of a line where punctuation belongs to something else: URLs, e-mail addresses, `code`. A linear
 * scan: each address is found by its marker (://, www., @) and grown over address characters once.
 */
export function protectedSpans(line: string): LineSpan[] {
  const spans: LineSpan[] = [];
  // Most lines have no address or code at all: native searches decide that without a scan.
  if (line.indexOf('`') < 0 && line.indexOf('@') < 0 && line.indexOf('://') < 0 && !/[wW]{3}\./.test(line)) return spans;
  const grow = (at: number): LineSpan => {
    let start = at;
    while (start > 0 && isAddressChar(line.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < line.length && isAddressChar(line.charCodeAt(end))) end++;
    return { start, end };
  };
  let covered = 0;
  for (let i = 0; i < line.length; i++) {
    if (i < covered) continue;
    const c = line.charCodeAt(i);
    if (c === 0x60) {
      // `code`: up to the closing backtick on the same line
      const close = line.indexOf('`', i + 1);
      if (close > i) {
        spans.push({ start: i, end: close + 1 });
        covered = close + 1;
      }
      continue;
    }
    const isUrl = (c === 0x3a && line.startsWith('://', i)) || ((c === 0x77 || c === 0x57) && line.slice(i, i + 4).toLowerCase() === 'www.');
    if (isUrl || c === 0x40) {
      const span = grow(i);
      if (span.end > span.start + 1) {
        spans.push(span);
        covered = span.end;
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** 《…》 spans of a line (book and document titles), innermost pairs closed on the same line. */
export function titleSpans(line: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let open = -1;
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x300a) {
      if (depth === 0) open = i;
      depth++;
    } else if (c === 0x300b && depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start: open, end: i + 1 });
    }
  }
  return spans;
}

/** Whether offset i (relative to the line) lies in one of the sorted spans (few per line, so a plain walk). */
export function inSpans(spans: readonly LineSpan[], i: number): boolean {
  for (const s of spans) {
    if (s.start > i) return false;
    if (i < s.end) return true;
  }
  return false;
}

/** Chinese numeral for small counts (1–99), as announced counts and 一是 are written. */
export function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n];
  if (n < 20) return '十' + (n % 10 ? digits[n % 10] : '');
  return digits[Math.floor(n / 10)] + '十' + (n % 10 ? digits[n % 10] : '');
}

/** Value of a Chinese numeral 一…九十九 (两 = 2); undefined for anything else. */
export function numeralValue(text: string): number | undefined {
  const digit = (ch: string): number => '零一二三四五六七八九'.indexOf(ch === '两' ? '二' : ch);
  if (text.length === 1) {
    if (text === '十') return 10;
    const d = digit(text);
    return d > 0 ? d : undefined;
  }
  const ten = text.indexOf('十');
  if (ten < 0 || text.indexOf('十', ten + 1) >= 0 || text.length > 3) return undefined;
  const high = ten === 0 ? 1 : digit(text.slice(0, ten));
  const low = ten === text.length - 1 ? 0 : digit(text.slice(ten + 1));
  if (high <= 0 || low < 0 || (ten > 1)) return undefined;
  return high * 10 + low;
}

/** A lookup table over UTF-16 code units: membership in O(1) without hashing, for per-character scans. */
export function codeSet(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}
