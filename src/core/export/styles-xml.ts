import {
  BODY_HALF_POINTS, CHARACTER_SPACING, FIRST_LINE_CHARS, FIRST_LINE_TWIPS, LINE_TWIPS, PAGE_NUMBER_HALF_POINTS, TITLE_HALF_POINTS,
} from './gbt9704';
import type { ExportOptions, FontRole } from './options';
import { escapeXml, W_NS, XML_DECLARATION } from './xml';

/**
 * word/styles.xml: Word's built-in style names (Title, heading 1–4) with GB/T 9704 fonts and sizes, so
 * the navigation pane and a TOC field find the headings. Every style is black and not bold unless the
 * standard says so (Word's own heading styles are blue and bold).
 */

/** Latin letters and digits next to the Chinese: Times New Roman in the body, the CJK font in headings. */
const LATIN_BODY = 'Times New Roman';

export function rFonts(options: ExportOptions, role: FontRole): string {
  const eastAsia = escapeXml(options.fonts[role]);
  const latin = role === 'body' || role === 'heading3' || role === 'heading4' ? LATIN_BODY : eastAsia;
  return `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${eastAsia}" w:cs="${latin}" w:hint="eastAsia"/>`;
}

function size(halfPoints: number): string {
  return `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
}

const BLACK = '<w:color w:val="000000"/>';
const NOT_BOLD = '<w:b w:val="0"/><w:bCs w:val="0"/>';
const NO_INDENT = '<w:ind w:firstLine="0" w:firstLineChars="0"/>';

function style(id: string, name: string, body: string, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${extra}${body}</w:style>`;
}

function heading(level: 1 | 2 | 3 | 4, options: ExportOptions): string {
  const role: FontRole = `heading${level}`;
  const bold = level === 3 && options.level3Bold ? '<w:b/><w:bCs/>' : NOT_BOLD;
  return style(`Heading${level}`, `heading ${level}`,
    `<w:pPr><w:keepNext/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr>${rFonts(options, role)}${bold}${BLACK}${size(BODY_HALF_POINTS)}</w:rPr>`,
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>');
}

export function stylesXml(options: ExportOptions): string {
  const defaults =
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${rFonts(options, 'body')}${BLACK}<w:spacing w:val="${CHARACTER_SPACING}"/>${size(BODY_HALF_POINTS)}<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    // No widow control: every page keeps its 22 lines.
    `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${LINE_TWIPS}" w:lineRule="exact"/></w:pPr></w:pPrDefault>` +
    '</w:docDefaults>';
  const normal = style('Normal', 'Normal',
    `<w:pPr><w:ind w:firstLine="${FIRST_LINE_TWIPS}" w:firstLineChars="${FIRST_LINE_CHARS}"/><w:jc w:val="both"/></w:pPr><w:rPr>${rFonts(options, 'body')}${BLACK}${size(BODY_HALF_POINTS)}</w:rPr>`,
    '<w:qFormat/>').replace('<w:style ', '<w:style w:default="1" ');
  const title = style('Title', 'Title',
    `<w:pPr><w:keepNext/><w:keepLines/>${NO_INDENT}<w:jc w:val="center"/></w:pPr><w:rPr>${rFonts(options, 'title')}${NOT_BOLD}${BLACK}<w:spacing w:val="0"/>${size(TITLE_HALF_POINTS)}</w:rPr>`,
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>');
  const subtitle = style('Subtitle', 'Subtitle',
    `<w:pPr><w:keepNext/>${NO_INDENT}<w:jc w:val="center"/></w:pPr><w:rPr>${rFonts(options, 'heading2')}${NOT_BOLD}${BLACK}${size(BODY_HALF_POINTS)}</w:rPr>`,
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>');
  const footer = style('Footer', 'footer',
    // The page number line has its own auto spacing, not the text block's exact 579.
    `<w:pPr><w:spacing w:line="240" w:lineRule="auto"/>${NO_INDENT}</w:pPr><w:rPr>${rFonts(options, 'pageNumber')}<w:spacing w:val="0"/>${size(PAGE_NUMBER_HALF_POINTS)}</w:rPr>`,
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>');
  const tableDefault = '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>';
  const charDefault = '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>';
  return `${XML_DECLARATION}<w:styles xmlns:w="${W_NS}">${defaults}${normal}${title}${subtitle}${heading(1, options)}${heading(2, options)}${heading(3, options)}${heading(4, options)}${footer}${charDefault}${tableDefault}</w:styles>`;
}
