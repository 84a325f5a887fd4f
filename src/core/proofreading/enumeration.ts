import { isBlank, numeralValue } from './chars';

/** An in-paragraph enumerator 一是, 二是 … 十二是, at the start of a clause. */
export interface Enumerator {
  /** Offset in the line. */
  start: number;
  /** Offset just past 是. */
  end: number;
  value: number;
  numeral: string;
}

const CLAUSE_START = '。；：，！？）';

/** The enumerators of a line, in order. Linear: each 是 looks back at most three characters. */
export function enumerators(text: string, from = 0): Enumerator[] {
  const found: Enumerator[] = [];
  for (let at = text.indexOf('是', from); at >= 0; at = text.indexOf('是', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 3 && '一二三四五六七八九十'.indexOf(text[start - 1]) >= 0) start--;
    if (start === at || start < from) continue;
    const numeral = text.slice(start, at);
    const value = numeralValue(numeral);
    if (value === undefined) continue;
    let b = start - 1;
    while (b >= 0 && isBlank(text.charCodeAt(b))) b--;
    if (b >= 0 && CLAUSE_START.indexOf(text[b]) < 0) continue;
    // 一是一、二是二 (say things as they are) is an idiom, not a list.
    const after = text[at + 1 + numeral.length];
    if (text.startsWith(numeral, at + 1) && after !== undefined && '，、。'.indexOf(after) >= 0) continue;
    found.push({ start, end: at + 1, value, numeral });
  }
  return found;
}
