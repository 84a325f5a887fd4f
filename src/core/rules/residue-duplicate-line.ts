import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// Sites paste their ad lines twice; the first copy is reported by its own rule, the copies here.
export const residueDuplicateLine: Rule = {
  meta: {
    id: 'residue-duplicate-line',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '重复出现的广告行（第二次及以后）', en: 'Repeated advertising line (second and later copies)' },
  },
  check(context) {
    reportResidue(context, 'residue-duplicate-line');
  },
};
