import type { Level } from './markers';

/** What the structure analysis needs of a heading: its level and number, in document order. */
export interface HeadingLike {
  level: Level;
  ordinal: number;
}

export interface Placement {
  /** Index of the heading it nests under (by level), -1 at the top. */
  parent: number;
  /** Index into `groups` of the run of siblings whose numbers must be consecutive. */
  group: number;
  /**
   * Set when the heading continues the numbering of an ancestor in another level's style (二、 then 3、
   * or （二） then 3.): the index of that ancestor. Such a heading counts in the ancestor's sequence.
   */
  continues?: number;
}

export interface SiblingGroup {
  level: Level;
  /** Heading indices in document order. */
  members: number[];
}

export interface Structure {
  placements: Placement[];
  groups: SiblingGroup[];
}

/**
 * Places every heading in its sibling sequence in one pass. Siblings are the headings of one level under
 * one parent. A heading that starts a sequence with a number other than 1, where that number follows an
 * ancestor's, is taken as that ancestor's next sibling written in the wrong style (one mistake, reported
 * once, and its sequence stays intact instead of showing a second, false skip). With
 * `detectContinuations` false, headings are placed by level alone (used after a deliberate level change).
 */
export function analyzeStructure(headings: readonly HeadingLike[], detectContinuations = true): Structure {
  const placements: Placement[] = [];
  const groups: SiblingGroup[] = [];
  const groupByKey = new Map<string, number>();
  // A sequence whose first heading continued an ancestor: later headings continuing it go there too.
  const redirected = new Map<string, { group: number; ancestor: number }>();
  const stack: number[] = [];
  const lastOrdinal = (group: number): number => {
    const members = groups[group].members;
    return headings[members[members.length - 1]].ordinal;
  };

  headings.forEach((heading, index) => {
    while (stack.length && headings[stack[stack.length - 1]].level >= heading.level) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : -1;
    const key = `${parent}:${heading.level}`;
    let group = groupByKey.get(key);
    let continues: number | undefined;

    const target = redirected.get(key);
    if (detectContinuations && target !== undefined && heading.ordinal === lastOrdinal(target.group) + 1) {
      continues = target.ancestor;
      group = target.group;
    } else if (detectContinuations && group === undefined && heading.ordinal !== 1) {
      for (let a = parent; a >= 0; a = placements[a].parent) {
        const ancestorGroup = placements[a].group;
        if (heading.ordinal === lastOrdinal(ancestorGroup) + 1) {
          continues = a;
          group = ancestorGroup;
          redirected.set(key, { group: ancestorGroup, ancestor: a });
          break;
        }
      }
    }
    if (continues !== undefined) {
      groups[group!].members.push(index);
      placements.push({ parent, group: group!, continues });
    } else {
      if (group === undefined) {
        group = groups.length;
        groups.push({ level: heading.level, members: [] });
        groupByKey.set(key, group);
      }
      groups[group].members.push(index);
      placements.push({ parent, group });
    }
    stack.push(index);
  });
  return { placements, groups };
}
