import { EVEN_FOOTER_RID, ODD_FOOTER_RID } from './document-xml';
import { FONT_ROLES, TITLE_FALLBACK_FONT, type ExportOptions } from './options';
import { escapeXml, W_NS, XML_DECLARATION } from './xml';

/** The package around document.xml: content types, relationships, settings, fonts, properties. */

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function contentTypesXml(): string {
  const wml = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/word/document.xml" ContentType="${wml}.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${wml}.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="${wml}.settings+xml"/>` +
    `<Override PartName="/word/fontTable.xml" ContentType="${wml}.fontTable+xml"/>` +
    `<Override PartName="/word/footer1.xml" ContentType="${wml}.footer+xml"/>` +
    `<Override PartName="/word/footer2.xml" ContentType="${wml}.footer+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>';
}

export function packageRelsXml(): string {
  return `${XML_DECLARATION}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>';
}

export function documentRelsXml(): string {
  return `${XML_DECLARATION}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/>` +
    `<Relationship Id="rIdFonts" Type="${REL}/fontTable" Target="fontTable.xml"/>` +
    `<Relationship Id="${ODD_FOOTER_RID}" Type="${REL}/footer" Target="footer1.xml"/>` +
    `<Relationship Id="${EVEN_FOOTER_RID}" Type="${REL}/footer" Target="footer2.xml"/>` +
    '</Relationships>';
}

/** Different odd and even footers; punctuation not compressed, so every character keeps its cell. */
export function settingsXml(): string {
  return `${XML_DECLARATION}<w:settings xmlns:w="${W_NS}">` +
    '<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>' +
    '<w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>' +
    '</w:settings>';
}

/**
 * Chinese fonts declared with the GB2312 character set (86) so Word substitutes a Chinese font when one
 * is missing; the commercial 小标宋 names 宋体 as its alternative.
 */
export function fontTableXml(options: ExportOptions): string {
  const names = [...new Set([...FONT_ROLES.map((r) => options.fonts[r]), TITLE_FALLBACK_FONT])];
  const fonts = names.map((name) => {
    const alt = name === options.fonts.title && name !== TITLE_FALLBACK_FONT ? `<w:altName w:val="${escapeXml(TITLE_FALLBACK_FONT)}"/>` : '';
    return `<w:font w:name="${escapeXml(name)}">${alt}<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
  }).join('');
  const latin = '<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>';
  return `${XML_DECLARATION}<w:fonts xmlns:w="${W_NS}">${fonts}${latin}</w:fonts>`;
}

export function coreXml(title: string): string {
  return `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(title)}</dc:title><dc:language>zh-CN</dc:language></cp:coreProperties>`;
}

export function appXml(pages: number): string {
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>study-report</Application><Pages>${pages}</Pages></Properties>`;
}
