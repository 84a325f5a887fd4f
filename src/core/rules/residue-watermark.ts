import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// A bracketed site name standing inside a heading or a sentence (residue/watermark.ts): only the bracket goes.
export const residueWatermark: Rule = {
  meta: {
    id: 'residue-watermark',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '夹在标题或句子中的网站水印（【XX范文网】、（XX文库原创））', en: 'A site watermark inside a heading or a sentence (a bracketed site name)' },
  },
  check(context) {
    reportResidue(context, 'residue-watermark');
  },
};
