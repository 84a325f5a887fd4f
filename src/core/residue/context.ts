/**
 * Where a line stands in the document. Sites paste their ads at the top, after the closing line
 * (汇报完毕，不妥之处请批评指正。) and at the very bottom; a real report rarely repeats a line verbatim.
 */
export interface DocumentContext {
  /** Position weight per line: 2 after the closing line, 1 in the first or last lines, else 0. */
  positionWeight: number[];
  /** Trimmed line text → how many lines carry it. */
  lineCounts: Map<string, number>;
  /** Index of the last closing line, or -1. */
  closingLine: number;
}

const CLOSING_LINE = /请审议|汇报完毕|报告完毕|发言完毕|述职完毕|讲课完毕|不妥之处|批评指正|谢谢大家|谢谢！|以上是我的/;
const EDGE_LINES = 2;

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

export function buildContext(lineTexts: readonly string[]): DocumentContext {
  const n = lineTexts.length;
  const nonBlank: number[] = [];
  const lineCounts = new Map<string, number>();
  let closingLine = -1;
  for (let i = 0; i < n; i++) {
    const t = lineTexts[i];
    if (isBlank(t)) continue;
    nonBlank.push(i);
    const key = t.trim();
    lineCounts.set(key, (lineCounts.get(key) ?? 0) + 1);
    // The closing words open the line (residue may be glued after them); a long paragraph that merely
    // mentions 批评指正 somewhere is not the closing line.
    if (CLOSING_LINE.test(t.slice(0, 40))) closingLine = i;
  }
  const positionWeight = new Array<number>(n).fill(0);
  for (let k = 0; k < nonBlank.length; k++) {
    if (k < EDGE_LINES || k >= nonBlank.length - EDGE_LINES) positionWeight[nonBlank[k]] = 1;
  }
  if (closingLine >= 0) for (let i = closingLine + 1; i < n; i++) positionWeight[i] = 2;
  return { positionWeight, lineCounts, closingLine };
}
