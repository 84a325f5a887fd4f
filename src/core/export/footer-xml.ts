import { PAGE_NUMBER_INDENT_TWIPS } from './gbt9704';
import { escapeXml, W_NS, XML_DECLARATION } from './xml';

/**
 * Page numbers (7.5): "— N —" in 4号 宋体 (the Footer style), a PAGE field between two 一字线 (U+2014);
 * odd pages right, even pages left, one character in from the edge of the text block.
 */
export function footerXml(side: 'odd' | 'even'): string {
  const indent = side === 'odd'
    ? `<w:jc w:val="right"/><w:ind w:right="${PAGE_NUMBER_INDENT_TWIPS}" w:rightChars="100"/>`
    : `<w:jc w:val="left"/><w:ind w:left="${PAGE_NUMBER_INDENT_TWIPS}" w:leftChars="100"/>`;
  const text = (t: string) => `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
  const field =
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    `<w:r><w:t>${side === 'odd' ? 1 : 2}</w:t></w:r>` +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  return `${XML_DECLARATION}<w:ftr xmlns:w="${W_NS}"><w:p><w:pPr><w:pStyle w:val="Footer"/>${indent}</w:pPr>${text('— ')}${field}${text(' —')}</w:p></w:ftr>`;
}
