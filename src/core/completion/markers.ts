import { formatChineseOrdinal, parseChineseOrdinal } from '../chinese-numerals';
import type { Level } from '../sections';

/** The standard marker of a level (GB/T 9704-2012): 一、 （一） 1. （1）. */
export function formatMarker(level: Level, ordinal: number): string {
  switch (level) {
    case 1:
      return `${formatChineseOrdinal(ordinal)}、`;
    case 2:
      return `（${formatChineseOrdinal(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `（${ordinal}）`;
  }
}

/** 一是 二是 … as used inside a paragraph. */
export function formatEnumerator(ordinal: number): string {
  return `${formatChineseOrdinal(ordinal)}是`;
}

// An enumerator starts a line or follows a sentence or clause break, so 统一是 / 唯一是 are not one.
const ENUMERATOR = /(^|[。；！？：，、\s])([一二三四五六七八九十]{1,3})是/g;

/** The ordinal of the last enumerator (一是 …) in `text`, or 0 when there is none. */
export function lastEnumerator(text: string): number {
  let last = 0;
  ENUMERATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENUMERATOR.exec(text)) !== null) {
    const n = parseChineseOrdinal(m[2]);
    if (Number.isFinite(n)) last = n;
    // The break character may start the next match.
    ENUMERATOR.lastIndex = m.index + m[0].length;
  }
  return last;
}

/** The ordinal of an enumerator that starts `text` (after blanks), or 0. */
export function leadingEnumerator(text: string): number {
  const m = /^[ \t\u3000]*([一二三四五六七八九十]{1,3})是/.exec(text);
  if (!m) return 0;
  const n = parseChineseOrdinal(m[1]);
  return Number.isFinite(n) ? n : 0;
}
