import type { LineCache } from '../line-cache';
import { judgeLine, type LineJudgement, type RuleEnabled } from './classify';
import { mayBeResidue, type Position } from './evidence';
import { findExact, type ExactHit } from './exact';
import type { ResidueFamily } from './family';
import { hasWebSign, isMisfit } from './misfit';
import { findWatermarks, type WatermarkSpan } from './watermark';

/**
 * The residue scan's per-line work, through the line cache (line-cache.ts): each of these is a pure
 * function of the line's text and of the facts named in its key, so a line whose text and facts are
 * unchanged since the last analysis is not weighed again. Options (rules on, families, allowlist) are
 * fixed for the life of a cache; what depends on the allowlist is filtered after the cache.
 */
export interface ResidueLineMemo {
  exact(line: number, text: string): readonly ExactHit[];
  watermarks(line: number, masked: string): readonly WatermarkSpan[];
  mayBeResidue(line: number, masked: string): boolean;
  misfit(masked: string, line: number): boolean;
  /** The web signs misfit.ts asks of a line after the closing line. */
  webSign(text: string, line: number): boolean;
  /** `pass` 2: the second look at a line next to certain residue. */
  judge(line: number, pass: 1 | 2, masked: string, position: Position, enabled: RuleEnabled, families: readonly ResidueFamily[], candidate: boolean): LineJudgement;
}

const exactOfFirst = (text: string) => findExact(text, true);
const exactOfOther = (text: string) => findExact(text, false);

export function lineMemo(cache: LineCache): ResidueLineMemo {
  const exact = cache.table<ExactHit[]>('residue-exact');
  const watermarks = cache.table<WatermarkSpan[]>('residue-watermarks');
  const candidates = cache.table<boolean>('residue-candidate');
  const misfits = cache.table<boolean>('residue-misfit');
  const webSigns = cache.table<boolean>('residue-web-sign');
  const judgements = [cache.table<LineJudgement>('residue-judgement'), cache.table<LineJudgement>('residue-judgement-next')];
  return {
    exact: (line, text) => (line === 0 ? exact.get(line, text, 'first', exactOfFirst) : exact.get(line, text, '', exactOfOther)),
    watermarks: (line, masked) => watermarks.get(line, masked, '', findWatermarks),
    mayBeResidue: (line, masked) => candidates.get(line, masked, '', mayBeResidue),
    misfit: (masked, line) => misfits.get(line, masked, '', isMisfit),
    webSign: (text, line) => webSigns.get(line, text, '', hasWebSign),
    // A line the prefilter lets go is judged at once (no evidence, no spans): no key to build.
    judge: (line, pass, masked, position, enabled, families, candidate) =>
      candidate
        ? judgements[pass - 1].get(line, masked, positionFacts(position, candidate), (text) => judgeLine(text, position, enabled, families, candidate))
        : judgeLine(masked, position, enabled, families, candidate),
  };
}

/**
 * Every field of the position, whatever fields it has: a field added to Position later is part of the key
 * without a change here (a judgement reused across a changed field would be wrong).
 */
export function positionFacts(position: Position, candidate: boolean): string {
  return (candidate ? 'candidate' : '') + JSON.stringify(position);
}
