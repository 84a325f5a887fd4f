import { splitSegments } from './segments';
import { mainKind, verdictOf, weigh, type Evidence, type Kind, type Position, type Verdict } from './evidence';

/** The rule that reports a finding, by its heaviest kind of evidence. */
export const RULE_OF_KIND: Record<Kind, string> = {
  teaser: 'residue-teaser',
  ghostwriting: 'residue-ghostwriting',
  source: 'residue-source-note',
  contact: 'residue-contact',
  site: 'residue-site-ad',
  member: 'residue-site-ad',
  price: 'residue-site-ad',
  promo: 'residue-site-ad',
  url: 'residue-url',
};

export interface Judged {
  /** Offsets within the line. */
  start: number;
  end: number;
  verdict: Exclude<Verdict, 'none'>;
  evidence: Evidence;
  ruleId: string;
}

export type LineJudgement = { whole: Judged } | { spans: Judged[] };

function judged(start: number, end: number, e: Evidence): Judged | undefined {
  const verdict = verdictOf(e);
  const kind = mainKind(e);
  if (verdict === 'none' || !kind) return undefined;
  return { start, end, verdict, evidence: e, ruleId: RULE_OF_KIND[kind] };
}

/**
 * Judges one line (exact residue already blanked out). The whole line is residue only when no sentence
 * of it reads as prose; otherwise only the residue sentences at its edges or between prose sentences
 * are cut, so a sentence with residue glued to it is kept.
 */
export function judgeLine(text: string, position: Position): LineJudgement {
  const trimmedStart = text.length - text.trimStart().length;
  const trimmedEnd = text.trimEnd().length;
  if (trimmedEnd <= trimmedStart) return { spans: [] };
  const segments = splitSegments(text);
  const pieceEvidence = segments.map((s) => weigh(text.slice(s.start, s.end), { ...position, repeated: false }));
  const anyProse = pieceEvidence.some((e, i) => isProse(e, segments.length));
  const whole = judged(trimmedStart, trimmedEnd, weigh(text, position));
  if (whole && (!anyProse || segments.length === 1)) return { whole };

  // Residue pieces, then runs of them widened over weak neighbours (谨防假冒！ after an ad sentence).
  const isResidue = pieceEvidence.map((e) => verdictOf(e) !== 'none');
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < segments.length; i++) {
      if (isResidue[i] || !isWeakResidue(pieceEvidence[i])) continue;
      if ((i > 0 && isResidue[i - 1]) || (i + 1 < segments.length && isResidue[i + 1])) isResidue[i] = true;
    }
  }
  if (isResidue.every((r) => r) && whole) return { whole };
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
    const run = judged(start, end, weigh(text.slice(start, end), { ...position, repeated: false }));
    if (run) spans.push(run);
    i = j + 1;
  }
  if (spans.length === 1 && spans[0].start <= trimmedStart && spans[0].end >= trimmedEnd) return { whole: spans[0] };
  return { spans };
}

function isProse(e: Evidence, pieces: number): boolean {
  if (e.protectedProse) return true;
  return pieces > 1 && e.prose >= 3 && verdictOf(e) === 'none';
}

function isWeakResidue(e: Evidence): boolean {
  return !e.protectedProse && e.prose <= 1 && (e.kinds.size > 0 || e.residue > 0);
}
