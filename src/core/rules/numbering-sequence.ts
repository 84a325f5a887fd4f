import { structureOf } from '../numbering/analysis';
import { formatNumeral } from '../numbering/markers';
import { renumberGroupFrom } from '../numbering/renumber';
import type { Section } from '../sections';
import type { Rule } from '../rule';
import type { Fix, Messages, TextEdit } from '../types';

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
        report({
          start: section.markerStart,
          end: section.markerEnd,
          message: describe(section, previous, expected),
          fix: lazyRenumberFix(() => renumberGroupFrom(headings, structure, groupIndex, j)),
        });
      });
    });
  },
};

/**
 * Each break's fix renumbers the rest of its group, so computing them all up front costs the square of
 * the group size (30 000 repeated 一、 in a merged file). The edits are made when a view asks for them.
 */
function lazyRenumberFix(compute: () => TextEdit[]): Fix {
  let edits: TextEdit[] | undefined;
  return {
    title: { zh: '从此处起重新连续编号', en: 'Renumber from here on' },
    // Not safe: a skip may mean a section is missing rather than numbered wrong.
    safe: false,
    get edits() {
      return (edits ??= compute());
    },
  };
}

function describe(section: Section, previous: number, expected: number): Messages {
  const { marker, ordinal, parts } = section;
  const want = parts.open + (formatNumeral(parts.numeralKind, expected) ?? String(expected)) + parts.close + parts.separator;
  if (ordinal === previous) return { zh: `序号“${marker}”与上一个同级序号重复，应为“${want}”`, en: `Heading number "${marker}" repeats the previous sibling's; expected "${want}"` };
  if (ordinal < expected) return { zh: `序号“${marker}”倒序，应为“${want}”`, en: `Heading number "${marker}" goes backwards; expected "${want}"` };
  return { zh: `序号“${marker}”跳号，应为“${want}”`, en: `Heading number "${marker}" skips a number; expected "${want}"` };
}
