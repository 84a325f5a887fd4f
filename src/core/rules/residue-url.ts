import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// Decided from several kinds of evidence weighed against evidence of prose (residue/evidence.ts),
// never from one keyword; medium evidence gives a warning whose fix is not applied in bulk.
export const residueUrl: Rule = {
  meta: {
    id: 'residue-url',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '广告语境中的裸网址', en: 'Bare web address in an advertising context' },
  },
  check(context) {
    reportResidue(context, 'residue-url');
  },
};
