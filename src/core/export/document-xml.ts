import type { Block, Run } from './blocks';
import {
  BODY_CHAR_TWIPS, BODY_HALF_POINTS, CHARACTER_SPACING, FIRST_LINE_CHARS, FIRST_LINE_TWIPS, FOOTER_TWIPS, HEADER_TWIPS, LINE_TWIPS, MARGIN_TWIPS,
  PAGE_HEIGHT_TWIPS, PAGE_WIDTH_TWIPS, TITLE_HALF_POINTS,
} from './gbt9704';
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

/**
 * Each paragraph names its built-in style (navigation pane, TOC) and also carries the grid values
 * directly: spacing, indent, alignment in pPr; font, size, character spacing, colour in every run. A
 * template's or a reader's idea of Normal cannot change the 22 × 28 page. Children in the schema's order
 * (CT_PPr: pStyle, keepNext, keepLines, …, spacing, ind, jc; CT_RPr: rFonts, b, bCs, color, spacing, sz).
 */
function paragraph(block: Block, options: ExportOptions): string {
  const styleId = block.kind === 'heading' ? `Heading${block.level}` : STYLE_OF[block.kind];
  const runOn = block.kind === 'heading' && block.runs.length > 1;
  const keep = block.kind === 'title' ? '<w:keepNext/><w:keepLines/>'
    // A heading that runs on into its text is a paragraph of text: it need not keep with the next one.
    : block.kind === 'heading' ? (runOn ? '<w:keepNext w:val="0"/>' : '<w:keepNext/>')
    : block.kind === 'byline' ? '<w:keepNext/>' : '';
  const pPr = `${styleId ? `<w:pStyle w:val="${styleId}"/>` : ''}${keep}${SPACING}${indentAndAlignment(block)}`;
  const runs = block.runs.map((r) => run(r, block, options)).join('');
  return `<w:p><w:pPr>${pPr}</w:pPr>${runs}</w:p>`;
}

const SPACING = `<w:spacing w:before="0" w:after="0" w:line="${LINE_TWIPS}" w:lineRule="exact"/>`;
const NO_INDENT = '<w:ind w:firstLine="0" w:firstLineChars="0"/>';

/**
 * Body and headings: two characters in, justified. Title and byline centred. The closing formula, the
 * signature and the date stand right; the date 右空四字.
 */
function indentAndAlignment(block: Block): string {
  switch (block.kind) {
    case 'body':
    case 'heading':
    case 'blank':
      return `<w:ind w:firstLine="${FIRST_LINE_TWIPS}" w:firstLineChars="${FIRST_LINE_CHARS}"/><w:jc w:val="both"/>`;
    case 'title':
    case 'byline':
      return `${NO_INDENT}<w:jc w:val="center"/>`;
    default: {
      const right = block.rightChars ?? 0;
      const indent = right > 0
        ? `<w:ind w:right="${right * BODY_CHAR_TWIPS}" w:rightChars="${right * 100}" w:firstLine="0" w:firstLineChars="0"/>`
        : NO_INDENT;
      return `${indent}<w:jc w:val="right"/>`;
    }
  }
}

function run(r: Run, block: Block, options: ExportOptions): string {
  const title = r.role === 'title';
  const bold = r.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>';
  const size = title ? TITLE_HALF_POINTS : BODY_HALF_POINTS;
  const rPr = `<w:rPr>${rFonts(options, r.role)}${bold}<w:color w:val="000000"/><w:spacing w:val="${title ? 0 : CHARACTER_SPACING}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
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
