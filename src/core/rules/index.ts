import type { Rule } from '../rule';
import { numberingDigitWidth } from './numbering-digit-width';
import { numberingLevelOrder } from './numbering-level-order';
import { numberingMixedStyle } from './numbering-mixed-style';
import { numberingParentheses } from './numbering-parentheses';
import { numberingPunctuation } from './numbering-punctuation';
import { numberingSequence } from './numbering-sequence';
import { paywallMarker } from './paywall-marker';
import { residueExtraPattern } from './residue-extra-pattern';

/** Every rule of the engine, in reporting order. One rule a file; add new ones here. */
export const ALL_RULES: readonly Rule[] = [paywallMarker, residueExtraPattern,
  numberingPunctuation, numberingParentheses, numberingDigitWidth, numberingSequence, numberingLevelOrder, numberingMixedStyle];
