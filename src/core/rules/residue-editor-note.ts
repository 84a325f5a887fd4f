import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// A site editor's words to its readers (以下是小编为大家整理的…); a report's own 供大家参考 is not one.
export const residueEditorNote: Rule = {
  meta: {
    id: 'residue-editor-note',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '范文网站编者写给读者的导读、祝愿和文库分享说明', en: 'A material site editor’s note to readers and document-sharing blurbs' },
  },
  check(context) {
    reportResidue(context, 'residue-editor-note');
  },
};
