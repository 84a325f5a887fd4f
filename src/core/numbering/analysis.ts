import type { Section } from '../sections';
import { analyzeStructure, type Structure } from './structure';

// The numbering rules all read the same structure; it is computed once per analysis (per headings array).
const cache = new WeakMap<readonly Section[], Structure>();

export function structureOf(headings: readonly Section[]): Structure {
  let structure = cache.get(headings);
  if (!structure) {
    structure = analyzeStructure(headings);
    cache.set(headings, structure);
  }
  return structure;
}

/** True for a heading taken as an ancestor's next sibling in the wrong style; the mixed-style rule owns it. */
export function continuesAncestor(headings: readonly Section[], index: number): boolean {
  return structureOf(headings).placements[index].continues !== undefined;
}
