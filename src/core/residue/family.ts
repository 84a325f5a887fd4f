import type { Messages } from '../types';

/**
 * A residue family owns its evidence: the patterns that recognise it, an optional weigher for what a
 * pattern cannot say (a contact word followed by a handle, a site-like bracket), the cheap trigger the
 * prefilter uses, the rule that reports it and the label shown in messages. The pipeline (evidence.ts)
 * is built from the list in families/index.ts; adding a family is one file there plus its tests.
 */

/** Named weights: how much one hit of a family says on its own. */
export const WEIGHT = {
  /** A phrase no report contains (试读结束, ICP备, 上一篇：…下一篇：): counts as two independent kinds. */
  decisive: 5,
  /** Strong evidence of its family (素材库, 开通会员, a handle after 微信). */
  strong: 3,
  /** Medium: residue-like, but reports use it too now and then (转载, 来源：). */
  medium: 2,
  /** A hint: never enough alone, only adds to other evidence (素材, 您). */
  hint: 1,
} as const;

export interface FamilyPattern {
  weight: number;
  /** Written against the folded text (normalize.ts): ，：；！？（） full width, Latin and digits half width. */
  re: RegExp;
}

/** One piece of text being weighed: the original (disguised digits show there) and its folded form. */
export interface Piece {
  text: string;
  folded: string;
}

export interface ResidueFamily {
  /** Stable id, also the evidence kind named in messages. */
  id: string;
  /** The rule that reports a finding whose heaviest evidence is this family. */
  ruleId: string;
  /** Shown in messages as the evidence found. */
  label: Messages;
  patterns: readonly FamilyPattern[];
  /** Extra weighing beyond the patterns; returns the weight of the strongest hit, 0 for none. */
  weigh?(piece: Piece): number;
  /**
   * A necessary condition for `weigh` to return 2 or more, tested on the folded line; lines that fail
   * every family's trigger and pattern are not split or weighed (prefilter.ts).
   */
  trigger?(foldedLine: string): boolean;
  /**
   * Supporting evidence (the web register): adds to the weight of other evidence, but counts as an
   * independent kind only on a piece that does not read as a sentence.
   */
  supporting?: boolean;
}
