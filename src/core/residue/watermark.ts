import { weigh } from './evidence';
import { SITE_WORD } from './families/site';
import { fold } from './normalize';

/**
 * Site watermarks inside real text: a bracketed site name (【XX范文网】, （XX文库原创）) standing in a
 * heading or a sentence. The bracket goes, every character around it stays. Only when what is left
 * reads as report text: a bracket before an ad is the ad's, and is weighed with it.
 */
const SITE_BRACKET = /[【〖\[（(]([^【】〖〗\[\]（）()\n]{2,40})[】〗\]）)]/g;

export interface WatermarkSpan {
  start: number;
  end: number;
}

export function findWatermarks(text: string): WatermarkSpan[] {
  if (!/[【〖\[（(]/.test(text)) return [];
  const folded = fold(text);
  const spans: WatermarkSpan[] = [];
  SITE_BRACKET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SITE_BRACKET.exec(folded)) !== null) {
    if (!SITE_WORD.test(m[1]) || /来源|转引|引自|参见|见/.test(m[1])) continue;
    const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
    const e = weigh(rest);
    if (e.protectedProse || (e.prose >= 3 && e.independent === 0)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
