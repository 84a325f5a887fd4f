import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// Footers of a printed or converted page survive copy-and-paste. Only whole lines are taken, or the
// long form (第 2 页 共 6 页) right after a sentence.
export const residuePageNumber: Rule = {
  meta: {
    id: 'residue-page-number',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '单独成行的页眉页脚页码（第 1 页 共 5 页、1/5、- 3 -）', en: 'Page headers and footers on their own line (第 1 页 共 5 页, 1/5, - 3 -)' },
  },
  check(context) {
    reportResidue(context, 'residue-page-number');
  },
};
