import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// Decided from several kinds of evidence weighed against evidence of prose (residue/evidence.ts),
// never from one keyword; medium evidence gives a warning whose fix is not applied in bulk.
export const residueGhostwriting: Rule = {
  meta: {
    id: 'residue-ghostwriting',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '代笔、代写、润色等代写服务广告', en: 'Ghostwriting and polishing offers (代笔, 代写, 润色)' },
  },
  check(context) {
    reportResidue(context, 'residue-ghostwriting');
  },
};
