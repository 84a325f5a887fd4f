/** Shared vocabulary of the engine. Offsets are UTF-16 code-unit offsets into the analysed text. */

export type Category = 'residue' | 'numbering' | 'placeholder' | 'count' | 'punctuation' | 'wording' | 'structure';
export const CATEGORIES: readonly Category[] = ['residue', 'numbering', 'placeholder', 'count', 'punctuation', 'wording', 'structure'];
/** The proofreading categories: their findings can be ignored in place through the allowlist. */
export const PROOFREADING_CATEGORIES: readonly Category[] = ['punctuation', 'wording', 'structure'];

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A message in both UI languages; views pick one by locale. */
export interface Messages {
  zh: string;
  en: string;
}

export type Locale = 'zh' | 'en';

/** Replace text[start, end) with newText. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: Messages;
  edits: TextEdit[];
  /**
   * True when the edit is certain to remove only residue (or only correct a marker) and may be applied
   * by fix-all, fix on save and the CLI. False fixes are offered one at a time, never applied in bulk.
   */
  safe: boolean;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: Messages;
  start: number;
  end: number;
  fix?: Fix;
  /** The exact text flagged; the 'not residue' action adds it to the allowlist. */
  text: string;
}
