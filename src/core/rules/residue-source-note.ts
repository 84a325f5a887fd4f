import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// Decided from several kinds of evidence weighed against evidence of prose (residue/evidence.ts),
// never from one keyword; medium evidence gives a warning whose fix is not applied in bulk.
export const residueSourceNote: Rule = {
  meta: {
    id: 'residue-source-note',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '本文由…整理、来源：、转载请注明、如有侵权请联系删除、免责声明等来源与版权声明', en: 'Source and copyright notes (本文由…整理, 来源：, 转载请注明, 如有侵权请联系删除, 免责声明)' },
  },
  check(context) {
    reportResidue(context, 'residue-source-note');
  },
};
