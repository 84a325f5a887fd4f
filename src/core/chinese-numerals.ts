/** Chinese ordinals as used in section numbering: 一 … 十, 十一 … 九十九. */

const DIGITS = '〇一二三四五六七八九';

/** Parses 一, 十, 十一, 二十, 二十三 (also 两 for 2 is not used in numbering). Returns NaN if not an ordinal. */
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

export function formatChineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`ordinal out of range: ${n}`);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '');
}

/** Regex source for a Chinese ordinal of one to three characters. */
export const CHINESE_ORDINAL_SOURCE = '[一二三四五六七八九十]{1,3}';
