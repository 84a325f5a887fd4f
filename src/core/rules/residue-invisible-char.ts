import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// Invisible characters watermark copied text and upset search and 字数. A byte-order mark at offset 0
// is the file's form, not residue, and stays.
export const residueInvisibleChar: Rule = {
  meta: {
    id: 'residue-invisible-char',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '零宽字符、软连字符、方向控制符等不可见字符（文首字节顺序标记除外）', en: 'Zero-width characters, soft hyphens, direction controls and other invisible characters (a byte-order mark at the start excepted)' },
  },
  check(context) {
    reportResidue(context, 'residue-invisible-char');
  },
};
