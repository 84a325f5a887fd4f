import type { Section } from '../sections';

/** Per 0-based line, the offset just past its heading marker: marks inside a marker belong to the numbering rules. */
export function markerEnds(headings: readonly Section[]): Map<number, number> {
  const ends = new Map<number, number>();
  for (const h of headings) ends.set(h.line, h.markerEnd);
  return ends;
}
