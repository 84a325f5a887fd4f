import type { LineMap } from './line-cache';

/** A read-only view of a text: lines without their terminators, and offset/position conversion. */

export interface Line {
  /** 0-based line index. */
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
  text: string;
  /** The line break after this line: '\n', '\r\n', '\r' or '' for the last line. */
  eol: string;
}

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export class TextModel {
  readonly lines: Line[];

  /** `lines` only from `reusingLines`, which builds them for this very text. */
  constructor(
    readonly text: string,
    lines?: Line[],
  ) {
    this.lines = lines ?? splitLines(text);
  }

  /**
   * The model of `text`, an edit of `previous.text`: the lines before the edit are the previous line
   * objects, the lines after it keep their text strings (shifted), only the edited region is split again.
   * Equal to `new TextModel(text)`.
   */
  static reusing(previous: TextModel, text: string): { model: TextModel; map: LineMap } {
    const { lines, map } = reusingLines(previous, text);
    return { model: new TextModel(text, lines), map };
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** Binary search over line starts: O(log n) per lookup. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const line = this.lines[lo];
    return { line: lo, character: Math.min(clamped, line.end + line.eol.length) - line.start };
  }

  offsetAt(position: Position): number {
    const line = this.lines[Math.max(0, Math.min(position.line, this.lines.length - 1))];
    return Math.min(line.start + Math.max(0, position.character), line.end);
  }

  lineAt(offset: number): Line {
    return this.lines[this.positionAt(offset).line];
  }
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = lineBreak.exec(text)) !== null) {
    lines.push({ index: lines.length, start, end: match.index, text: text.slice(start, match.index), eol: match[0] });
    start = match.index + match[0].length;
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start), eol: '' });
  return lines;
}

function reusingLines(previous: TextModel, text: string): { lines: Line[]; map: LineMap } {
  const old = previous.text;
  const oldLines = previous.lines;
  const count = oldLines.length;
  if (old === text) return { lines: oldLines, map: { head: count, tailOld: count, tailNew: count } };
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  // Lines whose break ends before the first changed character are unchanged, break included (a '\r'
  // followed by an unchanged character cannot have become '\r\n').
  const k = firstIndex(oldLines, (line) => line.eol === '' || line.end + line.eol.length >= prefix);
  const lines: Line[] = oldLines.slice(0, k);
  const regionStart = k > 0 ? lines[k - 1].end + lines[k - 1].eol.length : 0;
  // Lines that start after a line break lying inside the unchanged tail start a line in the new text too.
  const delta = text.length - old.length;
  const tailFrom = old.length - suffix;
  const firstKept = Math.max(k, firstIndex(oldLines, (line) => line.start - 1 >= tailFrom && line.start + delta > regionStart));
  const regionEnd = firstKept < count ? oldLines[firstKept].start + delta : text.length;
  const region = splitLines(text.slice(regionStart, regionEnd));
  // A region that ends at a kept line ends with a line break: its last, empty piece is not a line.
  if (firstKept < count) region.pop();
  for (const line of region) lines.push({ index: lines.length, start: line.start + regionStart, end: line.end + regionStart, text: detached(line.text), eol: line.eol });
  const map: LineMap = { head: k, tailOld: firstKept, tailNew: lines.length };
  for (let i = firstKept; i < count; i++) {
    const line = oldLines[i];
    lines.push({ index: lines.length, start: line.start + delta, end: line.end + delta, text: line.text, eol: line.eol });
  }
  return { lines, map };
}

/**
 * The line's text as a string of its own. A substring keeps the whole text it was cut from alive, and a
 * kept line outlives its version of the document: without this every version typed would stay in memory.
 */
function detached(text: string): string {
  return (text + ' ').slice(0, -1);
}

/** The first index whose line passes `test` (false up to some index, true from there on), or lines.length. */
function firstIndex(lines: readonly Line[], test: (line: Line) => boolean): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(lines[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// Long runs are compared as substrings (a native comparison), then narrowed down to the character.
const CHUNK = 4096;

/** Length of the longest common prefix of a and b. */
function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let same = 0;
  let step = CHUNK;
  while (same < limit) {
    const to = Math.min(limit, same + step);
    if (a.slice(same, to) === b.slice(same, to)) {
      same = to;
      step *= 2;
      continue;
    }
    let differs = to; // a difference lies in [same, differs)
    while (differs - same > 32) {
      const mid = (same + differs) >> 1;
      if (a.slice(same, mid) === b.slice(same, mid)) same = mid;
      else differs = mid;
    }
    while (same < differs && a.charCodeAt(same) === b.charCodeAt(same)) same++;
    return same;
  }
  return same;
}

/** Length of the longest common suffix of a and b, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let same = 0;
  let step = CHUNK;
  while (same < limit) {
    const to = Math.min(limit, same + step);
    if (a.slice(a.length - to, a.length - same) === b.slice(b.length - to, b.length - same)) {
      same = to;
      step *= 2;
      continue;
    }
    let differs = to;
    while (differs - same > 32) {
      const mid = (same + differs) >> 1;
      if (a.slice(a.length - mid, a.length - same) === b.slice(b.length - mid, b.length - same)) same = mid;
      else differs = mid;
    }
    while (same < differs && a.charCodeAt(a.length - 1 - same) === b.charCodeAt(b.length - 1 - same)) same++;
    return same;
  }
  return same;
}
