import { isHalfWidth, type Block, type Run } from './blocks';
import {
  BODY_CHAR_TWIPS, CHARACTER_SPACING, FIRST_LINE_TWIPS, LINES_PER_PAGE, MARGIN_TWIPS, PAGE_WIDTH_TWIPS,
} from './gbt9704';

/**
 * Line and page breaks on the GB/T 9704 grid, computed the way the word processor breaks them: 28 cells
 * a line (26 after the two-character indent), 22 lines a page, closing punctuation never at the start
 * of a line, opening punctuation never at the end, headings kept with the next line, the title kept
 * together. The preview draws these lines; the export tests compare them with LibreOffice's rendering.
 */

export interface LinePiece {
  text: string;
  role: Run['role'];
  bold?: boolean;
}

export interface PageLine {
  /** Index into the block list. */
  block: number;
  pieces: LinePiece[];
  /** First and last line of its paragraph (the first carries the indent; the last is not justified). */
  first: boolean;
  last: boolean;
}

export interface Page {
  /** 1-based. */
  number: number;
  lines: PageLine[];
}

const TEXT_WIDTH = PAGE_WIDTH_TWIPS - MARGIN_TWIPS.left - MARGIN_TWIPS.right;
const TITLE_CHAR = 440;
const BODY_CHAR = BODY_CHAR_TWIPS + CHARACTER_SPACING;

/** May not start a line (GB/T 15834 and the word processors' kinsoku lists). */
const NO_LINE_START = new Set('，。、；：？！）】》〉」』〕”’%％,.;:?!)]}'.split(''));
/**
 * May hang past the right edge instead of starting the next line (Word's and LibreOffice's default
 * "allow punctuation to overflow the margin"; the marks LibreOffice was seen to hang).
 */
const HANGING = new Set('、。，．；：？！'.split(''));
/** May not end a line. */
const NO_LINE_END = new Set('（【《〈「『〔“‘([{'.split(''));

/**
 * Advance widths of ASCII 32–126 in Times New Roman (per 1000 em; the standard Times-Roman metrics,
 * which Liberation Serif shares): the Latin font of body text, so 2023 or GDP measure as in Word.
 */
const TIMES = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
  556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500,
  500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];

/** Roles whose Latin letters are set in Times New Roman (the others use the CJK font's half-width forms). */
const TIMES_ROLES = new Set<Run['role']>(['body', 'heading3', 'heading4']);

/** Advance of one character in twips, character spacing included. */
export function charWidth(ch: string, role: Run['role']): number {
  if (role === 'title') return isHalfWidth(ch) ? TITLE_CHAR / 2 : TITLE_CHAR;
  if (!isHalfWidth(ch)) return BODY_CHAR;
  const code = ch.charCodeAt(0);
  const em = TIMES_ROLES.has(role) && code >= 32 && code <= 126 ? TIMES[code - 32] / 1000 : 0.5;
  return BODY_CHAR_TWIPS * em + CHARACTER_SPACING;
}

/**
 * Word, WPS and LibreOffice put a quarter em between Chinese and Latin letters or digits (Word's
 * "adjust space between Asian and Latin text / numbers", on by default; LibreOffice ignores the
 * switch in the file, so the export leaves it on and the grid counts it).
 */
const AUTO_SPACE = BODY_CHAR_TWIPS / 4;

function autoSpace(before: string, after: string): number {
  return isLatinOrDigit(before) !== isLatinOrDigit(after) && isCjk(before) !== isCjk(after) ? AUTO_SPACE : 0;
}

function isLatinOrDigit(ch: string): boolean {
  return /[A-Za-z0-9]/.test(ch);
}

function isCjk(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || code >= 0x20000;
}

interface Char {
  ch: string;
  piece: number;
}

/** The lines of one paragraph. */
export function breakLines(block: Block): LinePiece[][] {
  if (block.runs.length === 0) return [[]];
  const chars: Char[] = [];
  block.runs.forEach((r, piece) => {
    for (const ch of r.text) chars.push({ ch, piece });
  });
  const indented = block.kind === 'body' || block.kind === 'heading';
  const right = (block.rightChars ?? 0) * BODY_CHAR_TWIPS;
  const lines: LinePiece[][] = [];
  let start = 0;
  while (start < chars.length) {
    const width = TEXT_WIDTH - right - (indented && lines.length === 0 ? FIRST_LINE_TWIPS : 0);
    let used = 0;
    let end = start;
    while (end < chars.length) {
      const w = charWidth(chars[end].ch, block.runs[chars[end].piece].role) + (end > start ? autoSpace(chars[end - 1].ch, chars[end].ch) : 0);
      if (used + w > width && end > start) break;
      used += w;
      end++;
    }
    if (end < chars.length && HANGING.has(chars[end].ch)) end++;
    else if (end < chars.length) end = keepWord(chars, start, kinsoku(chars, start, end));
    lines.push(toPieces(block, chars.slice(start, end)));
    start = end;
  }
  return lines;
}

/** Moves the break back so that no closing mark starts the next line and no opening mark ends this one. */
function kinsoku(chars: readonly Char[], start: number, end: number): number {
  let e = end;
  while (e - 1 > start && (NO_LINE_START.has(chars[e].ch) || NO_LINE_END.has(chars[e - 1].ch))) e--;
  return e > start ? e : end;
}

/** A number or a Latin word is not split (100% stays whole) unless it is longer than the line. */
function keepWord(chars: readonly Char[], start: number, end: number): number {
  if (end >= chars.length || !isWordChar(chars[end].ch) || !isWordChar(chars[end - 1].ch)) return end;
  let e = end - 1;
  while (e > start && isWordChar(chars[e - 1].ch)) e--;
  return e > start ? e : end;
}

function isWordChar(ch: string): boolean {
  return /[A-Za-z0-9.%]/.test(ch);
}

function toPieces(block: Block, chars: readonly Char[]): LinePiece[] {
  const pieces: LinePiece[] = [];
  let current = -1;
  for (const c of chars) {
    if (c.piece !== current) {
      const r = block.runs[c.piece];
      pieces.push({ text: '', role: r.role, ...(r.bold ? { bold: true } : {}) });
      current = c.piece;
    }
    pieces[pieces.length - 1].text += c.ch;
  }
  return pieces;
}

/** Keep-with-next: a title, byline or heading on its own moves to the next page with what follows. */
function keepsWithNext(block: Block): boolean {
  return block.kind === 'title' || block.kind === 'byline' || (block.kind === 'heading' && block.runs.length === 1);
}

export function paginate(blocks: readonly Block[]): Page[] {
  const laid = blocks.map((b) => breakLines(b));
  const pages: Page[] = [{ number: 1, lines: [] }];
  const room = () => LINES_PER_PAGE - pages[pages.length - 1].lines.length;
  const newPage = () => pages.push({ number: pages.length + 1, lines: [] });
  for (let i = 0; i < blocks.length; i++) {
    // A kept block and its chain of kept successors need their lines plus the next paragraph's first
    // line on one page (the title also keeps its own lines together).
    let needed = 0;
    let j = i;
    while (j < blocks.length && keepsWithNext(blocks[j])) needed += laid[j++].length;
    if (j > i) {
      needed += j < blocks.length ? 1 : 0;
      const onEmptyPage = pages[pages.length - 1].lines.length === 0;
      if (needed > room() && !onEmptyPage && needed <= LINES_PER_PAGE) newPage();
    }
    laid[i].forEach((pieces, n) => {
      if (room() === 0) newPage();
      pages[pages.length - 1].lines.push({ block: i, pieces, first: n === 0, last: n === laid[i].length - 1 });
    });
  }
  return pages;
}
