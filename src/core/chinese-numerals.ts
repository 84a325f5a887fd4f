/** Numerals used in section numbering: Chinese ordinals 一 … 九十九, Arabic digits (also full-width), ⑴ … ⒇. */

const DIGITS = '〇一二三四五六七八九';

/** The characters a Chinese ordinal of section numbering is written with. */
export const CHINESE_ORDINAL_CHARS = '一二三四五六七八九十';

/** Parses 一, 十, 十一, 二十, 二十三. Returns NaN if the text is not such an ordinal. */
export function parseChineseOrdinal(text: string): number {
  if (text.length === 0 || text.length > 3) return NaN;
  const ten = text.indexOf('十');
  if (ten < 0) {
    if (text.length !== 1) return NaN;
    const d = DIGITS.indexOf(text);
    return d > 0 ? d : NaN;
  }
  if (text.indexOf('十', ten + 1) >= 0) return NaN;
  const tensPart = text.slice(0, ten);
  const onesPart = text.slice(ten + 1);
  const tens = tensPart === '' ? 1 : DIGITS.indexOf(tensPart);
  const ones = onesPart === '' ? 0 : DIGITS.indexOf(onesPart);
  if (tens < 1 || ones < 0 || tensPart.length > 1 || onesPart.length > 1) return NaN;
  if (tensPart === '' && text.length > 2) return NaN;
  return tens * 10 + ones;
}

/**
 * Writes a positive integer as a Chinese numeral (十一, 二十三, 一百零一, 一万零五). Past 99 no report numbers
 * sections, but renumbering a pathological text must still produce a marker rather than throw.
 */
export function formatChineseOrdinal(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`ordinal out of range: ${n}`);
  if (n < 100) return belowHundred(n);
  if (n >= 10000) {
    const low = n % 10000;
    const high = formatChineseOrdinal(Math.floor(n / 10000)) + '万';
    return low === 0 ? high : high + (low < 1000 ? '零' : '') + formatChineseOrdinal(low);
  }
  const units: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let pendingZero = false;
  for (const [size, unit] of units) {
    const digit = Math.floor(n / size) % 10;
    if (digit === 0) {
      if (out) pendingZero = true;
      continue;
    }
    out += (pendingZero ? '零' : '') + DIGITS[digit] + unit;
    pendingZero = false;
  }
  return out;
}

function belowHundred(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '');
}

export function isAsciiDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Full-width digits ０–９ (U+FF10–U+FF19). */
export function isFullWidthDigit(ch: string): boolean {
  return ch >= '\uFF10' && ch <= '\uFF19';
}

/** Value of a run of ASCII or full-width digits (mixed allowed). */
export function parseDigits(text: string): number {
  let value = 0;
  for (const ch of text) {
    if (isAsciiDigit(ch)) value = value * 10 + (ch.charCodeAt(0) - 48);
    else if (isFullWidthDigit(ch)) value = value * 10 + (ch.charCodeAt(0) - 0xff10);
    else return NaN;
  }
  return text.length ? value : NaN;
}

export function toFullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 48 + 0xff10));
}

/** ⑴ … ⒇ (U+2474–U+2487): parenthesized digits in one character. */
export function parseParenthesizedDigit(ch: string): number {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  return code >= 0x2474 && code <= 0x2487 ? code - 0x2473 : NaN;
}

export function formatParenthesizedDigit(n: number): string | undefined {
  return Number.isInteger(n) && n >= 1 && n <= 20 ? String.fromCharCode(0x2473 + n) : undefined;
}
