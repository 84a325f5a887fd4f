import { isDecoration } from './normalize';

/**
 * Document-shape evidence: how little a piece looks like the body of a report. Report lines are
 * headings, sentences ending in 。/；, a title, a closing formula, a signature and a date. Web-page and
 * shop text left around the material is short and unfinished, full of separators, counters, Latin and
 * digit runs and decoration. Shape alone never removes anything; with a family's evidence it is one
 * more independent kind.
 */
export interface Shape {
  /** Counts of the signs below. */
  separators: number;
  decoration: number;
  /** Share of Latin letters and of digits in long runs (ids, phone numbers; not years) among the visible characters, 0–1. */
  latinDigits: number;
  unfinished: boolean;
  short: boolean;
  /** Two or more signs: the piece reads as page furniture, not as a sentence. */
  fragment: boolean;
}

const FINISHED = /[。；！？…][”’）"]*$|[：]$/;

export function shapeOf(trimmed: string): Shape {
  let separators = 0;
  let decoration = 0;
  let latinDigits = 0;
  let cjk = 0;
  let visible = 0;
  let spaceRun = 0;
  let digitRun = 0;
  for (let i = 0; i <= trimmed.length; i++) {
    const isDigit = i < trimmed.length && trimmed.charCodeAt(i) >= 0x30 && trimmed.charCodeAt(i) <= 0x39;
    if (isDigit) {
      digitRun++;
    } else {
      if (digitRun >= 5) latinDigits += digitRun;
      digitRun = 0;
    }
    if (i === trimmed.length) break;
    const c = trimmed.charCodeAt(i);
    if (c === 0x20 || c === 0x09) {
      spaceRun++;
      continue;
    }
    if (spaceRun >= 2 && visible > 0) separators++;
    spaceRun = 0;
    visible++;
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (isDigit) continue;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latinDigits++;
    else if (c === 0x7c || c === 0x2f || c === 0x3e || c === 0xbb || c === 0x203a || c === 0xb7 || c === 0x2022) separators++;
    else if (isDecoration(c)) decoration++;
  }
  const unfinished = !FINISHED.test(trimmed);
  const short = cjk <= 30;
  const latinShare = visible ? latinDigits / visible : 0;
  let signs = 0;
  if (unfinished) signs++;
  if (short) signs++;
  if (separators >= 1) signs++;
  if (decoration >= 1) signs++;
  if (latinShare >= 0.3) signs++;
  // Short and unfinished alone describe a title or a heading too: a third sign is needed.
  return { separators, decoration, latinDigits: latinShare, unfinished, short, fragment: signs >= 3 };
}
