import { familyOf, mainKind, verdictOf, weigh } from './evidence';
import { SITE_WORD } from './families/site';
import { fold } from './normalize';

/**
 * Site watermarks and teaser notes inside real text: a bracketed site name (【XX范文网】, （XX文库原创）)
 * or a bracketed paywall note standing in a heading or a sentence. The bracket goes, every character around it stays. Only when what is left
 * reads as report text: a bracket before an ad is the ad's, and is weighed with it.
 */
const SITE_BRACKET = /[【〖\[（(]([^【】〖〗\[\]（）()\n]{2,40})[】〗\]）)]/g;

/** The rule of a bracketed note that is residue by its own evidence, or undefined. */
function decisiveNoteRule(inner: string): string | undefined {
  const e = weigh(inner);
  // An address in brackets ((www.12371.cn)) is the sentence's own reference.
  const beyondAddress = [...e.kinds.keys()].some((k) => k !== 'url' && k !== 'register');
  if (!beyondAddress || verdictOf(e) !== 'safe' || e.protectedProse) return undefined;
  const kind = mainKind(e);
  return kind ? familyOf(kind)?.ruleId : undefined;
}

const ENDER = /[。！？；]/;

function opensGluedBanner(folded: string, start: number, end: number): boolean {
  let k = start - 1;
  while (k >= 0 && /\s/.test(folded[k])) k--;
  if (k < 0 || !ENDER.test(folded[k])) return false;
  const next = folded.slice(end).search(ENDER);
  const tail = next < 0 ? folded.slice(end) : folded.slice(end, end + next);
  const e = weigh(tail);
  return !e.protectedProse && e.prose <= (e.shape.separators >= 2 ? 3 : 1);
}

export interface WatermarkSpan {
  start: number;
  end: number;
  ruleId: string;
}

export function findWatermarks(text: string): WatermarkSpan[] {
  if (!/[【〖\[（(]/.test(text)) return [];
  const folded = fold(text);
  const spans: WatermarkSpan[] = [];
  SITE_BRACKET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SITE_BRACKET.exec(folded)) !== null) {
    if (/来源|转引|引自|参见|见/.test(m[1])) continue;
    // A site name, or a note no report writes ((此处为付费内容，付费后可查看完整调研数据)).
    const ruleId = SITE_WORD.test(m[1]) ? 'residue-watermark' : decisiveNoteRule(m[1]);
    if (!ruleId) continue;
    // A bracket opening a sentence glued after another (…落实。【XX素材】独家整理｜…) heads a banner, not a
    // sentence: the line's judgement weighs it with the banner's words.
    if (opensGluedBanner(folded, m.index, m.index + m[0].length)) continue;
    const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
    const e = weigh(rest);
    if (e.protectedProse || (e.prose >= 3 && e.independent === 0)) spans.push({ start: m.index, end: m.index + m[0].length, ruleId });
  }
  return spans;
}
