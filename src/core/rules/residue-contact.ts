import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// Decided from several kinds of evidence weighed against evidence of prose (residue/evidence.ts),
// never from one keyword; medium evidence gives a warning whose fix is not applied in bulk.
export const residueContact: Rule = {
  meta: {
    id: 'residue-contact',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '带账号或号码的微信、QQ、客服、公众号等联系方式广告（含变形数字和谐音）', en: 'Contact advertising with a handle or number (WeChat, QQ, customer service, official account; disguised digits and homophones)' },
  },
  check(context) {
    reportResidue(context, 'residue-contact');
  },
};
