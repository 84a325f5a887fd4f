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

  constructor(readonly text: string) {
    this.lines = splitLines(text);
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
