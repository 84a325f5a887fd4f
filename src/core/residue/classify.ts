import type { ResidueFamily } from './family';
import { FAMILIES } from './families';
import { splitSegments } from './segments';
import { isBareMisfit } from './suspect';
import { cjkCount, familyOf, mainKind, mayBeResidue, verdictOf, weigh, type Evidence, type Position, type Verdict } from './evidence';

export interface Judged {
  /** Offsets within the line. */
  start: number;
  end: number;
  verdict: Exclude<Verdict, 'none'>;
  evidence: Evidence;
  ruleId: string;
}

const FINISHED_PIECE = /(?:[。；！？]|(?<=[\u4e00-\u9fff”’])\.)[”’）]*$/;

export type LineJudgement = { whole: Judged } | { spans: Judged[] };

/** Whether a rule is switched on; a family whose rule is off still counts as evidence. */
export type RuleEnabled = (ruleId: string) => boolean;

function judged(start: number, end: number, e: Evidence, enabled: RuleEnabled): Judged | undefined {
  const verdict = verdictOf(e);
  const kind = mainKind(e, enabled);
  if (verdict === 'none') return undefined;
  // A warning from shape or voice alone, with no family heavy enough to name it.
  // Certain from the web's words or a site's voice alone (register evidence names no family): reported as web-page wording.
  if (!kind && verdict === 'safe' && e.kinds.has('register') && enabled('residue-site-ad')) return { start, end, verdict, evidence: e, ruleId: 'residue-site-ad' };
  if (!kind) return enabled('residue-misfit-line') ? { start, end, verdict, evidence: e, ruleId: 'residue-misfit-line' } : undefined;
  return { start, end, verdict, evidence: e, ruleId: familyOf(kind)!.ruleId };
}

/**
 * Judges one line (exact residue already blanked out). The whole line is residue only when no sentence
 * of it reads as prose; otherwise only the residue sentences at its edges or between prose sentences
 * are cut, so a sentence with residue glued to it is kept.
 */
export function judgeLine(
  text: string,
  position: Position,
  enabled: RuleEnabled = () => true,
  families: readonly ResidueFamily[] = FAMILIES,
  /** The prefilter's answer for `text` when the caller already has it. */
  candidate?: boolean,
): LineJudgement {
  const trimmedStart = text.length - text.trimStart().length;
  const trimmedEnd = text.trimEnd().length;
  if (trimmedEnd <= trimmedStart) return { spans: [] };
  // Without a piece that is residue by its own evidence nothing is cut (weak pieces only join one).
  if (!(candidate ?? mayBeResidue(text))) return { spans: [] };
  const segments = splitSegments(text);
  if (segments.length === 1) {
    const whole = judged(trimmedStart, trimmedEnd, weigh(text, position, families), enabled);
    return whole ? { whole } : { spans: [] };
  }
  const last = segments.length - 1;
  // Only a short tail: a long unfinished sentence after a finished one is prose (a notice ending in its address).
  const tailText = text.slice(segments[last].start, segments[last].end);
  // Which pieces end as a finished sentence, read once for the tests below.
  const finished = segments.map((sg) => FINISHED_PIECE.test(text.slice(sg.start, sg.end).trim()));
  const gluedTail = cjkCount(tailText) < 24 && !finished[last] && finished[last - 1];
  const pieceEvidence = segments.map((s, i) => weigh(text.slice(s.start, s.end), { ...position, repeated: false, gluedTail: gluedTail && i === last }, families));
  // Residue pieces, then widened over weak neighbours (谨防假冒！ after an ad sentence). A piece with no
  // evidence at all (a title, 以上报告，请审议。) is content and keeps the line.
  // A finished sentence that is only a suspect on its own stays out: residue glued to it must not carry it
  // away (扫描下方二维码，即可进入…页面。 followed by 展开全文).
  const isResidue = pieceEvidence.map((e, i) => {
    const v = verdictOf(e);
    if (v === 'none') return false;
    return v === 'safe' || !(e.sentenceLike && e.prose >= 2 && finished[i]);
  });
  const canJoin = segments.map((s, i) => {
    const piece = text.slice(s.start, s.end);
    return isWeakResidue(pieceEvidence[i], piece) || isLabel(piece, pieceEvidence[i]);
  });
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < segments.length; i++) {
      if (isResidue[i] || !canJoin[i]) continue;
      if ((i > 0 && isResidue[i - 1]) || (i + 1 < segments.length && isResidue[i + 1])) isResidue[i] = true;
    }
  }
  // Whole or nothing: when residue covers most of the line and what is left is no heading and no
  // finished sentence of prose (the collection title between 【XX素材库】 and （持续更新中）), the line goes whole.
  if (!isResidue.every((r) => r) && (mostlyResidue(text, segments, isResidue, pieceEvidence) || webRest(text, segments, isResidue, pieceEvidence) || certainWithoutProse(text, segments, isResidue, pieceEvidence, position, families))) isResidue.fill(true);
  // A short line whose evidence only shows taken whole (【打印】 【收藏】 【关闭】: one tool a bracket).
  // A finished sentence with no residue evidence of its own, or with prose, is content: the line is not taken whole.
  const finishedSentence = pieceEvidence.some((e, i) => {
    const plain = e.prose >= 2 || [...e.kinds.keys()].every((k) => familyOf(k)?.supporting);
    return plain && e.sentenceLike && finished[i];
  });
  if (!isResidue.some((r) => r) && text.length <= 80 && !finishedSentence) {
    const whole = judged(trimmedStart, trimmedEnd, weigh(text, position, families), enabled);
    if (whole && whole.verdict === 'safe') return { whole };
  }
  if (isResidue.every((r) => r)) {
    const whole = judged(trimmedStart, trimmedEnd, weigh(text, position, families), enabled);
    if (whole) return { whole };
  }
  const spans: Judged[] = [];
  let i = 0;
  while (i < segments.length) {
    if (!isResidue[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < segments.length && isResidue[j + 1]) j++;
    const start = segments[i].start;
    const end = segments[j].end;
    const run = judged(start, end, weigh(text.slice(start, end), { ...position, repeated: false, gluedTail: gluedTail && j === last }, families), enabled);
    if (run) spans.push(run);
    i = j + 1;
  }
  if (spans.length === 0 && gluedTail) {
    // Shape at the level of a line's pieces: an unfinished tail glued after a paragraph's last sentence,
    // with a sign of a web page, is a suspect the writer should see (warned, never removed in bulk).
    const e = pieceEvidence[last];
    if (!e.protectedProse && (e.kinds.size > 0 || e.shape.decoration > 0 || e.shape.latinDigits >= 0.3)) {
      // With no word of a report and a sign of the web, the tail is as certain as such a line of its own.
      const verdict = isBareMisfit(e, text.slice(segments[last].start, segments[last].end)) ? 'safe' : 'warn';
      spans.push({ start: segments[last].start, end: segments[last].end, verdict, evidence: e, ruleId: 'residue-misfit-line' });
    }
  }
  if (spans.length === 1 && spans[0].start <= trimmedStart && spans[0].end >= trimmedEnd) return { whole: spans[0] };
  return { spans };
}

/**
 * Some residue evidence and no prose of its own. A finished sentence (。) with real report words never
 * qualifies: it is kept even when residue is glued right after it.
 */
function isWeakResidue(e: Evidence, piece: string): boolean {
  if (e.protectedProse || e.kinds.size === 0) return false;
  if (e.prose === 0) return true;
  return e.prose <= 1 && !/[。；;]\s*$/.test(piece);
}

/**
 * A piece with no evidence of its own that still belongs to the residue next to it: markup or ornament
 * (the * of *…*), a short bracketed label (【声明】, （备注：材料）) or a short exclamation (原创首发！).
 * A plain short phrase (a title after 【XX素材网】) is not one: it is content.
 */
function isLabel(piece: string, e: Evidence): boolean {
  const t = piece.trim();
  // Digits and marks alone ((0) after 评论, a stray ） ) belong to whatever they are glued to.
  if (t.length <= 12 && !/[\u4e00-\u9fffA-Za-z]/.test(t)) return true;
  if (e.prose > 1 || e.protectedProse) return false;
  if (/^[\s*_~>#|｜\-—=·•]+$/.test(t)) return true;
  // A bracketed note with no prose of its own (（请备注来意，否则不通过）) goes with the residue it follows.
  if (/^[【（(［\[〖][^。！？]*[】）)］\]〗]$/.test(t) && t.length <= 40 && e.prose <= 1) return true;
  if (t.length > 12) return false;
  return /^[【（(［\[〖].*[】）)］\]〗]$/.test(t) || (e.prose === 0 && /[！!]$/.test(t));
}

/**
 * A certain residue piece and, around it, only the site's own words: a question put to the reader (文章有问题？),
 * a statement in the web's words (声明：本站所有文章…), a separated label (今日话题 |). No piece with a report's
 * words, and none that reads as plain prose without a sign of the web (a real sentence glued to an ad stays).
 */
function webRest(text: string, segments: readonly { start: number; end: number }[], isResidue: readonly boolean[], evidence: readonly Evidence[]): boolean {
  if (!evidence.some((e, i) => isResidue[i] && verdictOf(e) === 'safe')) return false;
  for (let i = 0; i < segments.length; i++) {
    if (isResidue[i]) continue;
    const piece = text.slice(segments[i].start, segments[i].end).trim();
    const e = evidence[i];
    if (e.protectedProse || e.prose > 1 || e.official || e.cjk > 40) return false;
    const shortWebShape = e.cjk <= 12 && (/[？?]$/.test(piece) || e.shape.separators >= 1);
    if (!(e.webWords >= 2 || e.siteVoice || shortWebShape)) return false;
  }
  return true;
}

function mostlyResidue(text: string, segments: readonly { start: number; end: number }[], isResidue: readonly boolean[], evidence: readonly Evidence[]): boolean {
  let residue = 0;
  let rest = 0;
  for (let i = 0; i < segments.length; i++) {
    const piece = text.slice(segments[i].start, segments[i].end).trim();
    if (isResidue[i]) {
      residue += piece.length;
      continue;
    }
    const e = evidence[i];
    if (e.protectedProse || e.prose > 1 || /[。；！？][”’）]*$/.test(piece)) return false;
    rest += piece.length;
  }
  return residue > 0 && residue >= rest;
}


/**
 * The whole line is certain residue and what its residue pieces leave is a short phrase of no prose (the
 * collection title in 【XX素材库】2024年主题教育材料合集（持续更新中））: half an ad is not left behind.
 * A report's own title after a site bracket (【XX范文网】以案促改专题组织生活会对照检查) stays.
 */
// What a site calls its own products; a report's title after a site bracket names none of them.
const COLLECTION = /合集|大全|汇编|全集|合辑|打包|上新|精选/;
// Inside the body no title follows a site bracket: the site's own talk there (今日更新：…12篇, 独家整理｜…,
// 材料库2.0版上线啦！) is the rest of its banner.
const SITE_TALK = /合集|大全|汇编|全集|合辑|打包|上新|精选|更新|上线|独家|专注|最受欢迎|热门|推荐|\d+\s?(?:篇|万|\+)|\d\.\d|[·｜|]|[啦哦呀]！?$/;

function certainWithoutProse(
  text: string,
  segments: readonly { start: number; end: number }[],
  isResidue: readonly boolean[],
  evidence: readonly Evidence[],
  position: Position,
  families: readonly ResidueFamily[],
): boolean {
  let rest = 0;
  for (let i = 0; i < segments.length; i++) {
    if (isResidue[i]) continue;
    const piece = text.slice(segments[i].start, segments[i].end).trim();
    const e = evidence[i];
    // Category names between separators (党课讲稿 · 调研报告 · 工作总结) carry report words without being prose.
    if (e.protectedProse || e.prose > (e.shape.separators >= 2 ? 3 : 1) || /[。；？][”’）]*$/.test(piece) || !(position.beforeBody !== false ? COLLECTION : SITE_TALK).test(piece)) return false;
    rest += piece.length;
  }
  return rest <= 30 && verdictOf(weigh(text, position, families)) === 'safe';
}
