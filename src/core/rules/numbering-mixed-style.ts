import { structureOf } from '../numbering/analysis';
import { standardMarker } from '../numbering/markers';
import type { Rule } from '../rule';

/**
 * A heading that continues an ancestor's numbering in another level's style (二、 then 3、, or （二） then
 * 3.) mixes two numbering systems at one level. The fix writes the ancestor level's marker; it is not
 * safe because the writer may instead have meant a sub-item with a wrong number.
 */
export const numberingMixedStyle: Rule = {
  meta: {
    id: 'numbering-mixed-style',
    category: 'numbering',
    defaultSeverity: 'warning',
    description: {
      zh: '同一层级混用不同序号样式（二、之后写成 3、）',
      en: 'Numbering styles mixed at one level (二、 followed by 3、)',
    },
  },
  check({ headings, report }) {
    const { placements } = structureOf(headings);
    headings.forEach((section, index) => {
      const ancestor = placements[index].continues;
      if (ancestor === undefined) return;
      const fixed = standardMarker(headings[ancestor].level, section.ordinal);
      const previous = headings[ancestor].marker;
      report({
        start: section.markerStart,
        end: section.markerEnd,
        message: {
          zh: `“${section.marker}”接续“${previous}”的编号，却用了另一级的样式，应为“${fixed}”`,
          en: `"${section.marker}" continues the numbering of "${previous}" in another level's style; write "${fixed}"`,
        },
        fix: {
          title: { zh: `改为“${fixed}”`, en: `Change to "${fixed}"` },
          edits: [{ start: section.markerStart, end: section.markerEnd, newText: fixed }],
          safe: false,
        },
      });
    });
  },
};
