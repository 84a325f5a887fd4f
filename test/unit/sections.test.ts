import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import type { Section } from '../../src/core/sections';

const seed = fs.readFileSync(path.join(__dirname, '../fixtures/seed/seed-report.txt'), 'utf8');

function outline(sections: readonly Section[]): unknown[] {
  return sections.map((s) => ({ name: s.marker + s.title, children: outline(s.children) }));
}

describe('sections', () => {
  it('builds the seed outline: three parts, each with （一）–（三）', () => {
    const { sections } = analyze(seed);
    assert.deepStrictEqual(sections.map((s) => s.marker + s.title), ['一、收获体会', '二、存在的突出问题', '三、改进工作的措施']);
    for (const part of sections) assert.deepStrictEqual(part.children.map((c) => c.marker), ['（一）', '（二）', '（三）']);
    assert.strictEqual(sections[2].children[0].title, '加强理论学习，坚定理想信念');
    assert.strictEqual(sections[0].children[0].title, '通过学习，深刻领悟到“两个确立”的决定性意义');
  });

  it('cuts the title at the first 。！？ and keeps the marker as written', () => {
    const { headings } = analyze('一、 强化担当！然后正文。\n（一）、问题在哪？正文\n');
    assert.deepStrictEqual(headings.map((h) => [h.marker, h.title]), [['一、', '强化担当'], ['（一）、', '问题在哪']]);
  });

  it('nests a skipped level under the nearest shallower heading', () => {
    const { sections } = analyze('一、总体\n1.第一点\n（1）细节\n（一）回到第二级\n二、其次\n（1）直接第四级\n');
    assert.deepStrictEqual(outline(sections), [
      { name: '一、总体', children: [
        { name: '1.第一点', children: [{ name: '（1）细节', children: [] }] },
        { name: '（一）回到第二级', children: [] },
      ] },
      { name: '二、其次', children: [{ name: '（1）直接第四级', children: [] }] },
    ]);
  });

  it('gives each section its lines up to the next sibling, without trailing blank lines', () => {
    const { sections } = analyze('标题\n\n一、甲\n正文\n\n二、乙\n（一）丙\n正文\n\n');
    assert.deepStrictEqual(sections.map((s) => [s.line, s.lastLine]), [[2, 3], [5, 7]]);
    assert.deepStrictEqual(sections[1].children.map((s) => [s.line, s.lastLine]), [[6, 7]]);
  });

  it('keeps offsets right with CRLF line breaks and a BOM', () => {
    const text = '\uFEFF标题\r\n一、甲\r\n（一）乙。正文\r\n';
    const [a, b] = analyze(text).headings;
    assert.strictEqual(text.slice(a.markerStart, a.markerEnd), '一、');
    assert.strictEqual(text.slice(b.markerStart, b.markerEnd), '（一）');
    assert.strictEqual(text.slice(b.titleStart, b.titleEnd), '乙');
  });

  it('does not take 一是/二是 inside a paragraph for headings', () => {
    const { headings } = analyze('（一）学习。一是学原文，二是悟原理。\n一是要坚持，二是要深化。\n');
    assert.deepStrictEqual(headings.map((h) => h.marker), ['（一）']);
  });
});
