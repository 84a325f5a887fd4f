import {
  CHINESE_ORDINAL_CHARS, formatChineseOrdinal, formatParenthesizedDigit, isAsciiDigit, isFullWidthDigit,
  parseChineseOrdinal, parseDigits, parseParenthesizedDigit, toFullWidthDigits,
} from '../chinese-numerals';

/** Heading levels of GB/T 9704-2012: 一、 → （一） → 1. → （1）. */
export type Level = 1 | 2 | 3 | 4;

/** How the number of a marker is written. */
export type NumeralKind = 'chinese' | 'digit' | 'fullwidth-digit' | 'circled';

/**
 * A heading marker split into its parts, as written. Mistaken variants are parsed too (一. （一）、 (1) 1、
 * １． ⑴) so that the rules can name the mistake and the views still show the line as a heading.
 */
export interface MarkerParts {
  /** Opening parenthesis: '（', '(' or ''. */
  open: string;
  numeral: string;
  numeralKind: NumeralKind;
  /** Closing parenthesis: '）', ')' or ''. */
  close: string;
  /** What follows the number or the closing parenthesis: '、' '.' '．' '，' ',' or ''. */
  separator: string;
}

export interface ParsedMarker extends MarkerParts {
  level: Level;
  ordinal: number;
  /** The marker as written (parts concatenated). */
  text: string;
  /** Offset of the marker in the line (after leading blanks). */
  offset: number;
}

const INDENT = new Set([' ', '\t', '\u3000', '\uFEFF']);
const LEVEL1_SEPARATORS = new Set(['、', '.', '．', '，', ',']);
const LEVEL3_SEPARATORS = new Set(['.', '．', '、']);
/** Punctuation sometimes typed after （一） or （1）, where the standard has none. */
const STRAY_AFTER_PARENS = new Set(['、', '，', ',', '.', '．']);
const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);

/** Words that make "一、二季度" or "1、2月份" a count in prose rather than a heading. */
const PROSE_AFTER_NUMBER = ['季度', '月', '年级', '个', '日', '号', '等', '、', '，'];

/**
 * Recognises a heading marker at the start of a line (leading blanks allowed). Scans characters, no
 * backtracking: a line of any length costs a few steps.
 */
export function parseMarker(line: string): ParsedMarker | undefined {
  let i = 0;
  while (i < line.length && INDENT.has(line[i])) i++;
  const offset = i;
  const ch = line[i];
  if (ch === undefined) return undefined;
  if (OPEN.has(ch)) return parseParenthesized(line, offset);
  const circled = parseParenthesizedDigit(ch);
  if (!Number.isNaN(circled)) {
    const separator = STRAY_AFTER_PARENS.has(line[i + 1] ?? '') ? line[i + 1] : '';
    return build(offset, 4, circled, { open: '', numeral: ch, numeralKind: 'circled', close: '', separator });
  }
  if (CHINESE_ORDINAL_CHARS.includes(ch)) return parseChineseBare(line, offset);
  if (isAsciiDigit(ch) || isFullWidthDigit(ch)) return parseDigitBare(line, offset);
  return undefined;
}

function parseParenthesized(line: string, offset: number): ParsedMarker | undefined {
  const open = line[offset];
  let i = offset + 1;
  const numeralStart = i;
  let kind: NumeralKind;
  if (CHINESE_ORDINAL_CHARS.includes(line[i] ?? '\0')) {
    while (i < line.length && i - numeralStart < 3 && CHINESE_ORDINAL_CHARS.includes(line[i])) i++;
    kind = 'chinese';
  } else {
    while (i < line.length && i - numeralStart < 2 && (isAsciiDigit(line[i]) || isFullWidthDigit(line[i]))) i++;
    kind = digitKind(line.slice(numeralStart, i));
  }
  const numeral = line.slice(numeralStart, i);
  if (numeral.length === 0 || !CLOSE.has(line[i] ?? '')) return undefined;
  const close = line[i];
  const ordinal = kind === 'chinese' ? parseChineseOrdinal(numeral) : parseDigits(numeral);
  if (!(ordinal >= 1)) return undefined;
  const separator = STRAY_AFTER_PARENS.has(line[i + 1] ?? '') ? line[i + 1] : '';
  return build(offset, kind === 'chinese' ? 2 : 4, ordinal, { open, numeral, numeralKind: kind, close, separator });
}

function parseChineseBare(line: string, offset: number): ParsedMarker | undefined {
  let i = offset;
  while (i < line.length && i - offset < 3 && CHINESE_ORDINAL_CHARS.includes(line[i])) i++;
  const numeral = line.slice(offset, i);
  const separator = line[i];
  if (separator === undefined || !LEVEL1_SEPARATORS.has(separator)) return undefined;
  const ordinal = parseChineseOrdinal(numeral);
  if (!(ordinal >= 1) || countFollows(line, i + 1, (c) => CHINESE_ORDINAL_CHARS.includes(c))) return undefined;
  return build(offset, 1, ordinal, { open: '', numeral, numeralKind: 'chinese', close: '', separator });
}

function parseDigitBare(line: string, offset: number): ParsedMarker | undefined {
  let i = offset;
  while (i < line.length && (isAsciiDigit(line[i]) || isFullWidthDigit(line[i]))) i++;
  // Three or more digits is a year or an amount (2023年, 12345热线), never a section number.
  if (i - offset > 2) return undefined;
  const numeral = line.slice(offset, i);
  const separator = line[i];
  if (separator === undefined || !LEVEL3_SEPARATORS.has(separator)) return undefined;
  const next = line[i + 1] ?? '';
  // 1.5亿元: a decimal number, not a heading.
  if (isAsciiDigit(next) || isFullWidthDigit(next)) return undefined;
  const ordinal = parseDigits(numeral);
  if (!(ordinal >= 1)) return undefined;
  return build(offset, 3, ordinal, { open: '', numeral, numeralKind: digitKind(numeral), close: '', separator });
}

/** True when text at `from` is a number followed by a counting word: "二季度", "2月份" — prose. */
function countFollows(line: string, from: number, isNumeral: (c: string) => boolean): boolean {
  let i = from;
  while (i < line.length && i - from < 3 && isNumeral(line[i])) i++;
  if (i === from) return false;
  return PROSE_AFTER_NUMBER.some((word) => line.startsWith(word, i));
}

function digitKind(numeral: string): NumeralKind {
  for (const ch of numeral) if (isFullWidthDigit(ch)) return 'fullwidth-digit';
  return 'digit';
}

// Properties listed one by one: a spread plus extra keys took V8's slow object-copy path, and this runs for
// every heading line.
function build(offset: number, level: Level, ordinal: number, parts: MarkerParts): ParsedMarker {
  const { open, numeral, numeralKind, close, separator } = parts;
  return { open, numeral, numeralKind, close, separator, level, ordinal, text: open + numeral + close + separator, offset };
}

/** The standard marker of a level: 一、 （一） 1. （1）. */
export function standardMarker(level: Level, ordinal: number): string {
  switch (level) {
    case 1: return `${formatChineseOrdinal(ordinal)}、`;
    case 2: return `（${formatChineseOrdinal(ordinal)}）`;
    case 3: return `${ordinal}.`;
    case 4: return `（${ordinal}）`;
  }
}

/** The numeral for `ordinal` written the way `kind` writes numbers, or undefined if it cannot be. */
export function formatNumeral(kind: NumeralKind, ordinal: number): string | undefined {
  if (!Number.isInteger(ordinal) || ordinal < 1 || ordinal > 99) return undefined;
  switch (kind) {
    case 'chinese': return formatChineseOrdinal(ordinal);
    case 'digit': return String(ordinal);
    case 'fullwidth-digit': return toFullWidthDigits(String(ordinal));
    case 'circled': return formatParenthesizedDigit(ordinal);
  }
}

export function levelName(level: Level): { zh: string; en: string } {
  return { zh: `第${formatChineseOrdinal(level)}级标题`, en: `level-${level} heading` };
}
