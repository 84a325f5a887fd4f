import { parseMarker, type Level, type MarkerParts } from './numbering/markers';
import { NO_LINE_CACHE, type LineCache } from './line-cache';
import type { TextModel } from './text-model';

export type { Level } from './numbering/markers';

export interface Section {
  level: Level;
  /** The marker as written, e.g. "（一）" or "1." (mistaken variants too: "（一）、", "1、"). */
  marker: string;
  /** The number the marker stands for (一 = 1). */
  ordinal: number;
  /** Heading text after the marker up to the first 。！？ or the end of the line. */
  title: string;
  /** 0-based line of the heading. */
  line: number;
  /** Offsets of the marker in the text. */
  markerStart: number;
  markerEnd: number;
  /** Offset of the end of the heading line (before its line break). */
  lineEnd: number;
  /** 0-based last line of the section (before the next heading of the same or a higher level). */
  lastLine: number;
  children: Section[];
  /** The marker split into parenthesis, numeral and separator as written; the numbering rules read it. */
  parts: MarkerParts;
  /** Offset where the title starts (after the marker and any blanks). */
  titleStart: number;
  /** Offset just past the title. */
  titleEnd: number;
}

/** Recognises a heading at the start of a line (leading blanks allowed). */
export function matchHeading(lineText: string): { level: Level; marker: string; ordinal: number; offset: number } | undefined {
  const parsed = parseMarker(lineText);
  return parsed && { level: parsed.level, marker: parsed.text, ordinal: parsed.ordinal, offset: parsed.offset };
}

/**
 * Start and end of the title inside text[from..]: blanks skipped, cut at the first 。！？. Offsets are
 * relative to `from`. Code-unit tests instead of a regex per character and no copy of the line: this runs
 * for every heading.
 */
function titleSpan(text: string, from = 0): { start: number; end: number } {
  let start = from;
  while (start < text.length && isTitleBlank(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && !isTitleEnd(text.charCodeAt(end))) end++;
  while (end > start && isTitleBlank(text.charCodeAt(end - 1))) end--;
  return { start: start - from, end: end - from };
}

// ' ', '\t', U+3000
function isTitleBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

// 。！？
function isTitleEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

/** Builds the section tree in one pass. A skipped level nests under the nearest shallower heading. */
export function buildSections(model: TextModel, cache: LineCache = NO_LINE_CACHE): { roots: Section[]; headings: Section[] } {
  const roots: Section[] = [];
  const headings: Section[] = [];
  const stack: Section[] = [];
  const markers = cache.table<ReturnType<typeof parseMarker>>('heading-marker');
  for (const line of model.lines) {
    const parsed = markers.get(line.index, line.text, '', parseMarker);
    if (!parsed) continue;
    const markerStart = line.start + parsed.offset;
    const markerEnd = markerStart + parsed.text.length;
    const span = titleSpan(line.text, parsed.offset + parsed.text.length);
    const section: Section = {
      level: parsed.level,
      marker: parsed.text,
      ordinal: parsed.ordinal,
      title: model.text.slice(markerEnd + span.start, markerEnd + span.end),
      line: line.index,
      markerStart,
      markerEnd,
      lineEnd: line.end,
      lastLine: line.index,
      children: [],
      parts: { open: parsed.open, numeral: parsed.numeral, numeralKind: parsed.numeralKind, close: parsed.close, separator: parsed.separator },
      titleStart: markerEnd + span.start,
      titleEnd: markerEnd + span.end,
    };
    while (stack.length && stack[stack.length - 1].level >= section.level) stack.pop();
    (stack.length ? stack[stack.length - 1].children : roots).push(section);
    stack.push(section);
    headings.push(section);
  }
  setLastLines(model, roots, lastContentLine(model));
  return { roots, headings };
}

function lastContentLine(model: TextModel): number {
  let last = model.lineCount - 1;
  while (last > 0 && model.lines[last].text.trim() === '') last--;
  return last;
}

/** A section ends before its next sibling, or with its parent; trailing blank lines are left out. */
function setLastLines(model: TextModel, siblings: Section[], parentLast: number): void {
  siblings.forEach((section, i) => {
    let last = i + 1 < siblings.length ? siblings[i + 1].line - 1 : parentLast;
    while (last > section.line && model.lines[last].text.trim() === '') last--;
    section.lastLine = last;
    setLastLines(model, section.children, section.lastLine);
  });
}
