import { removeSpan } from '../line-edits';
import type { Rule } from '../rule';

// Markers of a widely copied CMS paywall plugin. The text between them is the real material: only
// the markers go.
const MARKER = /(##|\$\$)\s*(?:paid\s*begin|paid\s*end|page\s*break)\s*\1/gi;

export const paywallMarker: Rule = {
  meta: {
    id: 'paywall-marker',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '付费插件标记（##paidbegin## 等）', en: 'Paywall plugin marker (##paidbegin## and the like)' },
  },
  check({ model, report }) {
    for (const line of model.lines) {
      if (line.text.indexOf('##') < 0 && line.text.indexOf('$$') < 0) continue;
      MARKER.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = MARKER.exec(line.text)) !== null) {
        const start = line.start + m.index;
        const end = start + m[0].length;
        report({
          start,
          end,
          message: { zh: `付费插件残留标记“${m[0]}”`, en: `Leftover paywall marker "${m[0]}"` },
          fix: { title: { zh: `删除标记“${m[0]}”`, en: `Remove marker "${m[0]}"` }, edits: [removeSpan(model, start, end)], safe: true },
        });
      }
    }
  },
};
