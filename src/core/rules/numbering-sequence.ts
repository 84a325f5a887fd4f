import { structureOf } from '../numbering/analysis';
import { formatNumeral } from '../numbering/markers';
import { renumberGroupFrom } from '../numbering/renumber';
import type { Section } from '../sections';
import type { Rule } from '../rule';
import type { Messages } from '../types';

/** Siblings are numbered 1, 2, 3 …: flags the first number that skips, repeats or goes back. */
export const numberingSequence: Rule = {
  meta: {
    id: 'numbering-sequence',
    category: 'numbering',
    defaultSeverity: 'warning',
    description: { zh: '同级序号跳号、重号或倒序', en: 'A heading number skipped, repeated or out of order among its siblings' },
  },
  check({ headings, report }) {
    const structure = structureOf(headings);
    structure.groups.forEach((group, groupIndex) => {
      group.members.forEach((member, j) => {
        const section = headings[member];
        const previous = j === 0 ? 0 : headings[group.members[j - 1]].ordinal;
        const expected = previous + 1;
        if (section.ordinal === expected) return;
        const edits = renumberGroupFrom(headings, structure, groupIndex, j);
        report({
          start: section.markerStart,
          end: section.markerEnd,
          message: describe(section, previous, expected),
          // Not safe: a skip may mean a section is missing rather than numbered wrong.
          fix: { title: { zh: '从此处起重新连续编号', en: 'Renumber from here on' }, edits, safe: false },
        });
      });
    });
  },
};

function describe(section: Section, previous: number, expected: number): Messages {
  const { marker, ordinal, parts } = section;
  const want = parts.open + (formatNumeral(parts.numeralKind, expected) ?? String(expected)) + parts.close + parts.separator;
  if (ordinal === previous) return { zh: `序号“${marker}”与上一个同级序号重复，应为“${want}”`, en: `Heading number "${marker}" repeats the previous sibling's; expected "${want}"` };
  if (ordinal < expected) return { zh: `序号“${marker}”倒序，应为“${want}”`, en: `Heading number "${marker}" goes backwards; expected "${want}"` };
  return { zh: `序号“${marker}”跳号，应为“${want}”`, en: `Heading number "${marker}" skips a number; expected "${want}"` };
}
