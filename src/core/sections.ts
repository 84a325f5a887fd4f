import { CHINESE_ORDINAL_SOURCE, parseChineseOrdinal } from './chinese-numerals';
import type { TextModel } from './text-model';

/** Heading levels of GB/T 9704-2012: 一、 → （一） → 1. → （1）. */
export type Level = 1 | 2 | 3 | 4;

export interface Section {
  level: Level;
  /** The marker as written, e.g. "（一）" or "1." (without following spaces). */
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
}

const ORD = CHINESE_ORDINAL_SOURCE;
const HEADING_PATTERNS: Array<{ level: Level; re: RegExp; parse: (m: RegExpExecArray) => number }> = [
  { level: 1, re: new RegExp(`^(${ORD})、`), parse: (m) => parseChineseOrdinal(m[1]) },
  { level: 2, re: new RegExp(`^（(${ORD})）`), parse: (m) => parseChineseOrdinal(m[1]) },
  { level: 3, re: /^(\d{1,3})\.(?!\d)/, parse: (m) => Number(m[1]) },
  { level: 4, re: /^（(\d{1,3})）/, parse: (m) => Number(m[1]) },
];

const TITLE_END = /[。！？]/;

/** Recognises a heading at the start of a line (leading spaces allowed). */
export function matchHeading(lineText: string): { level: Level; marker: string; ordinal: number; offset: number } | undefined {
  const indent = /^[ \t\u3000]*/.exec(lineText)![0].length;
  const rest = lineText.slice(indent);
  for (const { level, re, parse } of HEADING_PATTERNS) {
    const m = re.exec(rest);
    if (!m) continue;
    const ordinal = parse(m);
    if (!Number.isFinite(ordinal) || ordinal < 1) continue;
    return { level, marker: m[0], ordinal, offset: indent };
  }
  return undefined;
}

export function headingTitle(afterMarker: string): string {
  const trimmed = afterMarker.replace(/^[ \t\u3000]+/, '');
  const end = trimmed.search(TITLE_END);
  return (end < 0 ? trimmed : trimmed.slice(0, end)).trimEnd();
}

/** Builds the section tree in one pass. A skipped level nests under the nearest shallower heading. */
export function buildSections(model: TextModel): { roots: Section[]; headings: Section[] } {
  const roots: Section[] = [];
  const headings: Section[] = [];
  const stack: Section[] = [];
  for (const line of model.lines) {
    const match = matchHeading(line.text);
    if (!match) continue;
    const markerStart = line.start + match.offset;
    const section: Section = {
      level: match.level,
      marker: match.marker,
      ordinal: match.ordinal,
      title: headingTitle(line.text.slice(match.offset + match.marker.length)),
      line: line.index,
      markerStart,
      markerEnd: markerStart + match.marker.length,
      lineEnd: line.end,
      lastLine: line.index,
      children: [],
    };
    while (stack.length && stack[stack.length - 1].level >= section.level) stack.pop();
    (stack.length ? stack[stack.length - 1].children : roots).push(section);
    stack.push(section);
    headings.push(section);
  }
  setLastLines(roots, lastContentLine(model));
  return { roots, headings };
}

function lastContentLine(model: TextModel): number {
  let last = model.lineCount - 1;
  while (last > 0 && model.lines[last].text.trim() === '') last--;
  return last;
}

function setLastLines(siblings: Section[], parentLast: number): void {
  siblings.forEach((section, i) => {
    section.lastLine = i + 1 < siblings.length ? siblings[i + 1].line - 1 : parentLast;
    setLastLines(section.children, section.lastLine);
  });
}
