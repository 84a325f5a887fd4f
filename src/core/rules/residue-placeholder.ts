import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// The plugin's editor pre-fills this exact text; no report says it, so removing it is always safe.
export const residuePlaceholder: Rule = {
  meta: {
    id: 'residue-placeholder',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '付费插件预填的占位文字“请替换付费标签内内容”', en: 'The paywall plugin’s pre-filled placeholder “请替换付费标签内内容”' },
  },
  check(context) {
    reportResidue(context, 'residue-placeholder');
  },
};
