import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// Decided from several kinds of evidence weighed against evidence of prose (residue/evidence.ts),
// never from one keyword; medium evidence gives a warning whose fix is not applied in bulk.
export const residueTeaser: Rule = {
  meta: {
    id: 'residue-teaser',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '试读结束、付费后查看、解锁全文等试读与付费提示', en: 'Teaser cut-offs and unlock prompts (试读结束, 付费后查看, 解锁全文)' },
  },
  check(context) {
    reportResidue(context, 'residue-teaser');
  },
};
