import type { Section } from '../sections';
import type { Messages, TextEdit } from '../types';
import { formatNumeral, standardMarker, type Level } from './markers';
import { structureOf } from './analysis';
import { analyzeStructure, type Structure } from './structure';

/**
 * Renumbering as pure edit computations: each returns the edits (against the analysed text) that make
 * the numbers consecutive. Only numerals change; parentheses and punctuation stay as written.
 */

/** The edit that writes `ordinal` into a heading's numeral, in the same kind of numeral. */
export function numeralEdit(section: Section, ordinal: number): TextEdit | undefined {
  if (section.ordinal === ordinal) return undefined;
  const formatted = formatNumeral(section.parts.numeralKind, ordinal);
  if (formatted === undefined) {
    // ⑴ stops at ⒇: past it, write the standard marker of the level instead.
    return { start: section.markerStart, end: section.markerEnd, newText: standardMarker(section.level, ordinal) };
  }
  const start = section.markerStart + section.parts.open.length;
  return { start, end: start + section.parts.numeral.length, newText: formatted };
}

/** Renumbers members of one sibling group from member `from` on, continuing from the member before it. */
export function renumberGroupFrom(headings: readonly Section[], structure: Structure, group: number, from: number): TextEdit[] {
  const members = structure.groups[group].members;
  let next = from === 0 ? 1 : headings[members[from - 1]].ordinal + 1;
  const edits: TextEdit[] = [];
  for (let j = from; j < members.length; j++, next++) {
    const edit = numeralEdit(headings[members[j]], next);
    if (edit) edits.push(edit);
  }
  return edits;
}

/** Consecutive numbers 1, 2, 3 … in every sibling group of the document. */
export function renumberDocument(headings: readonly Section[]): TextEdit[] {
  const structure = structureOf(headings);
  const edits: TextEdit[] = [];
  structure.groups.forEach((_, group) => edits.push(...renumberGroupFrom(headings, structure, group, 0)));
  return edits.sort((a, b) => a.start - b.start);
}

/** Index of the heading on `line` or, if none, of the nearest heading above it. */
export function headingAtOrAbove(headings: readonly Section[], line: number): number {
  let found = -1;
  for (let i = 0; i < headings.length && headings[i].line <= line; i++) found = i;
  return found;
}

/** Renumbers the siblings from the heading at (or above) `line` to the end of its group. */
export function renumberSiblingsFrom(headings: readonly Section[], line: number): TextEdit[] {
  const index = headingAtOrAbove(headings, line);
  if (index < 0) return [];
  const structure = structureOf(headings);
  const group = structure.placements[index].group;
  const from = structure.groups[group].members.indexOf(index);
  // The heading at the cursor itself keeps the place the writer gave it only if it is the group's first.
  return renumberGroupFrom(headings, structure, group, from);
}

export type LevelChange = { edits: TextEdit[] } | { error: Messages };

/**
 * Promotes (delta -1) or demotes (delta +1) the heading at or above `line` with its subsections. The moved
 * markers take the standard form of their new level; the sequences they leave and join are renumbered.
 */
export function changeLevel(headings: readonly Section[], line: number, delta: -1 | 1): LevelChange {
  const index = headingAtOrAbove(headings, line);
  if (index < 0) return { error: { zh: '光标处没有标题', en: 'No heading at the cursor' } };
  let end = index + 1;
  while (end < headings.length && headings[end].level > headings[index].level) end++;
  const levels = headings.map((h, i) => (i >= index && i < end ? h.level + delta : h.level));
  if (levels.some((l) => l < 1 || l > 4)) {
    return delta < 0
      ? { error: { zh: '已是第一级标题，无法再升级', en: 'Already a level-1 heading' } }
      : { error: { zh: '降级后会超出第四级（（1））', en: 'Demoting would go below level 4 ((1))' } };
  }
  const before = structureOf(headings);
  const oldGroup = before.groups[before.placements[index].group].members;
  const leftBehind = oldGroup.slice(oldGroup.indexOf(index) + 1);
  // Placed by level only: the moved headings' old numbers must not be read as a style mistake.
  const after = analyzeStructure(headings.map((h, i) => ({ level: levels[i] as Level, ordinal: h.ordinal })), false);
  const affected = new Set<number>();
  for (let i = index; i < end; i++) affected.add(after.placements[i].group);
  for (const i of leftBehind) affected.add(after.placements[i].group);

  const edits: TextEdit[] = [];
  for (const group of affected) {
    after.groups[group].members.forEach((member, j) => {
      const section = headings[member];
      if (member >= index && member < end) {
        edits.push({ start: section.markerStart, end: section.markerEnd, newText: standardMarker(levels[member] as Level, j + 1) });
      } else {
        const edit = numeralEdit(section, j + 1);
        if (edit) edits.push(edit);
      }
    });
  }
  // Moved headings in groups that did not change still need their new marker.
  for (let i = index; i < end; i++) {
    if (affected.has(after.placements[i].group)) continue;
    edits.push({ start: headings[i].markerStart, end: headings[i].markerEnd, newText: standardMarker(levels[i] as Level, headings[i].ordinal) });
  }
  return { edits: edits.sort((a, b) => a.start - b.start) };
}
