/** studyReport.review.* as a decision, free of the vscode API so it is unit-tested. */
export type ReviewMode = 'always' | 'aboveN' | 'never';
export const DEFAULT_REVIEW_THRESHOLD = 5;

/**
 * Whether a bulk deletion goes through the review (the Refactor Preview, or the Word list): always
 * (the default, and for any unknown value), only above studyReport.review.threshold changes, or never.
 */
export function needsReview(changes: number, mode: unknown, threshold: unknown): boolean {
  if (changes <= 0 || mode === 'never') return false;
  if (mode === 'aboveN') return changes > (typeof threshold === 'number' && threshold >= 0 ? threshold : DEFAULT_REVIEW_THRESHOLD);
  return true;
}
