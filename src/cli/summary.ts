/** The end-of-run summary of a folder run (standard error, text format): files, findings per category, files fixed. */
import type { Locale } from '../core';
import { t } from './messages';

const CATEGORY_NAMES_ZH: Record<string, string> = {
  residue: '残留',
  numbering: '编号',
  placeholder: '占位',
  count: '字数',
  punctuation: '标点',
  wording: '用语',
  structure: '结构',
};

export class CategoryTally {
  private readonly counts = new Map<string, number>();

  add(category: string, n = 1): void {
    this.counts.set(category, (this.counts.get(category) ?? 0) + n);
  }

  /** `（残留 12，编号 3）` / ` (residue 12, numbering 3)`, or '' when there is nothing. */
  format(locale: Locale): string {
    if (this.counts.size === 0) return '';
    const parts = [...this.counts].map(([c, n]) => t(locale, 'categoryCount', locale === 'zh' ? CATEGORY_NAMES_ZH[c] ?? c : c, String(n)));
    return t(locale, 'categoryCounts', parts.join(locale === 'zh' ? '，' : ', '));
  }
}
