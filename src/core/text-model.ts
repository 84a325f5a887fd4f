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
  const count = previous.lines.length;
  if (old === text) return { lines: previous.lines, map: { head: count, tailOld: count, tailNew: count } };
  const lines: Line[] = [];
  const oldLines = previous.lines;
  // Whole lines compared where they stood (a native comparison a line, not a loop a character). A line
  // is unchanged, break included, when it and the character after its break are: a '\r' followed by an
  // unchanged character cannot have become '\r\n'.
  let k = 0;
  while (k < oldLines.length) {
    const line = oldLines[k];
    const after = line.end + line.eol.length;
    if (line.eol === '' || after >= old.length || after >= text.length || old.charCodeAt(after) !== text.charCodeAt(after)) break;
    if (!sameAt(text, line.start, line)) break;
    lines.push(line);
    k++;
  }
  const regionStart = lines.length ? lines[lines.length - 1].end + lines[lines.length - 1].eol.length : 0;
  // Lines from the end, unchanged with the line break before them, start a line in the new text too.
  const delta = text.length - old.length;
  let firstKept = oldLines.length;
  while (firstKept > k) {
    const line = oldLines[firstKept - 1];
    const at = line.start + delta;
    if (line.start === 0 || at - 1 <= regionStart || old.charCodeAt(line.start - 1) !== text.charCodeAt(at - 1) || !sameAt(text, at, line)) break;
    firstKept--;
  }
  const regionEnd = firstKept < oldLines.length ? oldLines[firstKept].start + delta : text.length;
  const region = splitLines(text.slice(regionStart, regionEnd));
  // A region that ends at a kept line ends with a line break: its last, empty piece is not a line.
  if (firstKept < oldLines.length) region.pop();
  for (const line of region) lines.push({ index: lines.length, start: line.start + regionStart, end: line.end + regionStart, text: line.text, eol: line.eol });
  const map: LineMap = { head: k, tailOld: firstKept, tailNew: lines.length };
  for (let i = firstKept; i < oldLines.length; i++) {
    const line = oldLines[i];
    lines.push({ index: lines.length, start: line.start + delta, end: line.end + delta, text: line.text, eol: line.eol });
  }
  return { lines, map };
}

/** True when `text` holds `line`'s text and line break at `at`. */
function sameAt(text: string, at: number, line: Line): boolean {
  return text.startsWith(line.text, at) && text.startsWith(line.eol, at + line.text.length) && (line.eol !== '' || at + line.text.length === text.length);
}
