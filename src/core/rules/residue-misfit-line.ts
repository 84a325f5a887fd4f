import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// Document-shape evidence alone (residue/misfit.ts): a warning with the removal offered, never a bulk fix.
export const residueMisfitLine: Rule = {
  meta: {
    id: 'residue-misfit-line',
    category: 'residue',
    defaultSeverity: 'warning',
    description: { zh: '正文中既非标题也非完整句子、带网页特征的行（仅提示，不自动删除）', en: 'A line in the body that is neither a heading nor a sentence and carries signs of a web page (warning only, never removed in bulk)' },
  },
  check(context) {
    reportResidue(context, 'residue-misfit-line');
  },
};
