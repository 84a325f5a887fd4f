import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// Markers of a widely copied CMS paywall plugin. The text between them is the real (paid) material:
// only the markers go.
export const paywallMarker: Rule = {
  meta: {
    id: 'paywall-marker',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '付费插件标记（##paidbegin##、$$paidend$$、##pagebreak## 等），仅删除标记，保留标记之间的正文', en: 'Paywall plugin marker (##paidbegin##, $$paidend$$, ##pagebreak## and variants); only the marker goes, the text between markers stays' },
  },
  check(context) {
    reportResidue(context, 'paywall-marker');
  },
};
