import * as assert from 'assert';
import { analyze, nextOrdinals, TextModel } from '../../src/core';

/** Suggestions at the `|` in `marked`. */
function at(marked: string) {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const model = new TextModel(text);
  const all = nextOrdinals(model, analyze(text).headings, offset);
  return { labels: all.map((s) => s.label), first: all[0]?.label, all, text, offset };
}

describe('next-ordinal completion', () => {
  it('offers 一、 in a document without headings', () => {
    assert.deepStrictEqual(at('标题\n|').labels, ['一、']);
  });

  it('after （二） with text, offers （三） first, then its child and the next level-1 heading', () => {
    const r = at('一、收获体会\n（一）第一点。正文。\n（二）第二点。正文。\n|');
    assert.strictEqual(r.first, '（三）');
    assert.deepStrictEqual([...r.labels].sort(), ['1.', '二、', '（三）'].sort());
  });

  it('right after a title-only heading, offers its first child first', () => {
    assert.strictEqual(at('一、收获体会\n|').first, '（一）');
    assert.strictEqual(at('一、收获体会\n（一）在理论学习方面\n|').first, '1.');
    assert.strictEqual(at('一、甲\n（一）乙\n1.丙\n|').first, '（1）');
  });

  it('offers no child below level 4', () => {
    const r = at('一、甲\n（一）乙\n1.丙\n（1）丁。正文。\n|');
    assert.deepStrictEqual(r.labels, ['（2）', '2.', '（二）', '二、']);
  });

  it('continues past 十 (十一、 and （十一）)', () => {
    assert.strictEqual(at('十、甲。正文。\n|').first, '十一、');
    assert.strictEqual(at('一、甲\n（十）乙。正文。\n|').first, '（十一）');
  });

  it('filters by what is typed and replaces it', () => {
    const r = at('一、甲\n（一）乙。正文。\n（|');
    assert.deepStrictEqual(r.labels, ['（二）']);
    assert.strictEqual(r.all[0].replaceStart, r.offset - 1);
    assert.deepStrictEqual(at('一、甲\n（一）乙。正文。\n二|').labels, ['二、']);
  });

  it('uses the heading above the cursor, not the last one in the document', () => {
    assert.strictEqual(at('一、甲\n（一）乙。正文。\n|\n（五）戊。\n').first, '（二）');
  });

  it('offers nothing in the middle of a sentence', () => {
    assert.deepStrictEqual(at('一、甲\n（一）乙。正文|继续。\n').labels, []);
  });
});

describe('enumeration completion (一是/二是)', () => {
  it('after 二是… in the paragraph offers 三是 right after a full stop', () => {
    const r = at('（一）在理论学习方面。一是学习不深。二是联系不够。|');
    assert.deepStrictEqual(r.labels, ['三是']);
    assert.strictEqual(r.all[0].replaceStart, r.offset);
  });

  it('replaces the part already typed', () => {
    const r = at('一是学习不深。二是联系不够。三|');
    assert.deepStrictEqual(r.labels, ['三是']);
    assert.strictEqual(r.all[0].replaceStart, r.offset - 1);
  });

  it('at the start of the line after an 一是 paragraph, offers 二是 first', () => {
    const r = at('一、措施\n一是加强学习。\n|');
    assert.strictEqual(r.first, '二是');
  });

  it('does not read 统一是 or 唯一是 as an enumeration', () => {
    assert.deepStrictEqual(at('思想统一是前提。唯一是要求。|').labels, []);
  });

  it('offers nothing in mid-sentence after an enumerator', () => {
    assert.deepStrictEqual(at('一是学习不深，|').labels, []);
  });
});
