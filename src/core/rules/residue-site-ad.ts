import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// Decided from several kinds of evidence weighed against evidence of prose (residue/evidence.ts),
// never from one keyword; medium evidence gives a warning whose fix is not applied in bulk.
export const residueSiteAd: Rule = {
  meta: {
    id: 'residue-site-ad',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '素材网站的广告行（【XX素材库】、会员、价格、材料数量等多项证据）', en: 'Advertising line of a material site (site brackets, membership, prices, collection sizes: several kinds of evidence)' },
  },
  check(context) {
    reportResidue(context, 'residue-site-ad');
  },
};
