import type { TextModel } from '../text-model';
import type { TextEdit } from '../types';

/**
 * Blank-line policy for removing whole residue lines. A block is a run of residue lines and the blank
 * lines among and around them. After removal:
 * - between two content lines, the gap becomes the larger of the gaps that stood before and after the
 *   block, capped at the largest gap the document uses between its own paragraphs: paragraphs stay apart
 *   (never merged) and no pile of blank lines is left;
 * - at the end, the text ends with the last content line and the text's own final line break (if any);
 * - at the start, the text begins with the first content line (after a byte-order mark, which stays).
 * The block's removal is split into one edit per residue line, so all of them apply together.
 */
export class BlankLinePolicy {
  private readonly maxGap: number;

  /**
   * `blank`: lines a block may swallow (blank, or an ornament such as ———— framing an ad).
   * `empty`: truly blank lines, which alone measure the gaps between paragraphs.
   */
  constructor(private readonly model: TextModel, private readonly blank: readonly boolean[], empty: readonly boolean[], residueLines: readonly boolean[]) {
    this.maxGap = largestParagraphGap(empty, residueLines);
  }

  /** Edits removing the given residue lines (sorted, one block's worth or several), keyed by line. */
  editsFor(isResidue: (line: number) => boolean, lines: readonly number[]): Map<number, TextEdit> {
    const edits = new Map<number, TextEdit>();
    const done = new Set<number>();
    for (const line of lines) {
      if (done.has(line)) continue;
      const block = this.blockAround(line, isResidue);
      block.residue.forEach((r) => done.add(r));
      const [from, to] = this.region(block);
      const cuts = [from, ...block.residue.slice(1).map((r) => this.model.lines[r].start), to];
      block.residue.forEach((r, k) => edits.set(r, { start: cuts[k], end: cuts[k + 1], newText: '' }));
    }
    return edits;
  }

  private blockAround(line: number, isResidue: (line: number) => boolean): Block {
    const n = this.model.lines.length;
    let first = line;
    // Go back over blank and residue lines to the start of the block.
    while (first > 0 && (this.blank[first - 1] || isResidue(first - 1))) first--;
    let last = line;
    while (last + 1 < n && (this.blank[last + 1] || isResidue(last + 1))) last++;
    const residue: number[] = [];
    for (let i = first; i <= last; i++) if (isResidue(i)) residue.push(i);
    return { first, last, residue };
  }

  private region(block: Block): [number, number] {
    const { lines, text } = this.model;
    const n = lines.length;
    const firstR = block.residue[0];
    const lastR = block.residue[block.residue.length - 1];
    const hasBefore = block.first > 0;
    const hasAfter = block.last < n - 1;
    const textStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (hasBefore && hasAfter) {
      const gapBefore = firstR - block.first;
      const gapAfter = block.last - lastR;
      const target = Math.min(Math.max(gapBefore, gapAfter), this.maxGap < 0 ? Math.max(gapBefore, gapAfter) : this.maxGap);
      if (gapAfter >= target) return [lines[block.first].start, lines[block.last + 1 - target].start];
      return [lines[block.first + target].start, lines[block.last + 1].start];
    }
    if (hasBefore) {
      const endsWithBreak = lines[n - 1].text === '' && n > 1;
      // Keep the previous line's break as the final newline only if the text had one.
      const from = endsWithBreak ? lines[block.first].start : lines[block.first - 1].end;
      return [from, text.length];
    }
    if (hasAfter) return [Math.max(textStart, lines[0].start), lines[block.last + 1].start];
    return [textStart, text.length];
  }
}

interface Block {
  /** First and last line of the block, blank lines included. */
  first: number;
  last: number;
  /** Residue lines of the block, in order. */
  residue: number[];
}

/** The largest run of blank lines between two content lines outside residue; -1 if there is none. */
function largestParagraphGap(blank: readonly boolean[], residue: readonly boolean[]): number {
  let max = -1;
  let previousContent = -1;
  let run = 0;
  let runHasResidue = false;
  for (let i = 0; i < blank.length; i++) {
    if (residue[i]) {
      runHasResidue = true;
      continue;
    }
    if (blank[i]) {
      run++;
      continue;
    }
    if (previousContent >= 0 && !runHasResidue) max = Math.max(max, run);
    previousContent = i;
    run = 0;
    runHasResidue = false;
  }
  return max;
}
