import { fold } from './normalize';

/**
 * The browser title of a copied page: the article's title, then a separator and the site's name
 * (党课讲稿：争做合格党员_党课讲稿_笔友范文库, 国企主题教育工作总结 - 星河文库, 调研报告.docx). When the
 * same title also stands on its own line, the page title line goes whole; otherwise only the site's
 * part goes and the title stays.
 */
const SEP = String.raw`(?:_|\s?[-–|｜]\s|[|｜])`;
const SUFFIX = new RegExp(String.raw`(?:${SEP}[^\s_|｜]{1,14}){0,3}?${SEP}\s{0,2}[^\s_|｜]{2,14}(?:网|文库|范文库|素材库|资料库|站)\s*$`);
const PREFIX = /^\s*[【（(]\s{0,2}(?:精选|推荐|热门|原创|最新)\s{0,2}[】）)]/;
const DECOR = /^[【（(]\s{0,2}(?:精选|推荐|热门|原创|最新)\s{0,2}[】）)]|[（(]\s{0,2}(?:精选|通用|\d{1,2}篇)\s{0,2}[）)]|\.docx?$|_[^_]{2,10}$/g;

export interface PageTitle {
  /** Offsets within the line of what goes. */
  start: number;
  end: number;
}

/** For each line, the parts to remove if it is a page title (empty otherwise). */

export function findPageTitles(lineTexts: readonly string[]): PageTitle[][] {
  // Built on the first line that may be a page title: most documents have none.
  let trimmedLines: Set<string> | undefined;
  const trimmed = (): Set<string> => (trimmedLines ??= new Set(lineTexts.map((t) => t.replace(/^\uFEFF/, '').trim()).filter((t) => t.length > 0)));
  return lineTexts.map((text) => {
    if (text.length > 120 || (!text.includes('网') && !text.includes('库') && !text.includes('站') && !/\.docx?\s*$/i.test(text))) return [];
    const folded = fold(text);
    const m = SUFFIX.exec(folded);
    const docx = /\.docx?\s*$/i.exec(folded);
    if (!m && !docx) return [];
    const head = folded.slice(0, m ? m.index : docx!.index).replace(/^\uFEFF/, '').trim();
    const core = head.replace(DECOR, '').trim();
    if (core.length < 4) return [];
    const start = text.length - text.replace(/^\uFEFF/, '').trimStart().length;
    if ([...trimmed()].some((t) => t !== text.trim() && fold(t) === core)) return [{ start, end: text.trimEnd().length }];
    if (!m) return [];
    // The only title: it stays, without the site's name and the site's 【精选】.
    const prefix = PREFIX.exec(folded.slice(start));
    const parts: PageTitle[] = prefix ? [{ start: start + prefix.index, end: start + prefix[0].length }] : [];
    parts.push({ start: m.index, end: text.trimEnd().length });
    return parts;
  });
}
