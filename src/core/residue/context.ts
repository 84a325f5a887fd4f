import { NO_LINE_CACHE, type LineCache } from '../line-cache';

/**
 * Where a line stands in the document. A line's verdict does not depend on where it sits, except that
 * the block before the body (above and around the title) and the tail after the closing line
 * (汇报完毕，不妥之处请批评指正。) or after the last paragraph add certainty; a real report rarely repeats
 * a line verbatim.
 */
export interface DocumentContext {
  /** Position weight per line: 2 after the closing line, 1 before the body or after its last paragraph, else 0. */
  positionWeight: number[];
  /** Trimmed line text → how many lines carry it. */
  lineCounts: Map<string, number>;
  /** Index of the last closing line, or -1. */
  closingLine: number;
  /** Index of the first line of the body (a heading or a finished paragraph), or -1. */
  firstBody: number;
}

const CLOSING_LINE = /请审议|汇报完毕|报告完毕|发言完毕|述职完毕|讲课完毕|不妥之处|批评指正|谢谢大家|谢谢！|以上是我的/;
// A paragraph of the body: a heading, or a finished sentence of some length.
const BODY_HEADING = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)/;
const FINISHED = /[。；！？][”’）]*[ \t\u3000]*$/;

function isBodyLine(text: string): boolean {
  if (BODY_HEADING.test(text)) return true;
  let cjk = 0;
  for (let i = 0; i < text.length && cjk < 20; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
  }
  return cjk >= 20 && FINISHED.test(text);
}

export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0xfeff && c !== 0xa0) return false;
  }
  return true;
}

/**
 * A line of nothing but rules or ornaments (————, ====, ***, ---). Next to residue it is the ad's frame
 * and goes with it; elsewhere it is left alone like a blank line.
 */
export function isOrnament(text: string): boolean {
  const t = text.trim();
  if (t.length < 3) return false;
  for (const ch of t) if (!ORNAMENT_CHARS.has(ch)) return false;
  return true;
}

const ORNAMENT_CHARS = new Set([...'-—–－=＝*＊_＿~～·•●○★☆◆◇■□▲△#＃+＋.。…>《》<|｜ \u3000']);

// What buildContext reads of one non-blank line, as bits: a pure function of the text, so the incremental
// analysis keeps it per line (line-cache.ts).
const CLOSING = 1;
const BODY = 2;

function lineShape(text: string): number {
  // The closing words open the line (residue may be glued after them); a long paragraph that merely
  // mentions 批评指正 somewhere is not the closing line.
  return (CLOSING_LINE.test(text.slice(0, 40)) ? CLOSING : 0) | (isBodyLine(text) ? BODY : 0);
}

export function buildContext(lineTexts: readonly string[], cache: LineCache = NO_LINE_CACHE): DocumentContext {
  const n = lineTexts.length;
  const shapes = cache.table<number>('residue-line-shape');
  const nonBlank: number[] = [];
  const shapeOf: number[] = [];
  const lineCounts = new Map<string, number>();
  let closingLine = -1;
  for (let i = 0; i < n; i++) {
    const t = lineTexts[i];
    if (isBlank(t)) continue;
    nonBlank.push(i);
    const key = t.trim();
    lineCounts.set(key, (lineCounts.get(key) ?? 0) + 1);
    const shape = shapes.get(i, t, '', lineShape);
    shapeOf.push(shape);
    if (shape & CLOSING) closingLine = i;
  }
  const positionWeight = new Array<number>(n).fill(0);
  let firstBody = -1;
  let lastBody = -1;
  nonBlank.forEach((i, k) => {
    if (!(shapeOf[k] & BODY)) return;
    if (firstBody < 0) firstBody = i;
    lastBody = i;
  });
  if (firstBody >= 0) {
    for (let i = 0; i < firstBody; i++) positionWeight[i] = 1;
    for (let i = lastBody + 1; i < n; i++) positionWeight[i] = 1;
  }
  if (closingLine >= 0) for (let i = closingLine + 1; i < n; i++) positionWeight[i] = 2;
  return { positionWeight, lineCounts, closingLine, firstBody };
}
