import type { Level, Section } from '../sections';
import type { TextModel } from '../text-model';
import type { Messages } from '../types';
import { formatEnumerator, formatMarker, lastEnumerator, leadingEnumerator } from './markers';

export type SuggestionKind = 'first' | 'sibling' | 'child' | 'outer' | 'enumeration';

export interface OrdinalSuggestion {
  /** What is inserted: （三）, 三、, 1., 三是. */
  label: string;
  kind: SuggestionKind;
  /** 0 is the best guess; the adapter sorts by it and preselects rank 0. */
  rank: number;
  /** The suggestion replaces text[replaceStart, offset): the part of the marker already typed. */
  replaceStart: number;
  detail: Messages;
}

const MAX_ORDINAL = 99;

/**
 * Next numbering at `offset`: at the start of a line, the next sibling of the heading above (（二）→（三）),
 * its first child (一、→（一）), and the next sibling of each enclosing heading; after a sentence that
 * follows 一是/二是 in the paragraph (or at the start of the line after one), the next enumerator.
 * `headings` are the engine's headings in document order, so nothing is re-parsed here.
 */
export function nextOrdinals(model: TextModel, headings: readonly Section[], offset: number): OrdinalSuggestion[] {
  const position = model.positionAt(offset);
  const line = model.lines[position.line];
  const before = line.text.slice(0, position.character);
  const indent = /^[ \t\u3000]*/.exec(before)![0].length;
  const typed = before.slice(indent);
  const atLineStart = offset - typed.length;
  const suggestions: OrdinalSuggestion[] = [];

  const previousLine = previousContentLine(model, position.line);
  const enumerationParagraph = previousLine !== undefined && leadingEnumerator(previousLine) > 0;

  for (const candidate of headingCandidates(model, headings, position.line)) {
    if (!candidate.label.startsWith(typed)) continue;
    suggestions.push({ ...candidate, rank: candidate.rank + (enumerationParagraph ? 1 : 0), replaceStart: atLineStart });
  }

  const enumeration = enumerationCandidate(before, previousLine);
  if (enumeration) {
    const replaceStart = partialStart(before, enumeration.label);
    if (replaceStart !== undefined) {
      suggestions.push({ ...enumeration, rank: enumerationParagraph ? 0 : suggestions.length, replaceStart: line.start + replaceStart });
    }
  }
  return suggestions.sort((a, b) => a.rank - b.rank);
}

type Candidate = Omit<OrdinalSuggestion, 'replaceStart'>;

function headingCandidates(model: TextModel, headings: readonly Section[], lineIndex: number): Candidate[] {
  const index = lastIndexBefore(headings, lineIndex);
  if (index < 0) return [{ label: formatMarker(1, 1), kind: 'first', rank: 0, detail: { zh: '第一个一级标题', en: 'First level-1 heading' } }];
  const heading = headings[index];
  const chain = ancestors(headings, index);
  const candidates: Candidate[] = [];
  // Right under a heading that is only a title (一、收获体会), the writer is opening its first child.
  const childFirst = isTitleOnly(model, heading) && nothingBetween(model, heading.line, lineIndex);
  if (heading.level < 4) {
    const level = (heading.level + 1) as Level;
    candidates.push({
      label: formatMarker(level, 1),
      kind: 'child',
      rank: childFirst ? 0 : 1,
      detail: { zh: `“${heading.marker}”下的第一个下级标题`, en: `First subheading under "${heading.marker}"` },
    });
  }
  chain.forEach((section, depth) => {
    if (section.ordinal >= MAX_ORDINAL) return;
    candidates.push({
      label: formatMarker(section.level, section.ordinal + 1),
      kind: depth === 0 ? 'sibling' : 'outer',
      rank: depth === 0 ? (childFirst ? 1 : 0) : depth + 1,
      detail: { zh: `“${section.marker}”之后的同级标题`, en: `Next heading after "${section.marker}"` },
    });
  });
  return candidates;
}

function enumerationCandidate(before: string, previousLine: string | undefined): Candidate | undefined {
  let last = lastEnumerator(before);
  if (last === 0 && previousLine !== undefined && before.trim().length <= 2) last = leadingEnumerator(previousLine);
  if (last === 0 || last >= MAX_ORDINAL) return undefined;
  const label = formatEnumerator(last + 1);
  return { label, kind: 'enumeration', rank: 0, detail: { zh: `列举的下一项（${formatEnumerator(last)}之后）`, en: `Next item after ${formatEnumerator(last)}` } };
}

/**
 * Where an enumerator may be inserted: right after a sentence or clause break, or at the start of the
 * line, possibly with the first characters of the label already typed. Undefined if neither holds.
 */
function partialStart(before: string, label: string): number | undefined {
  for (let k = Math.min(label.length - 1, before.length); k >= 0; k--) {
    const start = before.length - k;
    if (k > 0 && !label.startsWith(before.slice(start))) continue;
    const previous = before.slice(0, start).trimEnd();
    if (previous === '' || /[。；！？：]$/.test(previous)) return start;
  }
  return undefined;
}

function lastIndexBefore(headings: readonly Section[], lineIndex: number): number {
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid].line < lineIndex) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The heading at `index` and the headings that enclose it, innermost first. */
function ancestors(headings: readonly Section[], index: number): Section[] {
  const chain = [headings[index]];
  for (let i = index - 1; i >= 0 && chain[chain.length - 1].level > 1; i--) {
    if (headings[i].level < chain[chain.length - 1].level) chain.push(headings[i]);
  }
  return chain;
}

function isTitleOnly(model: TextModel, heading: Section): boolean {
  const rest = model.lines[heading.line].text.slice(heading.markerEnd - model.lines[heading.line].start).trim();
  const stop = rest.search(/[。！？]/);
  return stop < 0 || stop === rest.length - 1;
}

function nothingBetween(model: TextModel, headingLine: number, lineIndex: number): boolean {
  for (let i = headingLine + 1; i < lineIndex; i++) if (model.lines[i].text.trim() !== '') return false;
  return true;
}

function previousContentLine(model: TextModel, lineIndex: number): string | undefined {
  for (let i = lineIndex - 1; i >= 0; i--) if (model.lines[i].text.trim() !== '') return model.lines[i].text;
  return undefined;
}
