import { structureOf } from '../numbering/analysis';
import { levelName, standardMarker, type Level } from '../numbering/markers';
import type { Rule } from '../rule';

/**
 * GB/T 9704-2012 orders the levels 一、 → （一） → 1. → （1）. 一、 directly followed by 1. is accepted
 * practice (GUIDE); any other skipped level, or a lower level before the first 一、, is flagged.
 */
const ALLOWED_UNDER: Record<Level, readonly Level[]> = { 1: [2, 3], 2: [3], 3: [4], 4: [] };

export const numberingLevelOrder: Rule = {
  meta: {
    id: 'numbering-level-order',
    category: 'numbering',
    defaultSeverity: 'warning',
    description: {
      zh: '层级次序不当（应为 一、→（一）→1.→（1））',
      en: 'Heading level out of order (一、 → （一） → 1. → （1）)',
    },
  },
  check({ headings, report }) {
    const { placements } = structureOf(headings);
    // Without any 一、 the shallowest level used is the top (a short speech numbered （一）（二）…).
    const top = headings.reduce<Level>((min, h) => (h.level < min ? h.level : min), 4);
    headings.forEach((section, index) => {
      const { parent, continues } = placements[index];
      if (continues !== undefined) return;
      const parentLevel = parent < 0 ? undefined : headings[parent].level;
      const allowed = parentLevel === undefined ? [top] : ALLOWED_UNDER[parentLevel];
      if (allowed.includes(section.level)) return;
      const expected = (parentLevel === undefined ? top : Math.min(parentLevel + 1, 4)) as Level;
      const fixed = standardMarker(expected, section.ordinal);
      const where = parentLevel === undefined
        ? { zh: '出现在第一个一级标题之前', en: 'comes before the first level-1 heading' }
        : { zh: `直接出现在${levelName(parentLevel).zh}“${headings[parent].marker}”之下`, en: `sits directly under the ${levelName(parentLevel).en} "${headings[parent].marker}"` };
      report({
        start: section.markerStart,
        end: section.markerEnd,
        message: {
          zh: `“${section.marker}”是${levelName(section.level).zh}，${where.zh}，层级次序应为 一、→（一）→1.→（1）`,
          en: `"${section.marker}" is a ${levelName(section.level).en} and ${where.en}; the order is 一、 → （一） → 1. → （1）`,
        },
        fix: {
          title: { zh: `改为${levelName(expected).zh}“${fixed}”`, en: `Make it a ${levelName(expected).en} "${fixed}"` },
          edits: [{ start: section.markerStart, end: section.markerEnd, newText: fixed }],
          safe: false,
        },
      });
    });
  },
};
