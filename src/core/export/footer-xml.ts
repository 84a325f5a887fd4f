import { PAGE_NUMBER_HALF_POINTS, PAGE_NUMBER_INDENT_TWIPS } from './gbt9704';
import type { ExportOptions } from './options';
import { rFonts } from './styles-xml';
import { escapeXml, W_NS, XML_DECLARATION } from './xml';

/**
 * Page numbers (7.5): "— N —" in 4号 宋体 (the Footer style), a PAGE field between two 一字线 (U+2014);
 * odd pages right, even pages left, one character in from the edge of the text block.
 */
export function footerXml(side: 'odd' | 'even', options: ExportOptions): string {
  const indent = side === 'odd'
    ? `<w:ind w:right="${PAGE_NUMBER_INDENT_TWIPS}" w:rightChars="100"/><w:jc w:val="right"/>`
    : `<w:ind w:left="${PAGE_NUMBER_INDENT_TWIPS}" w:leftChars="100"/><w:jc w:val="left"/>`;
  // 4号 宋体 on every run as well as in the Footer style, half-width digits, no condensing.
  const rPr = `<w:rPr>${rFonts(options, 'pageNumber')}<w:color w:val="000000"/><w:spacing w:val="0"/><w:sz w:val="${PAGE_NUMBER_HALF_POINTS}"/><w:szCs w:val="${PAGE_NUMBER_HALF_POINTS}"/></w:rPr>`;
  const text = (t: string) => `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
  const field =
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>` +
    `<w:r>${rPr}<w:t>${side === 'odd' ? 1 : 2}</w:t></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`;
  return `${XML_DECLARATION}<w:ftr xmlns:w="${W_NS}"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>${indent}</w:pPr>${text('— ')}${field}${text(' —')}</w:p></w:ftr>`;
}
