import * as assert from 'assert';
import { analyzeDocx, cleanDocx, importText, openDocx } from '../../src/core/docx';
import { parseXml } from '../../src/core/docx/xml';
import { AD, downloadedReport, EXPECTED_CLEAN_BODY, NUMBERING_VARIANTS_BODY, numberingVariants, para, run, simpleDocx, TITLE } from './docx-fixtures';

describe('docx model', () => {
  it('rebuilds Word numbering labels: 一、（一）1. from numbering.xml, 二、 from a paragraph style, restart under a new 一级', () => {
    const doc = openDocx(downloadedReport());
    const lines = doc.body.text.split('\n');
    assert.deepStrictEqual(
      lines.filter((l) => /^(一|二|（|1\.)/.test(l) && !/^(一是|二是)/.test(l)),
      ['一、深化理论武装，筑牢思想根基', '（一）坚持读原著学原文', '1.制定学习计划', '（二）坚持联系实际', '二、强化责任担当，推动工作落实', '1.主动认领任务'],
    );
    const styled = doc.body.paragraphs.find((p) => p.paragraph.styleId === 'ReportHeading1')!;
    assert.strictEqual(styled.paragraph.label, '二、');
  });

  it('formats other numFmts, lvlText, start, startOverride, lvlRestart 0, and continues a list across two w:num', () => {
    // lvlRestart 0: level 2 continues (甲、乙、) across a new level 1; startOverride 11 gives 十一、 then 十二、;
    // numId 7 shares the abstract list of numId 6, so it goes on with 十三、.
    assert.deepStrictEqual(openDocx(numberingVariants()).body.text.split('\n'), NUMBERING_VARIANTS_BODY);
  });

  it('reads headers, footers, the VML watermark, the text box once, notes, comments, properties and invisible runs', () => {
    const doc = openDocx(downloadedReport());
    const kinds = doc.stories.map((s) => `${s.kind}:${s.part}:${s.property ?? ''}:${s.text.split('\n')[0]}`);
    assert.ok(kinds.includes(`header:word/header1.xml::${AD.header}`), kinds.join('\n'));
    assert.ok(kinds.includes(`footer:word/footer1.xml::${AD.footer}`));
    assert.ok(kinds.includes(`watermark:word/header1.xml::${AD.watermark}`));
    assert.strictEqual(doc.stories.filter((s) => s.kind === 'textbox').length, 1, 'DrawingML box and its VML fallback count once');
    assert.ok(kinds.includes('footnote:word/footnotes.xml::数据来源于支部年度工作台账。'));
    assert.ok(kinds.includes('comment:word/comments.xml::请核对学习次数。'));
    assert.ok(kinds.includes(`property:docProps/app.xml:Company:${AD.company}`));
    const hidden = doc.stories.filter((s) => s.kind === 'hidden').map((s) => [s.hidden!.piece.reason, s.text]);
    assert.deepStrictEqual(hidden, [['hidden', AD.hidden], ['white', AD.white], ['tiny', AD.tiny]]);
    // Not in the body text: invisible runs, the text box, tracked deletions; inserted text is.
    assert.ok(!doc.body.text.includes(AD.hidden) && !doc.body.text.includes(AD.textbox) && !doc.body.text.includes('拖延敷衍'));
    assert.ok(doc.body.text.includes('逐项落实，按时销号。'));
    assert.strictEqual(doc.deletedCharacters, 4);
  });

  it('finds every residue with its part and paragraph', () => {
    const found = analyzeDocx(openDocx(downloadedReport())).findings.map((f) => `${f.kind} ${f.part} ${f.paragraph ?? f.property} ${f.finding.ruleId}`);
    assert.deepStrictEqual(found, [
      'body word/document.xml 1 residue-site-ad',
      'body word/document.xml 7 paywall-marker',
      'body word/document.xml 18 residue-source-note',
      'textbox word/document.xml 15 residue-site-ad',
      'footer word/footer1.xml 0 residue-contact',
      'header word/header1.xml 0 residue-site-ad',
      'watermark word/header1.xml undefined residue-site-ad',
      'hidden word/document.xml 2 residue-site-ad',
      'hidden word/document.xml 5 residue-contact',
      'hidden word/document.xml 9 residue-url',
      'property docProps/core.xml dc:creator residue-site-ad',
      'property docProps/app.xml Company residue-site-ad',
    ]);
  });

  it('cleans: the body becomes the expected report and a second clean changes nothing', () => {
    const cleaned = cleanDocx(downloadedReport());
    assert.ok(cleaned.changed);
    assert.strictEqual(cleaned.unapplied, 0);
    const doc = openDocx(cleaned.bytes);
    assert.strictEqual(importText(doc).text, EXPECTED_CLEAN_BODY.join('\n') + '\n');
    assert.deepStrictEqual(analyzeDocx(doc).findings.map((f) => f.finding.ruleId), []);
    assert.strictEqual(cleanDocx(cleaned.bytes).changed, false);
    // What is no ad stays: the title property, the footnote, the comment, the page number field.
    assert.ok(doc.stories.some((s) => s.property === 'dc:title' && s.text === TITLE));
    assert.ok(doc.stories.some((s) => s.kind === 'footnote'));
    assert.ok(doc.stories.some((s) => s.kind === 'footer' && s.text === '1'));
  });

  it('keeps every untouched paragraph, every untouched part and the bold run and title style byte for byte', () => {
    const original = downloadedReport();
    const before = openDocx(original);
    const after = openDocx(cleanDocx(original).bytes);
    const xmlBefore = before.xml.get('word/document.xml')!;
    const xmlAfter = after.xml.get('word/document.xml')!;
    const touched = new Set([1, 2, 5, 7, 9, 14, 15, 16, 18]); // removed or edited w:p indices (15/16: the box's two copies)
    let kept = 0;
    for (const sp of before.body.paragraphs) {
      const p = sp.paragraph;
      if (touched.has(p.index)) continue;
      assert.ok(xmlAfter.includes(xmlBefore.slice(p.el.start, p.el.end)), `paragraph ${p.index} changed`);
      kept++;
    }
    assert.strictEqual(kept, 10);
    assert.ok(xmlAfter.includes('<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>认真参加</w:t></w:r>'));
    assert.ok(xmlAfter.includes(`<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>${TITLE}</w:t></w:r></w:p>`));
    assert.ok(xmlAfter.includes(xmlBefore.slice(xmlBefore.indexOf('<w:sectPr>'))), 'section properties kept');
    for (const part of ['word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml', 'word/comments.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels']) {
      assert.deepStrictEqual(Buffer.from(after.pkg.entries.get(part)!), Buffer.from(before.pkg.entries.get(part)!), part);
    }
  });

  it('cuts an inline marker run by run and removes the run a cut empties', () => {
    const bytes = simpleDocx([para(run('一是##paid') + run('begin##', '<w:b/>') + run('落实责任。')), para(run('二是加强督查。'))]);
    const xml = openDocx(cleanDocx(bytes).bytes).xml.get('word/document.xml')!;
    assert.ok(xml.includes('<w:p><w:r><w:t>一是</w:t></w:r><w:r><w:t>落实责任。</w:t></w:r></w:p>'), xml);
  });

  it('leaves an item the user unticked', () => {
    const all = cleanDocx(downloadedReport());
    const header = all.removed.find((r) => r.kind === 'header')!;
    const kept = cleanDocx(downloadedReport(), { keep: new Set([header.key]) });
    const doc = openDocx(kept.bytes);
    assert.ok(doc.stories.some((s) => s.kind === 'header' && s.text.startsWith(AD.header)));
    assert.ok(!doc.stories.some((s) => s.kind === 'footer' && s.text.includes(AD.footer)));
    // The same text in two properties: each is its own item.
    const company = all.removed.find((r) => r.property === 'Company')!;
    assert.ok(all.removed.some((r) => r.property === 'dc:creator' && r.key !== company.key));
    const props = openDocx(cleanDocx(downloadedReport(), { keep: new Set([company.key]) }).bytes).stories.filter((s) => s.kind === 'property').map((s) => s.property);
    assert.deepStrictEqual(props, ['dc:title', 'cp:lastModifiedBy', 'Company']);
  });

  it('reads XML with offsets and refuses DOCTYPE and unknown entities', () => {
    const root = parseXml('<?xml version="1.0"?><a x="1&amp;2"><b>t&lt;</b><c/></a>');
    const a = root.children[0];
    assert.ok(a.type === 'element' && a.attrs.x === '1&2' && a.start === 21);
    assert.throws(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'), /DOCTYPE/);
    assert.throws(() => parseXml('<a>&x;</a>'), /entity/);
    assert.throws(() => parseXml('<a><b></a>'), /well-formed/);
  });
});
