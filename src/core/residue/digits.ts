/**
 * Contact numbers on 素材 sites are disguised so that the site's own filters miss them: spaces between
 * digits, full-width digits, circled digits, stars. This finds the longest such run in one linear scan.
 */

export interface DigitRun {
  start: number;
  end: number;
  /** How many digits the run holds once the disguise is taken away. */
  digits: number;
  /** True when the run used anything but plain ASCII digits. */
  disguised: boolean;
}

/** The digit a character stands for, or -1. */
export function digitValue(ch: string): number {
  return digitOfCode(ch.charCodeAt(0));
}

/** digitValue of one UTF-16 code unit; the scan below reads codes, not one-character strings. */
export function digitOfCode(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10; // full-width ０-９
  if (c >= 0x2460 && c <= 0x2468) return c - 0x2460 + 1; // ①-⑨
  if (c >= 0x2776 && c <= 0x277e) return c - 0x2776 + 1; // ❶-❾
  if (c === 0x24ea || c === 0x24ff) return 0; // ⓪ ⓿
  // 壹贰叁 (the financial numerals) spell phone numbers out to dodge filters; prose uses them for sums only.
  if (c >= 0x4e00) return CAPITAL_NUMERALS.get(c) ?? -1;
  return -1;
}

const CAPITAL_NUMERALS = new Map([...'零壹贰叁肆伍陆柒捌玖'].map((ch, n) => [ch.charCodeAt(0), n]));

// Characters seen between the digits of a disguised number. A dot is not one: it would turn dates and
// decimals into phone numbers.
const SEPARATORS = new Set([' ', '\u3000', '☆', '★', '*', '_', '-', '－', '·', '♡', '♥', '○', '●', '◇', '◆', '~', '～'].map((c) => c.charCodeAt(0)));

function isSeparator(code: number): boolean {
  return SEPARATORS.has(code);
}

/** Units after a number that make it a quantity of prose (12345 热线, 3000 人, 500 万元). */
const QUANTITY_AFTER = /^\s*(?:年|元|万|亿|%|％|人|名|个|件|次|户|余|多|项|条|场|份|家|所|字|篇|平方|亩|公里|千米|米|吨|台|辆|册|本|期|届|天|小时|分钟|热线|政务|便民|服务|号文|号令)/;

// …2021—2023年: the run ends in the first year of a range.
const YEAR_AFTER = /^\s?[-－—~～至到]\s?\d{2,4}\s?年/;
const YEAR_RANGE = /^(?:19|20)\d\d\s?[-－—~～]\s?(?:19|20)\d\d$/;

function groupBefore(text: string, at: number): number {
  let n = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39; i--) n++;
  return n;
}

function groupAfter(text: string, at: number): number {
  let n = 0;
  for (let i = at; i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39; i++) n++;
  return n;
}

/** All runs of at least `minDigits` digits (disguised or not) that are not quantities of prose. */
export function digitRuns(text: string, minDigits = 5): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < text.length) {
    if (digitOfCode(text.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let digits = 0;
    let disguised = false;
    let j = i;
    // Extend over digits and single separators between digits; runs of two separators end the number.
    while (j < text.length) {
      const v = digitOfCode(text.charCodeAt(j));
      if (v >= 0) {
        digits++;
        if (text.charCodeAt(j) > 0x7f) disguised = true;
        j++;
        end = j;
        continue;
      }
      // 138****5678: masked digits still make a phone number.
      if ((text[j] === '*' || (text[j] === ' ' && text[j + 1] === '*')) && digits > 0) {
        let k = j;
        while (k < text.length && k - j < 8 && (text[k] === '*' || text[k] === ' ')) k++;
        if (k < text.length && digitOfCode(text.charCodeAt(k)) >= 0) {
          for (let s = j; s < k; s++) if (text[s] === '*') digits++;
          disguised = true;
          j = k;
          continue;
        }
      }
      // Up to three separators between two digits (1 ☆ 2); a hyphen alone is how phone numbers are
      // written in prose too (0371-65912345) and disguises nothing.
      let k = j;
      while (k < text.length && k - j < 3 && isSeparator(text.charCodeAt(k))) k++;
      if (k > j && k < text.length && digitOfCode(text.charCodeAt(k)) >= 0) {
        // One space between groups of three or more digits (0571-8861 2034) is how numbers are printed.
        const grouping = k - j === 1 && text[j] === ' ' && groupBefore(text, j) >= 3 && groupAfter(text, k) >= 3;
        if (k - j > 1 || (text[j] !== '-' && text[j] !== '－' && !grouping)) disguised = true;
        j = k;
        continue;
      }
      break;
    }
    i = Math.max(end, start + 1);
    if (digits < minDigits) continue;
    if (start > 0 && text[start - 1] === '第') continue;
    // A range of years (2023-2024学年) is a date, not a number to call.
    if (YEAR_RANGE.test(text.slice(start, end))) continue;
    if (QUANTITY_AFTER.test(text.slice(end, end + 4)) || YEAR_AFTER.test(text.slice(end, end + 10))) continue;
    runs.push({ start, end, digits, disguised });
  }
  return runs;
}
