import type { Block, Run } from './blocks';
import { BODY_CHAR_TWIPS, FOOTER_TWIPS, HEADER_TWIPS, LINE_TWIPS, MARGIN_TWIPS, PAGE_HEIGHT_TWIPS, PAGE_WIDTH_TWIPS } from './gbt9704';
import type { ExportOptions } from './options';
import { rFonts } from './styles-xml';
import { escapeXml, R_NS, W_NS, XML_DECLARATION } from './xml';

/** Relationship ids of the two footers (see package-parts.ts). */
export const ODD_FOOTER_RID = 'rIdFooterOdd';
export const EVEN_FOOTER_RID = 'rIdFooterEven';

const STYLE_OF: Partial<Record<Block['kind'], string>> = { title: 'Title', byline: 'Subtitle' };

/** word/document.xml: one paragraph per block, numbering as the literal text written in the report. */
export function documentXml(blocks: readonly Block[], options: ExportOptions): string {
  const body = blocks.map((b) => paragraph(b, options)).join('');
  return `${XML_DECLARATION}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${sectionProperties()}</w:body></w:document>`;
}

function paragraph(block: Block, options: ExportOptions): string {
  const styleId = block.kind === 'heading' ? `Heading${block.level}` : STYLE_OF[block.kind];
  // A heading that runs on into its text is a paragraph of text: it need not keep with the next one.
  const runOn = block.kind === 'heading' && block.runs.length > 1 ? '<w:keepNext w:val="0"/>' : '';
  const pPr = [styleId ? `<w:pStyle w:val="${styleId}"/>` : '', runOn, alignment(block)].join('');
  const runs = block.runs.map((r) => run(r, block, options)).join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

/** The closing formula, the signature and the date stand right; the date 右空四字. */
function alignment(block: Block): string {
  if (block.kind !== 'closing' && block.kind !== 'signature' && block.kind !== 'date') return '';
  const right = block.rightChars ?? 0;
  const indent = right > 0
    ? `<w:ind w:right="${right * BODY_CHAR_TWIPS}" w:rightChars="${right * 100}" w:firstLine="0" w:firstLineChars="0"/>`
    : '<w:ind w:firstLine="0" w:firstLineChars="0"/>';
  return `<w:jc w:val="right"/>${indent}`;
}

function run(r: Run, block: Block, options: ExportOptions): string {
  // A heading's run-on text takes the body font; the heading part gets its font from the style.
  const rPr = block.kind === 'heading' && r.role === 'body' ? `<w:rPr>${rFonts(options, 'body')}<w:b w:val="0"/><w:bCs w:val="0"/></w:rPr>` : '';
  return r.text.split('\t').map((piece, i) => `<w:r>${rPr}${i > 0 ? '<w:tab/>' : ''}${piece ? `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>` : ''}</w:r>`).join('');
}

function sectionProperties(): string {
  const m = MARGIN_TWIPS;
  return '<w:sectPr>' +
    `<w:footerReference w:type="default" r:id="${ODD_FOOTER_RID}"/><w:footerReference w:type="even" r:id="${EVEN_FOOTER_RID}"/>` +
    `<w:pgSz w:w="${PAGE_WIDTH_TWIPS}" w:h="${PAGE_HEIGHT_TWIPS}"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${HEADER_TWIPS}" w:footer="${FOOTER_TWIPS}" w:gutter="0"/>` +
    '<w:pgNumType w:fmt="decimal"/><w:cols w:space="720"/>' +
    // No document grid type: the exact 579 line spacing makes the 22 lines (a linesAndChars grid drew
    // 18 characters a line in LibreOffice).
    `<w:docGrid w:linePitch="${LINE_TWIPS}"/>` +
    '</w:sectPr>';
}
