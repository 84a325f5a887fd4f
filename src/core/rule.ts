import type { CountResult } from './count';
import type { LineCache } from './line-cache';
import type { ResolvedOptions } from './options';
import type { Section } from './sections';
import type { TextModel } from './text-model';
import type { Category, Fix, Messages, Severity } from './types';

export interface RuleMeta {
  /** Stable id, kebab-case, also the README anchor (#rule-id). */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line, shown in the rules reference. */
  description: Messages;
  /**
   * What the findings on a line depend on, when that is the line alone: its text ('line'), also the line
   * before it ('line+previous'), or also the heading marker on it ('line+heading'). The incremental
   * analysis then keeps each line's findings while these are unchanged (line-rules.ts). Unset: the rule
   * reads across lines and runs over the whole document every time.
   */
  scope?: LineScope;
}

export type LineScope = 'line' | 'line+previous' | 'line+heading';

export interface Report {
  start: number;
  end: number;
  message: Messages;
  fix?: Fix;
  /** Overrides the rule's default severity for this finding (e.g. a warn-only case). */
  severity?: Severity;
}

export interface RuleContext {
  readonly model: TextModel;
  /** Section tree roots, built once per analysis. */
  readonly sections: readonly Section[];
  /** All headings in document order. */
  readonly headings: readonly Section[];
  readonly options: ResolvedOptions;
  /** 字数 of the document (residue left out); set only for rules of category 'count', which run last. */
  readonly count?: CountResult;
  /** Per-line results kept between analyses of one document (NO_LINE_CACHE for a one-off analysis). */
  readonly cache: LineCache;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
