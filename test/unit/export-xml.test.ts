import * as assert from 'assert';
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/engine';
import { buildBlocks, docxParts, exportDocx, paginate, residueErrors, resolveExportOptions, type ExportOptions } from '../../src/core/export';

const fixtures = path.join(__dirname, '..', 'fixtures');
const seedClean = fs.readFileSync(path.join(fixtures, 'residue', 'seed-report.expected.txt'), 'utf8');
const signature = fs.readFileSync(path.join(fixtures, 'export', 'shuzhi-signature.txt'), 'utf8');

function parts(text: string, options?: Partial<ExportOptions>): Record<string, string> {
  const { bytes } = exportDocx(text, options);
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The <w:p> elements of document.xml whose text contains `needle`. */
function paragraphWith(xml: string, needle: string): string {
  const found = xml.match(/<w:p>.*?<\/w:p>/g)!.find((p) => p.replace(/<[^>]+>/g, '').includes(needle));
  assert.ok(found, `no paragraph with ${needle}`);
  return found;
}

function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}">.*?</w:style>`).exec(styles);
  assert.ok(m, `no style ${id}`);
  return m[0];
}

describe('export: the GB/T 9704 package', () => {
  const seed = parts(seedClean);

  it('is a zip with the parts Word needs and no numbering part (numbers are literal text)', () => {
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/settings.xml', 'word/footer1.xml', 'word/footer2.xml', 'word/_rels/document.xml.rels', 'word/fontTable.xml']) {
      assert.ok(seed[name], name);
    }
    assert.strictEqual(seed['word/numbering.xml'], undefined);
    assert.ok(!/<w:numPr>/.test(seed['word/document.xml']));
    assert.ok(seed['word/document.xml'].includes('>一、收获体会<'));
    assert.ok(seed['word/document.xml'].includes('>（一）通过学习，深刻领悟到“两个确立”的决定性意义。<'));
  });

  it('A4 with 37 mm top and 28 mm binding margins and a 156 × 225 mm text block', () => {
    const doc = seed['word/document.xml'];
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"\/>/);
    assert.match(doc, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="\d+" w:footer="1440" w:gutter="0"\/>/);
    // 156 mm wide, 225 mm high (±0.1 mm)
    assert.ok(Math.abs((11906 - 1587 - 1474) / (1440 / 25.4) - 156) < 0.1);
    assert.ok(Math.abs((16838 - 2098 - 1984) / (1440 / 25.4) - 225) < 0.1);
    assert.ok(!/linesAndChars/.test(doc));
  });

  it('body: 3号 仿宋 justified, exact 579 spacing, −5 character spacing, first line 2 characters in, black', () => {
    const styles = seed['word/styles.xml'];
    assert.match(styles, /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋"[^>]*\/><w:color w:val="000000"\/><w:spacing w:val="-5"\/><w:sz w:val="32"\/>/);
    assert.match(styles, /<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"\/>/);
    const normal = styleXml(styles, 'Normal');
    assert.match(normal, /w:default="1"/);
    assert.match(normal, /<w:jc w:val="both"\/>/);
    assert.match(normal, /<w:ind w:firstLine="640" w:firstLineChars="200"\/>/);
    assert.match(normal, /w:eastAsia="仿宋"/);
    assert.match(normal, /<w:sz w:val="32"\/>/);
    assert.ok(!/w:color w:val="(?!000000)/.test(styles), 'every colour black');
    const body = paragraphWith(seed['word/document.xml'], '按照区委、镇党委');
    assert.ok(!/<w:pStyle/.test(body), 'body paragraphs use Normal');
    // and carry the grid directly, so no template's Normal can change it
    assert.match(body, /<w:pPr><w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"\/><w:ind w:firstLine="640" w:firstLineChars="200"\/><w:jc w:val="both"\/><\/w:pPr>/);
    assert.match(body, /<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" w:cs="Times New Roman" w:hint="eastAsia"\/><w:b w:val="0"\/><w:bCs w:val="0"\/><w:color w:val="000000"\/><w:spacing w:val="-5"\/><w:sz w:val="32"\/><w:szCs w:val="32"\/><\/w:rPr>/);
  });

  it('title: style Title, 2号 小标宋 centred, kept together, declared count dropped', () => {
    const title = styleXml(seed['word/styles.xml'], 'Title');
    assert.match(title, /<w:name w:val="Title"\/>/);
    assert.match(title, /<w:keepNext\/><w:keepLines\/><w:ind w:firstLine="0" w:firstLineChars="0"\/><w:jc w:val="center"\/>/);
    assert.match(title, /w:eastAsia="方正小标宋简体"/);
    assert.match(title, /<w:sz w:val="44"\/>/);
    assert.match(title, /<w:ind w:firstLine="0" w:firstLineChars="0"\/>/);
    const p = paragraphWith(seed['word/document.xml'], '2023年主题教育专题一交流研讨材料');
    assert.match(p, /<w:pPr><w:pStyle w:val="Title"\/><w:keepNext\/><w:keepLines\/><w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"\/><w:ind w:firstLine="0" w:firstLineChars="0"\/><w:jc w:val="center"\/><\/w:pPr>/);
    assert.match(p, /w:eastAsia="方正小标宋简体"[^>]*\/><w:b w:val="0"\/><w:bCs w:val="0"\/><w:color w:val="000000"\/><w:spacing w:val="0"\/><w:sz w:val="44"\/>/);
    assert.ok(!p.includes('2683'), 'the declared （2683字） is dropped by default');
    assert.ok(seed['word/fontTable.xml'].includes('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>'));
    assert.ok(parts(seedClean, { dropDeclaredCount: false })['word/document.xml'].includes('2023年主题教育专题一交流研讨材料（2683字）'));
  });

  it("headings: Word's built-in names, 一、黑体 （一）楷体 1. and （1）仿宋, outline levels, black, not bold", () => {
    const styles = seed['word/styles.xml'];
    const expected = { 1: '黑体', 2: '楷体', 3: '仿宋', 4: '仿宋' } as const;
    for (const level of [1, 2, 3, 4] as const) {
      const s = styleXml(styles, `Heading${level}`);
      assert.match(s, new RegExp(`<w:name w:val="heading ${level}"/>`));
      assert.match(s, new RegExp(`<w:outlineLvl w:val="${level - 1}"/>`));
      assert.match(s, new RegExp(`w:eastAsia="${expected[level]}"`));
      assert.match(s, /<w:b w:val="0"\/>/);
      assert.match(s, /<w:color w:val="000000"\/>/);
      assert.match(s, /<w:sz w:val="32"\/>/);
    }
    assert.match(paragraphWith(seed['word/document.xml'], '一、收获体会'), /<w:pStyle w:val="Heading1"\/>/);
    const bold = parts(signature, { level3Bold: true })['word/styles.xml'];
    assert.match(styleXml(bold, 'Heading3'), /<w:b\/><w:bCs\/>/);
    assert.match(styleXml(bold, 'Heading4'), /<w:b w:val="0"\/>/);
  });

  it('a （一） heading ending in 。 with text after it: one paragraph, only the heading part in 楷体', () => {
    const p = paragraphWith(seed['word/document.xml'], '“两个确立”是党在新时代');
    assert.match(p, /<w:pStyle w:val="Heading2"\/><w:keepNext w:val="0"\/>/);
    const runs = p.match(/<w:r>.*?<\/w:r>/g)!;
    assert.strictEqual(runs.length, 2);
    assert.ok(runs[0].includes('>（一）通过学习，深刻领悟到“两个确立”的决定性意义。<'));
    assert.match(runs[0], /w:eastAsia="楷体"/, 'the heading part in 楷体');
    assert.match(runs[1], /w:eastAsia="仿宋"/, 'the rest in 仿宋');
    assert.ok(runs[1].includes('>“两个确立”是党在新时代'));
    const only = paragraphWith(parts(signature)['word/document.xml'], '（二）抓组织建设，夯实战斗堡垒。');
    assert.strictEqual(only.match(/<w:r>/g)!.length, 1, 'a heading alone stays one run');
  });

  it('page numbers: 4号 宋体 "— N —" PAGE field, odd right and even left one character in, different odd/even', () => {
    assert.match(seed['word/settings.xml'], /<w:evenAndOddHeaders\/>/);
    const doc = seed['word/document.xml'];
    assert.match(doc, /<w:footerReference w:type="default" r:id="(\w+)"\/><w:footerReference w:type="even" r:id="(\w+)"\/>/);
    const rels = seed['word/_rels/document.xml.rels'];
    const target = (type: string) => {
      const id = new RegExp(`w:type="${type}" r:id="(\\w+)"`).exec(doc)![1];
      return new RegExp(`Id="${id}" Type="[^"]+/footer" Target="([^"]+)"`).exec(rels)![1];
    };
    const odd = seed[`word/${target('default')}`];
    const even = seed[`word/${target('even')}`];
    assert.match(odd, /<w:ind w:right="280" w:rightChars="100"\/><w:jc w:val="right"\/>/);
    assert.match(even, /<w:ind w:left="280" w:leftChars="100"\/><w:jc w:val="left"\/>/);
    for (const footer of [odd, even]) {
      const runs = footer.match(/<w:r>.*?<\/w:r>/g)!;
      assert.ok(runs.every((r) => /w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"[^>]*\/><w:color w:val="000000"\/><w:spacing w:val="0"\/><w:sz w:val="28"\/>/.test(r)), 'every run 4号 宋体');
    }
    for (const footer of [odd, even]) {
      assert.match(footer, /<w:pStyle w:val="Footer"\/>/);
      assert.match(footer, /<w:t xml:space="preserve">— <\/w:t><\/w:r><w:r><w:rPr>.*?<\/w:rPr><w:fldChar w:fldCharType="begin"\/><\/w:r><w:r><w:rPr>.*?<\/w:rPr><w:instrText xml:space="preserve"> PAGE <\/w:instrText>/);
      assert.match(footer, /<w:t xml:space="preserve"> —<\/w:t>/);
    }
    const footerStyle = styleXml(seed['word/styles.xml'], 'Footer');
    assert.match(footerStyle, /<w:sz w:val="28"\/>/);
    assert.match(footerStyle, /w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/);
    assert.match(footerStyle, /<w:spacing w:line="240" w:lineRule="auto"\/>/);
    assert.match(footerStyle, /<w:spacing w:val="0"\/>/);
  });

  it('closing formula, signature and date right-aligned; the date four characters from the right', () => {
    const doc = parts(signature)['word/document.xml'];
    assert.match(paragraphWith(doc, '以上报告，请予审议。'), /<w:ind w:firstLine="0" w:firstLineChars="0"\/><w:jc w:val="right"\/>/);
    assert.match(paragraphWith(doc, '王建华'), /<w:jc w:val="right"\/>/);
    assert.match(paragraphWith(doc, '2024年12月20日'), /<w:ind w:right="1280" w:rightChars="400" w:firstLine="0" w:firstLineChars="0"\/><w:jc w:val="right"\/>/);
    assert.match(paragraphWith(seed['word/document.xml'], '汇报完毕，不妥之处请批评指正。'), /<w:jc w:val="right"\/>/);
    // 城南街道幸福里社区党支部 under the title: centred 楷体 (Subtitle), not body text
    assert.match(paragraphWith(doc, '城南街道幸福里社区党支部'), /<w:pStyle w:val="Subtitle"\/>/);
  });

  it('fonts are settings: _GB2312 names go where the config says', () => {
    const x = parts(seedClean, resolveExportOptions({ fonts: { body: '仿宋_GB2312', heading2: '楷体_GB2312', title: '<bad>' } }));
    assert.match(styleXml(x['word/styles.xml'], 'Normal'), /w:eastAsia="仿宋_GB2312"/);
    assert.match(styleXml(x['word/styles.xml'], 'Heading2'), /w:eastAsia="楷体_GB2312"/);
    assert.match(styleXml(x['word/styles.xml'], 'Title'), /w:eastAsia="方正小标宋简体"/, 'an unusable name falls back to the default');
  });

  it('resolveExportOptions keeps only values of the right shape', () => {
    const o = resolveExportOptions({ fonts: { body: 3, heading1: ' 方正黑体简体 ' }, level3Bold: 'yes', dropDeclaredCount: false });
    assert.strictEqual(o.fonts.body, '仿宋');
    assert.strictEqual(o.fonts.heading1, '方正黑体简体');
    assert.strictEqual(o.level3Bold, false);
    assert.strictEqual(o.dropDeclaredCount, false);
    assert.deepStrictEqual(resolveExportOptions([1, 2]), resolveExportOptions());
  });

  it('every character of the text reaches the document (XML escaped, nothing lost)', () => {
    const text = '测试标题\n\n正文含有 <尖括号> & “引号” 以及 a<b 的写法。\n';
    const doc = parts(text)['word/document.xml'];
    assert.ok(doc.includes('正文含有 &lt;尖括号&gt; &amp; “引号” 以及 a&lt;b 的写法。'));
    const plain = seedClean.split(/\n/).filter((l) => l.trim() !== '').slice(1).join('');
    const textOf = parts(seedClean)['word/document.xml'].replace(/<w:p>/g, '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
    assert.strictEqual(textOf.replace(/\s/g, '').slice(-plain.replace(/\s/g, '').length), plain.replace(/\s/g, ''));
  });

  it('the same text gives the same bytes', () => {
    assert.deepStrictEqual(exportDocx(seedClean).bytes, exportDocx(seedClean).bytes);
  });

  it('residue errors are listed before writing', () => {
    const dirty = fs.readFileSync(path.join(fixtures, 'seed', 'seed-report.txt'), 'utf8');
    assert.strictEqual(residueErrors(analyze(dirty)).length, 6);
    assert.strictEqual(residueErrors(analyze(seedClean)).length, 0);
  });

  it('Markdown # marks: the title and the headings behind them', () => {
    const blocks = buildBlocks(analyze('# 支部工作述职报告\n\n## 一、主要工作\n\n（一）强化政治引领。坚持学习。\n'), resolveExportOptions());
    assert.deepStrictEqual(blocks.map((b) => [b.kind, b.level ?? 0, b.runs.map((r) => r.text).join('|')]), [
      ['title', 0, '支部工作述职报告'], ['heading', 1, '一、主要工作'], ['heading', 2, '（一）强化政治引领。|坚持学习。'],
    ]);
  });

  it('pPr, rPr, settings and sectPr children are in the order of the OOXML schema (Word refuses others)', () => {
    const orders: Record<string, string[]> = {
      pPr: ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'widowControl', 'numPr', 'kinsoku', 'overflowPunct', 'autoSpaceDE', 'autoSpaceDN', 'spacing', 'ind', 'jc', 'outlineLvl', 'rPr'],
      rPr: ['rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'color', 'spacing', 'w', 'kern', 'position', 'sz', 'szCs', 'lang'],
      settings: ['zoom', 'defaultTabStop', 'evenAndOddHeaders', 'characterSpacingControl', 'compat', 'themeFontLang'],
      sectPr: ['headerReference', 'footerReference', 'pgSz', 'pgMar', 'pgNumType', 'cols', 'docGrid'],
    };
    const all = { ...seed, ...parts(signature, { level3Bold: true }) };
    let checked = 0;
    for (const [name, xml] of Object.entries(all)) {
      if (!name.endsWith('.xml')) continue;
      for (const [element, order] of Object.entries(orders)) {
        for (const m of xml.matchAll(new RegExp(`<w:${element}(?: [^>]*)?>(.*?)</w:${element}>`, 'g'))) {
          const children = [...m[1].replace(/<w:rPr>.*?<\/w:rPr>/g, '<w:rPr/>').replace(/<w:compat>.*?<\/w:compat>/g, '<w:compat/>').matchAll(/<w:(\w+)[ />]/g)].map((c) => c[1]).filter((c) => order.includes(c) || element !== 'pPr');
          const positions = children.map((c) => order.indexOf(c));
          assert.ok(positions.every((p) => p >= 0), `${name} ${element}: unknown child in ${children.join(',')}`);
          assert.deepStrictEqual(positions, [...positions].sort((a, b) => a - b), `${name} ${element}: ${children.join(',')}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 80, `${checked} elements checked`);
    assert.ok(all['word/settings.xml'].includes('<w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>'));
  });

  it('docxParts agrees with the zip', () => {
    const blocks = buildBlocks(analyze(seedClean), resolveExportOptions());
    assert.strictEqual(docxParts(blocks, resolveExportOptions(), paginate(blocks).length)['word/document.xml'], seed['word/document.xml']);
  });
});
