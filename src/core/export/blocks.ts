import { DECLARED_COUNT } from '../count';
import type { AnalyzeResult } from '../engine';
import { matchHeading, type Level } from '../sections';
import { countExcluding, type Span } from '../wordcount';
import type { ExportOptions, FontRole } from './options';

/**
 * The report as the paragraphs of a GB/T 9704 document: title, byline, headings of four levels, body,
 * closing formula, signature and date. Built from the engine's analysis; the writer, the page breaker
 * and the preview all read this one list.
 */

export type BlockKind = 'title' | 'byline' | 'blank' | 'heading' | 'body' | 'closing' | 'signature' | 'date';

export interface Run {
  text: string;
  role: FontRole;
  bold?: boolean;
}

export interface Block {
  kind: BlockKind;
  /** Heading level, for kind 'heading'. */
  level?: Level;
  runs: Run[];
  /** 0-based line of the source text (-1 for the blank line the layout adds under the title). */
  line: number;
  /** Right indent in body characters (signature and date: 右空四字). */
  rightChars?: number;
}

const BLANK = /^[ \t\u3000\uFEFF]+|[ \t\u3000]+$/g;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+/;
/** Punctuation that ends a sentence or a clause: a line ending so is prose, not a title. */
const PROSE_END = /[。；：，、！？;:,]$/;
const MAX_TITLE_CHARS = 60;
const MAX_BYLINE_CHARS = 25;
const MAX_CLOSING_CHARS = 50;
const MAX_SIGNATURE_CHARS = 25;
/** 2024年5月20日, 2024 年 5 月 20 日, 二〇二四年五月二十日. */
const DATE_LINE = /^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})[ \u3000]*年[ \u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*月[ \u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*日$/;
/** Formulas that close a report: 汇报完毕，不妥之处请批评指正。 以上发言，请同志们批评指正。 谢谢大家。 */
const CLOSING = /(汇报完毕|发言完毕|报告完毕|不妥之处|不当之处|批评指正|批评帮助|请审议|谢谢大家|谢谢！|以上(?:是我的|是|为)?(?:发言|汇报|报告|对照检查|意见|心得|体会))/;

const HEADING_ROLE: Record<Level, FontRole> = { 1: 'heading1', 2: 'heading2', 3: 'heading3', 4: 'heading4' };

export function buildBlocks(analysis: AnalyzeResult, options: ExportOptions): Block[] {
  const { model } = analysis;
  const residue: Span[] = analysis.findings.filter((f) => f.category === 'residue').map((f) => ({ start: f.start, end: f.end }));
  const headingAt = new Map(analysis.headings.map((h) => [h.line, h]));
  const blocks: Block[] = [];
  let titleSeen = false;
  let afterTitle = false;
  for (const line of model.lines) {
    const text = line.text.replace(BLANK, '').replace(MARKDOWN_HEADING, '');
    if (text === '') {
      afterTitle = false;
      continue;
    }
    const onlyResidue = countExcluding(model.text, 'non-space', residue, line.start, line.end) === 0;
    // The engine's headings; in Markdown also those behind # marks (## 一、主要工作).
    const heading = headingAt.has(line.index) || MARKDOWN_HEADING.test(line.text.trimStart()) ? matchHeading(text) : undefined;
    if (!titleSeen && !onlyResidue) {
      titleSeen = true;
      if (!heading && text.length <= MAX_TITLE_CHARS && !PROSE_END.test(text)) {
        blocks.push({ kind: 'title', runs: [{ text: options.dropDeclaredCount ? dropDeclared(text) : text, role: 'title' }], line: line.index });
        afterTitle = true;
        continue;
      }
    }
    if (afterTitle && !heading && text.length <= MAX_BYLINE_CHARS && !PROSE_END.test(text)) {
      blocks.push({ kind: 'byline', runs: [{ text, role: 'heading2' }], line: line.index });
      continue;
    }
    afterTitle = false;
    if (heading) {
      blocks.push(headingBlock(text, heading.level, heading.marker.length + heading.offset, line.index, options));
      continue;
    }
    blocks.push({ kind: 'body', runs: [{ text, role: 'body' }], line: line.index });
  }
  markEnding(blocks);
  // The text starts on the grid line under the title (no empty line), so the first page too has 22
  // lines of text like every full page.
  return withBlankAboveSignature(blocks);
}

/**
 * A heading line: the marker and title in the level's font. A （一）… title ending in 。 that runs on
 * into text stays one paragraph; only the heading part takes the heading font.
 */
function headingBlock(text: string, level: Level, titleFrom: number, line: number, options: ExportOptions): Block {
  let end = titleFrom;
  while (end < text.length && !'。！？'.includes(text[end])) end++;
  if (end < text.length) end++;
  const head = text.slice(0, end);
  const rest = text.slice(end);
  const bold = level === 3 && options.level3Bold ? true : undefined;
  const runs: Run[] = [{ text: head, role: HEADING_ROLE[level], ...(bold ? { bold } : {}) }];
  if (rest.trim() !== '') runs.push({ text: rest, role: 'body' });
  return { kind: 'heading', level, runs, line };
}

/** The trailing date line, the name lines above it and the closing formula before them. */
function markEnding(blocks: Block[]): void {
  let i = blocks.length - 1;
  const dateAt = i >= 0 && blocks[i].kind === 'body' && DATE_LINE.test(blocks[i].runs[0].text) ? i : -1;
  if (dateAt >= 0) {
    const date = blocks[dateAt];
    date.kind = 'date';
    date.rightChars = 4;
    i--;
    const dateCells = cells(date.runs[0].text);
    for (let n = 0; n < 2 && i >= 0 && isSignatureLine(blocks[i]); n++, i--) {
      const name = blocks[i];
      name.kind = 'signature';
      // 署名 centred over the date (7.3.5.1).
      name.rightChars = Math.max(0, 4 + Math.round((dateCells - cells(name.runs[0].text)) / 2));
    }
  }
  if (i >= 0 && blocks[i].kind === 'body' && blocks[i].runs[0].text.length <= MAX_CLOSING_CHARS && CLOSING.test(blocks[i].runs[0].text)) {
    blocks[i].kind = 'closing';
  }
}

function isSignatureLine(block: Block): boolean {
  const text = block.runs[0].text;
  return block.kind === 'body' && text.length <= MAX_SIGNATURE_CHARS && !PROSE_END.test(text) && !/[。！？]/.test(text);
}

/** 署名 and 成文日期 follow the text after one empty line (7.3.5). */
function withBlankAboveSignature(blocks: Block[]): Block[] {
  const first = blocks.findIndex((b) => b.kind === 'signature' || b.kind === 'date');
  if (first <= 0) return blocks;
  return [...blocks.slice(0, first), { kind: 'blank', runs: [], line: -1 }, ...blocks.slice(first)];
}

/** The title without its declared （2683字）. */
function dropDeclared(title: string): string {
  const m = DECLARED_COUNT.exec(title);
  if (!m) return title;
  const dropped = (title.slice(0, m.index) + title.slice(m.index + m[0].length)).replace(BLANK, '');
  return dropped === '' ? title : dropped;
}

/** Width in grid cells: a full-width character is one, an ASCII character half. */
export function cells(text: string): number {
  let n = 0;
  for (const ch of text) n += isHalfWidth(ch) ? 0.5 : 1;
  return n;
}

export function isHalfWidth(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return code < 0x1100 || (code >= 0xff61 && code <= 0xffdc);
}
