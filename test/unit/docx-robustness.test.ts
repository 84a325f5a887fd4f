import * as assert from 'assert';
import * as fc from 'fast-check';
import { fix } from '../../src/core';
import { analyzeDocx, cleanDocx, openDocx } from '../../src/core/docx';
import { AD, downloadedReportParts, numbered, para, run, simpleDocx, STYLES, zipParts } from './docx-fixtures';

const SENTENCES = [
  '我们坚持把理论学习作为首要政治任务。',
  '通过“学习强国”和单位微信公众号开展学习，每周不少于两次。',
  '支部书记带头讲党课，班子成员结合分管工作谈体会。',
  '对照检查中发现的问题，逐项制定整改措施，明确责任人和完成时限。',
  '下一步，我们将持续巩固学习成果，推动各项工作再上新台阶。',
];
const RESIDUE_LINES = [AD.bodyLine, AD.source, '扫码关注公众号“笔杆子”，领取更多材料'];

/** A sentence cut into runs at the given points, some bold. */
function runsOf(text: string, cuts: number[]): string {
  const points = [...new Set(cuts.map((c) => c % text.length))].filter((c) => c > 0).sort((a, b) => a - b);
  let out = '';
  let last = 0;
  for (const [i, p] of [...points, text.length].entries()) {
    out += run(text.slice(last, p), i % 2 ? '<w:b/>' : '');
    last = p;
  }
  return out;
}

describe('docx robustness', () => {
  it('white text on a shaded paragraph, cell or highlight is visible text, not residue hiding', () => {
    const doc = openDocx(
      simpleDocx([
        para(run('中共某某支部委员会', '<w:color w:val="FFFFFF"/>'), '<w:shd w:val="clear" w:color="auto" w:fill="C00000"/>'),
        para(run('学习材料', '<w:color w:val="FFFFFF"/><w:highlight w:val="red"/>')),
        '<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>' + para(run('表头', '<w:color w:val="FFFFFF"/>')) + '</w:tc></w:tr></w:tbl>',
        para(run('白底白字', '<w:color w:val="FFFFFF"/>')),
      ]),
    );
    assert.strictEqual(doc.body.text, '中共某某支部委员会\n学习材料\n表头\n');
    assert.deepStrictEqual(doc.stories.filter((s) => s.kind === 'hidden').map((s) => [s.hidden!.piece.reason, s.text]), [['white', '白底白字']]);
  });

  it('a list that borrows its levels through w:numStyleLink is numbered like its numbering style', () => {
    const numbering =
      '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="ReportList"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="ReportList"/></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>';
    const styles = STYLES.replace('</w:styles>', '<w:style w:type="numbering" w:styleId="ReportList"><w:name w:val="report list"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>');
    const doc = openDocx(simpleDocx([para(run('总体要求'), numbered(0, 2)), para(run('主要任务'), numbered(0, 2))], { 'word/styles.xml': styles }, numbering));
    assert.strictEqual(doc.body.text, '一、总体要求\n二、主要任务');
  });

  it('a footer ad beside a 第 PAGE 页 共 NUMPAGES 页 field: the ad goes, the page number and its frame stay', () => {
    const parts = downloadedReportParts();
    const simple = (instr: string, v: string) => `<w:fldSimple w:instr=" ${instr} ">${run(v)}</w:fldSimple>`;
    const complex = (instr: string, v: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(v)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const footer = para(run(`${AD.header}  第 `) + simple('PAGE', '1') + run(' 页 共 ') + complex('NUMPAGES', '3') + run(' 页')) + para(run('第 ') + simple('PAGE', '1') + run(' 页'));
    parts['word/footer1.xml'] = parts['word/footer1.xml'].replace(/<w:p>.*<\/w:ftr>/, `${footer}</w:ftr>`);
    const bytes = zipParts(parts);
    const found = analyzeDocx(openDocx(bytes)).findings.filter((f) => f.kind === 'footer').map((f) => f.finding.text);
    assert.deepStrictEqual(found, [AD.header], 'the ad, not the page number');
    const after = openDocx(cleanDocx(bytes).bytes);
    assert.deepStrictEqual(after.stories.filter((s) => s.kind === 'footer').map((s) => s.text), ['  第 1 页 共 3 页\n第 1 页']);
    const xml = after.xml.get('word/footer1.xml')!;
    assert.ok(xml.includes('<w:instrText xml:space="preserve"> NUMPAGES </w:instrText>') && xml.includes('<w:fldSimple w:instr=" PAGE ">'));
  });

  it('custom XML in UTF-16 is passed through untouched; a DOCTYPE in any part is refused', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="utf-16"?><data>值</data>', 'utf16le')]);
    const bytes = zipParts({ ...downloadedReportParts(), 'customXml/item1.xml': utf16 });
    const cleaned = cleanDocx(bytes);
    assert.deepStrictEqual(Buffer.from(openDocx(cleaned.bytes).pkg.entries.get('customXml/item1.xml')!), utf16);
    const withDoctype = zipParts({ ...downloadedReportParts(), 'customXml/item1.xml': '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>' });
    assert.throws(() => openDocx(withDoctype), /DOCTYPE/);
  });

  it('nothing lost: the cleaned body is exactly what the engine makes of the body text, and clean paragraphs keep their XML', () => {
    const paragraph = fc.record({
      kind: fc.constantFrom('sentence', 'sentence', 'sentence', 'heading', 'residue', 'marker'),
      pick: fc.nat(),
      cuts: fc.array(fc.nat(), { maxLength: 4 }),
    });
    let checked = 0;
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 14 }), (spec) => {
        const xml = spec.map((p, i) => {
          const sentence = SENTENCES[p.pick % SENTENCES.length];
          if (p.kind === 'heading') return para(runsOf(sentence.slice(0, 8), p.cuts), numbered(p.pick % 2));
          if (p.kind === 'residue') return para(runsOf(RESIDUE_LINES[p.pick % RESIDUE_LINES.length], p.cuts));
          if (p.kind === 'marker') return para(runsOf(`${i % 2 ? '一是' : '二是'}##paidbegin##${sentence}`, p.cuts));
          return para(runsOf(sentence, p.cuts));
        });
        const bytes = simpleDocx(['<w:p><w:r><w:t>关于加强理论学习的心得体会</w:t></w:r></w:p>', ...xml]);
        const before = openDocx(bytes);
        const cleaned = cleanDocx(bytes);
        checked += cleaned.unapplied > 0 ? 0 : 1;
        if (cleaned.unapplied > 0) return; // a fix Word cannot take is left for the user, so the texts differ by design
        const after = openDocx(cleaned.bytes);
        assert.strictEqual(after.body.text, fix(before.body.text));
        const afterXml = after.xml.get('word/document.xml')!;
        const beforeXml = before.xml.get('word/document.xml')!;
        for (const sp of before.body.paragraphs) {
          const text = sp.paragraph.text;
          if (!text.includes('#') && !RESIDUE_LINES.includes(text)) assert.ok(afterXml.includes(beforeXml.slice(sp.paragraph.el.start, sp.paragraph.el.end)), `paragraph ${sp.paragraph.index} kept`);
        }
      }),
      { numRuns: 60, seed: 20261202 },
    );
    assert.ok(checked >= 50, `${checked} of 60 documents compared`);
  });
});
