import type { Rule } from '../rule';
import { countDeclared } from './count-declared';
import { numberingDigitWidth } from './numbering-digit-width';
import { numberingLevelOrder } from './numbering-level-order';
import { numberingMixedStyle } from './numbering-mixed-style';
import { numberingParentheses } from './numbering-parentheses';
import { numberingPunctuation } from './numbering-punctuation';
import { numberingSequence } from './numbering-sequence';
import { paywallMarker } from './paywall-marker';
import { punctuationDoubled } from './punctuation-doubled';
import { punctuationHalfWidth } from './punctuation-half-width';
import { punctuationQuotedItems } from './punctuation-quoted-items';
import { punctuationRange } from './punctuation-range';
import { punctuationSplitSentence } from './punctuation-split-sentence';
import { punctuationUnpaired } from './punctuation-unpaired';
import { placeholderFillIn } from './placeholder-fill-in';
import { placeholderMark } from './placeholder-mark';
import { placeholderMou } from './placeholder-mou';
import { residueContact } from './residue-contact';
import { residueDuplicateLine } from './residue-duplicate-line';
import { residueEditorNote } from './residue-editor-note';
import { residueExtraPattern } from './residue-extra-pattern';
import { residueGhostwriting } from './residue-ghostwriting';
import { residueInvisibleChar } from './residue-invisible-char';
import { residueMisfitLine } from './residue-misfit-line';
import { residuePageNumber } from './residue-page-number';
import { residuePlaceholder } from './residue-placeholder';
import { residueSiteAd } from './residue-site-ad';
import { residueSourceNote } from './residue-source-note';
import { residueTeaser } from './residue-teaser';
import { residueUrl } from './residue-url';
import { residueWatermark } from './residue-watermark';
import { residueWebChrome } from './residue-web-chrome';
import { structureAnnouncedCount } from './structure-announced-count';
import { structureEnumeration } from './structure-enumeration';
import { wordingConfusion } from './wording-confusion';
import { wordingDeDi } from './wording-de-di';
import { wordingFormulation } from './wording-formulation';

/** Every rule of the engine, in reporting order. One rule a file; add new ones here. */
export const ALL_RULES: readonly Rule[] = [paywallMarker, residuePlaceholder, residueTeaser, residueSiteAd, residueContact, residueGhostwriting,
  residueSourceNote, residueWebChrome, residueEditorNote, residuePageNumber, residueUrl, residueInvisibleChar, residueDuplicateLine, residueMisfitLine, residueWatermark, placeholderMark, placeholderMou, placeholderFillIn, countDeclared, residueExtraPattern,
  numberingPunctuation, numberingParentheses, numberingDigitWidth, numberingSequence, numberingLevelOrder, numberingMixedStyle,
  punctuationHalfWidth, punctuationUnpaired, punctuationDoubled, punctuationRange, punctuationQuotedItems, punctuationSplitSentence,
  wordingFormulation, wordingConfusion, wordingDeDi, structureAnnouncedCount, structureEnumeration];
