/**
 * Builds .docx fixtures from XML written here (no binary files from elsewhere). `downloadedReport()` is a
 * report as bought from a material site: Word numbering (一、/（一）/1. from numbering.xml, one heading
 * numbered through its paragraph style), a header ad and a footer ad, a VML watermark, hidden, white and
 * tiny runs with residue, an ad text box (DrawingML with its VML fallback), a footnote, a comment, tracked
 * changes, ad document properties, and a bold run and a styled title that must survive cleaning.
 * Run `npx ts-node --transpile-only test/unit/docx-fixtures.ts DIR` to write the fixtures as files.
 */
import { zipSync, strToU8 } from 'fflate';

export const NS =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14"';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function run(text: string, rPr = ''): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t${space}>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r>`;
}

export function para(content: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
}

export const numbered = (ilvl: number, numId = 1) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

export function documentXml(bodyParagraphs: string[], sectPr = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'): string {
  return `${DECL}<w:document ${NS}><w:body>${bodyParagraphs.join('')}${sectPr}</w:body></w:document>`;
}

const CONTENT_TYPES = (overrides: string[]) =>
  `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  overrides.map((o) => o).join('') +
  '</Types>';

const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const ROOT_RELS =
  `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>';

const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;

export const STYLES =
  `${DECL}<w:styles ${NS}>` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋" w:hAnsi="Times New Roman"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="ReportHeading1"><w:name w:val="report heading 1"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
  '</w:styles>';

const level = (ilvl: number, numFmt: string, lvlText: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/>${extra}<w:lvlText w:val="${lvlText}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>`;

/** 一、 （一） 1. （1）: GB/T 9704 levels as Word numbering, numId 1. */
export const NUMBERING =
  `${DECL}<w:numbering ${NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
  level(0, 'chineseCounting', '%1、') +
  level(1, 'chineseCounting', '（%2）') +
  level(2, 'decimal', '%3.') +
  level(3, 'decimal', '（%4）') +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

const SUFFIX_NONE = '<w:suff w:val="nothing"/>';

/** The same levels with no tab after the label, as material sites' files usually have. */
export const NUMBERING_NO_TAB = NUMBERING.replace(/<w:lvlText /g, `${SUFFIX_NONE}<w:lvlText `);

export const AD = {
  bodyLine: '【笔杆子范文网】海量精品范文，开通会员免费下载',
  header: '笔杆子范文网 www.bigan-fanwen.com',
  watermark: '笔杆子范文网 www.bigan-fanwen.com',
  footer: '更多范文请访问 www.bigan-fanwen.com 客服微信：fw 2 0 2 6 8 8',
  hidden: '本文来自笔杆子范文网 www.bigan-fanwen.com',
  white: '扫码关注公众号“笔杆子”，领取更多材料',
  tiny: '更多范文请访问 www.bigan-fanwen.com',
  textbox: '【笔杆子文库】VIP会员专享，扫码开通即可下载全文',
  source: '本文由笔杆子范文网整理，转载请注明出处，如有侵权请联系删除。',
  company: '笔杆子范文网 www.bigan-fanwen.com',
  paywall: '##paidbegin##',
};

export const TITLE = '学习贯彻新思想的心得体会';

const textBox = (text: string) =>
  '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
  '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3200400</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' +
  '<wp:extent cx="2286000" cy="457200"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="3" name="文本框 3"/><wp:cNvGraphicFramePr/>' +
  '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>' +
  `<wps:txbx><w:txbxContent>${para(run(text))}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="文本框 3" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:252pt;margin-top:0;width:180pt;height:36pt;z-index:251659264" strokeweight=".5pt"><v:textbox><w:txbxContent>${para(run(text))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

const vmlWatermark = (text: string) =>
  '<w:r><w:rPr><w:noProof/></w:rPr><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>' +
  `<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:415pt;height:60pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string="${text}"/></v:shape></w:pict></w:r>`;

/** The body paragraphs of the downloaded report, by role, so tests can point at them. */
export function reportBody(): string[] {
  return [
    para(run(TITLE), '<w:pStyle w:val="Title"/>'),
    para(run(AD.bodyLine)),
    para(run('今年以来，我') + run('认真参加', '<w:b/><w:bCs/>') + run('支部组织的集中学习，现将体会汇报如下。') + run(AD.hidden, '<w:vanish/>')),
    para(run('深化理论武装，筑牢思想根基'), numbered(0)),
    para(run('坚持读原著学原文'), numbered(1)),
    para(
      '<w:commentRangeStart w:id="0"/>' + run('我们通过“学习强国”和单位微信公众号开展学习，每周不少于两次。') + '<w:commentRangeEnd w:id="0"/>' +
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>' +
        run(AD.white, '<w:color w:val="FFFFFF"/>'),
    ),
    para(run('制定学习计划'), numbered(2)),
    // The paywall marker spans three runs: the cut is made run by run.
    para(run('一是##paid') + run('begin##把学习成果') + run('转化为工作成效。')),
    para(run('坚持联系实际'), numbered(1)),
    para(run('二是结合岗位职责查找差距。') + run(AD.tiny, '<w:sz w:val="2"/><w:szCs w:val="2"/>')),
    para(run('强化责任担当，推动工作落实'), '<w:pStyle w:val="ReportHeading1"/>'),
    para(run('主动认领任务'), numbered(2)),
    para(
      run('我们把问题清单逐项落实，') +
        '<w:del w:id="11" w:author="审阅人" w:date="2026-01-05T09:00:00Z"><w:r><w:delText>拖延敷衍</w:delText></w:r></w:del>' +
        '<w:ins w:id="12" w:author="审阅人" w:date="2026-01-05T09:00:00Z"><w:r><w:t>按时销号</w:t></w:r></w:ins>' +
        run('。'),
    ),
    para(run('这一做法得到了群众的认可。') + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'),
    para(run('工作成效如下。') + textBox(AD.textbox)),
    para(run('汇报完毕，不妥之处请批评指正。')),
    para(run(AD.source)),
  ];
}

/** The body after cleaning, as LibreOffice's text export shows it (numbering labels included). */
export const EXPECTED_CLEAN_BODY = [
  TITLE,
  '今年以来，我认真参加支部组织的集中学习，现将体会汇报如下。',
  '一、深化理论武装，筑牢思想根基',
  '（一）坚持读原著学原文',
  '我们通过“学习强国”和单位微信公众号开展学习，每周不少于两次。',
  '1.制定学习计划',
  '一是把学习成果转化为工作成效。',
  '（二）坚持联系实际',
  '二是结合岗位职责查找差距。',
  '二、强化责任担当，推动工作落实',
  '1.主动认领任务',
  '我们把问题清单逐项落实，按时销号。',
  '这一做法得到了群众的认可。',
  '工作成效如下。',
  '汇报完毕，不妥之处请批评指正。',
];

const HEADER = (paragraphs: string) => `${DECL}<w:hdr ${NS}>${paragraphs}</w:hdr>`;
const FOOTER = (paragraphs: string) => `${DECL}<w:ftr ${NS}>${paragraphs}</w:ftr>`;

export const PAGE_FIELD = para('<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT ">' + run('1') + '</w:fldSimple>', '<w:jc w:val="center"/>');

export function downloadedReportParts(): Record<string, string> {
  const sectPr =
    '<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" r:id="rId9"/>' +
    '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  return {
    '[Content_Types].xml': CONTENT_TYPES([
      override('word/document.xml', `${WML}.document.main+xml`),
      override('word/styles.xml', `${WML}.styles+xml`),
      override('word/numbering.xml', `${WML}.numbering+xml`),
      override('word/header1.xml', `${WML}.header+xml`),
      override('word/footer1.xml', `${WML}.footer+xml`),
      override('word/footnotes.xml', `${WML}.footnotes+xml`),
      override('word/comments.xml', `${WML}.comments+xml`),
      override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
      override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'),
    ]),
    '_rels/.rels': ROOT_RELS,
    'word/document.xml': documentXml(reportBody(), sectPr),
    'word/_rels/document.xml.rels':
      `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      rel('rId1', 'styles', 'styles.xml') +
      rel('rId2', 'numbering', 'numbering.xml') +
      rel('rId3', 'footnotes', 'footnotes.xml') +
      rel('rId4', 'comments', 'comments.xml') +
      rel('rId8', 'header', 'header1.xml') +
      rel('rId9', 'footer', 'footer1.xml') +
      '</Relationships>',
    'word/styles.xml': STYLES,
    'word/numbering.xml': NUMBERING_NO_TAB,
    'word/header1.xml': HEADER(para(run(AD.header), '<w:jc w:val="center"/>') + para(vmlWatermark(AD.watermark))),
    'word/footer1.xml': FOOTER(para(run(AD.footer), '<w:jc w:val="center"/>') + PAGE_FIELD),
    'word/footnotes.xml':
      `${DECL}<w:footnotes ${NS}>` +
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
      `<w:footnote w:id="1">${para('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>' + run('数据来源于支部年度工作台账。'), '<w:pStyle w:val="FootnoteText"/>')}</w:footnote>` +
      '</w:footnotes>',
    'word/comments.xml': `${DECL}<w:comments ${NS}><w:comment w:id="0" w:author="审阅人" w:date="2026-01-05T09:00:00Z" w:initials="审">${para(run('请核对学习次数。'))}</w:comment></w:comments>`,
    'docProps/core.xml':
      `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>${TITLE}</dc:title><dc:creator>${AD.company}</dc:creator><cp:lastModifiedBy>办公室</cp:lastModifiedBy><cp:revision>3</cp:revision>` +
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T08:00:00Z</dcterms:created></cp:coreProperties>',
    'docProps/app.xml':
      `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application><Company>${AD.company}</Company></Properties>`,
  };
}

export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) });
}

export function downloadedReport(): Uint8Array {
  return zipParts(downloadedReportParts());
}

/** A minimal valid package around the given body paragraphs (and optional extra parts). */
export function simpleDocx(bodyParagraphs: string[], extra: Record<string, string> = {}, numbering = NUMBERING_NO_TAB): Uint8Array {
  return zipParts({
    '[Content_Types].xml': CONTENT_TYPES([override('word/document.xml', `${WML}.document.main+xml`), override('word/styles.xml', `${WML}.styles+xml`), override('word/numbering.xml', `${WML}.numbering+xml`)]),
    '_rels/.rels': ROOT_RELS.replace(/<Relationship Id="rId[23]"[^>]*\/>/g, ''),
    'word/document.xml': documentXml(bodyParagraphs),
    'word/_rels/document.xml.rels': `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'styles', 'styles.xml')}${rel('rId2', 'numbering', 'numbering.xml')}</Relationships>`,
    'word/styles.xml': STYLES,
    'word/numbering.xml': numbering,
    ...extra,
  });
}

/** Numbering beyond the standard levels: full-width digits, 甲乙丙, start 3, lvlRestart 0, startOverride, two w:num of one list. */
export function numberingVariants(): Uint8Array {
  const numbering =
    NUMBERING_NO_TAB.replace('</w:numbering>', '') +
    '<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimalFullWidth"/><w:suff w:val="nothing"/><w:lvlText w:val="%1．"/></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlRestart w:val="0"/><w:suff w:val="nothing"/><w:lvlText w:val="%2、"/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num>' +
    '<w:num w:numId="6"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="11"/></w:lvlOverride></w:num>' +
    '<w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
  return simpleDocx(
    [
      para(run('甲'), numbered(0, 5)),
      para(run('乙'), numbered(1, 5)),
      para(run('丙'), numbered(0, 5)),
      para(run('丁'), numbered(1, 5)),
      para(run('戊'), numbered(0, 6)),
      para(run('己'), numbered(1, 6)),
      para(run('庚'), numbered(0, 6)),
      para(run('辛'), numbered(0, 7)),
    ],
    {},
    numbering,
  );
}

/** The body of numberingVariants() as Word and LibreOffice number it. */
export const NUMBERING_VARIANTS_BODY = ['３．甲', '甲、乙', '４．丙', '乙、丁', '十一、戊', '（一）己', '十二、庚', '十三、辛'];

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  const dir = process.argv[2] ?? 'out/docx-fixtures';
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(`${dir}/downloaded-report.docx`, downloadedReport());
  fs.writeFileSync(`${dir}/numbering-variants.docx`, numberingVariants());
  console.log(`wrote ${dir}/downloaded-report.docx, ${dir}/numbering-variants.docx`);
}
