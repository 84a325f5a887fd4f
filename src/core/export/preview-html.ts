import type { Block } from './blocks';
import { PAGE_NUMBER_INDENT_TWIPS } from './gbt9704';
import type { ExportOptions, FontRole } from './options';
import type { Page } from './paginate';
import { escapeXml } from './xml';

/**
 * The pages as HTML for the preview: A4 sheets in millimetres, each line of the page breaker one row of
 * the 22-line grid, so the preview shows the lines and page breaks the export has. Pure: the editor
 * wraps it in a webview with its own CSP.
 */

/** Installed names on Windows, macOS and Linux after the configured font (CSS falls back in order). */
const FALLBACKS: Record<FontRole, string[]> = {
  title: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', 'SimSun', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'],
  body: ['仿宋', 'FangSong', '仿宋_GB2312', 'FangSong_GB2312', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'],
  heading1: ['黑体', 'SimHei', 'STHeiti', 'Heiti SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'sans-serif'],
  heading2: ['楷体', 'KaiTi', '楷体_GB2312', 'KaiTi_GB2312', 'STKaiti', 'Kaiti SC', 'Noto Serif CJK SC', 'serif'],
  heading3: ['仿宋', 'FangSong', '仿宋_GB2312', 'FangSong_GB2312', 'STFangsong', 'Noto Serif CJK SC', 'serif'],
  heading4: ['仿宋', 'FangSong', '仿宋_GB2312', 'FangSong_GB2312', 'STFangsong', 'Noto Serif CJK SC', 'serif'],
  pageNumber: ['宋体', 'SimSun', 'STSong', 'Songti SC', 'Noto Serif CJK SC', 'serif'],
};

// The CJK font comes first for every character, Latin ones included: Word sets quotation marks (“”)
// in the East Asian font (w:hint="eastAsia"), and a Latin font first would draw them narrow.
function fontStack(options: ExportOptions, role: FontRole): string {
  return [...new Set([options.fonts[role], ...FALLBACKS[role]])]
    .map((f) => (f === 'serif' || f === 'sans-serif' ? f : `"${f.replace(/["\\]/g, '')}"`))
    .join(', ');
}

const MAX_RIGHT_CHARS = 28;

/** The style sheet of the pages (fonts from the options). */
export function previewCss(options: ExportOptions): string {
  const roles = (Object.keys(FALLBACKS) as FontRole[]).map((role) => `.r-${role}{font-family:${fontStack(options, role)}}`).join('\n');
  const indent = `${PAGE_NUMBER_INDENT_TWIPS / 20}pt`;
  const right = Array.from({ length: MAX_RIGHT_CHARS }, (_, i) => `.rc-${i + 1}{padding-right:${(i + 1) * 16}pt}`).join('');
  return `
.page{position:relative;box-sizing:border-box;width:210mm;height:297mm;padding:37mm 26mm 0 28mm;margin:0 auto 8mm;background:#fff;color:#000;box-shadow:0 1px 6px rgba(0,0,0,.35);overflow:hidden}
.block{width:156mm;height:225mm}
.line{height:28.95pt;line-height:28.95pt;font-size:16pt;letter-spacing:-0.25pt;white-space:pre;overflow:visible;text-align:justify;text-align-last:justify}
.line.last{text-align-last:left}
.line.first.indent{padding-left:32pt}
.line.k-title{font-size:22pt;letter-spacing:0;text-align:center;text-align-last:center}
.line.k-byline,.line.k-blank{text-align:center;text-align-last:center}
.line.k-closing,.line.k-signature,.line.k-date{text-align:right;text-align-last:right}
.b{font-weight:bold}
.pageno{position:absolute;top:265.6mm;font-size:14pt;line-height:1.3;letter-spacing:0}
.pageno.odd{right:calc(26mm + ${indent})}
.pageno.even{left:calc(28mm + ${indent})}
${right}
${roles}`;
}

/** The pages (sheets with their lines and page numbers), `data-page` and `data-lines` for the script. */
export function previewPagesHtml(pages: readonly Page[], blocks: readonly Block[]): string {
  return pages.map((page) => {
    const lines = page.lines.map((line) => {
      const block = blocks[line.block];
      const classes = ['line', `k-${block.kind}`];
      if (line.first) classes.push('first');
      if (line.last) classes.push('last');
      if (block.kind === 'body' || block.kind === 'heading') classes.push('indent');
      // A class, not a style attribute: the webview's CSP allows no inline styles.
      if (block.rightChars) classes.push(`rc-${Math.min(block.rightChars, MAX_RIGHT_CHARS)}`);
      const text = line.pieces.map((p) => `<span class="r-${p.role}${p.bold ? ' b' : ''}">${escapeXml(p.text)}</span>`).join('');
      return `<div class="${classes.join(' ')}" data-source-line="${block.line}">${text}</div>`;
    }).join('');
    const side = page.number % 2 === 1 ? 'odd' : 'even';
    return `<section class="page" data-page="${page.number}" data-lines="${page.lines.length}"><div class="block">${lines}</div><div class="pageno ${side} r-pageNumber">— ${page.number} —</div></section>`;
  }).join('\n');
}

/** The page that shows source line `line` (0-based): the page of the nearest paragraph at or above it. */
export function pageOfLine(pages: readonly Page[], blocks: readonly Block[], line: number): number {
  let best = 1;
  let bestLine = -1;
  for (const page of pages) {
    for (const l of page.lines) {
      const source = blocks[l.block].line;
      if (l.first && source >= 0 && source <= line && source > bestLine) {
        bestLine = source;
        best = page.number;
      }
    }
  }
  return best;
}
