import * as assert from 'assert';
import { ALL_TEMPLATES, analyze, previewLine, renderSnippet, snippetBody } from '../../src/core';
import { numberStops } from '../../src/core/templates/number-stops';

const byId = (id: string) => ALL_TEMPLATES.find((t) => t.id === id)!;

describe('templates', () => {
  it('have unique ids and unique prefixes', () => {
    const ids = ALL_TEMPLATES.map((t) => t.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    const prefixes = ALL_TEMPLATES.flatMap((t) => t.prefixes);
    assert.strictEqual(new Set(prefixes).size, prefixes.length, 'a prefix is used twice');
  });

  it('each offer a pinyin-initials prefix and a Chinese one', () => {
    for (const t of ALL_TEMPLATES) {
      assert.ok(t.prefixes.some((p) => /^[a-z]{2,6}$/.test(p)), `${t.id}: no pinyin prefix`);
      assert.ok(t.prefixes.some((p) => /^[\u4e00-\u9fff]+$/.test(p)), `${t.id}: no Chinese prefix`);
    }
  });

  it('number their tab stops 1..n in reading order and end with $0', () => {
    for (const t of ALL_TEMPLATES) {
      const { stops } = renderSnippet(snippetBody(t));
      const numbered = stops.filter((s) => s.index > 0).map((s) => s.index);
      assert.deepStrictEqual(numbered, numbered.map((_, i) => i + 1), `${t.id}: stops out of order`);
      assert.ok(numbered.length >= 1, `${t.id}: no tab stop`);
      assert.deepStrictEqual(stops.filter((s) => s.index === 0).length, 1, `${t.id}: needs exactly one $0`);
    }
  });

  it('render the seed three-part frame with its headings and closing line', () => {
    const { text } = renderSnippet(snippetBody(byId('study-three-part')));
    const lines = text.split('\n');
    assert.deepStrictEqual(lines.filter((l) => /^[一二三]、/.test(l)), ['一、收获体会', '二、存在的突出问题', '三、改进工作的措施']);
    assert.strictEqual(lines.filter((l) => /^（[一二三]）/.test(l)).length, 9);
    assert.strictEqual(lines[lines.length - 1], '汇报完毕，不妥之处请批评指正。');
    assert.ok(lines[1].endsWith('现将学习心得汇报如下：'));
  });

  it('give the inspection frame its three parts', () => {
    const { text } = renderSnippet(snippetBody(byId('inspection')));
    assert.deepStrictEqual(text.split('\n').filter((l) => /^[一二三]、/.test(l)), ['一、存在的问题', '二、原因剖析', '三、整改措施']);
  });

  it('produce frames whose numbering the engine accepts', () => {
    for (const t of ALL_TEMPLATES.filter((x) => x.kind === 'frame')) {
      const { text } = renderSnippet(snippetBody(t));
      const numbering = analyze(text).findings.filter((f) => f.category === 'numbering');
      assert.deepStrictEqual(numbering.map((f) => f.ruleId), [], `${t.id}: numbering findings`);
    }
  });

  it('leave 20XX defaults flagged until the writer fills them in', () => {
    const { text } = renderSnippet(snippetBody(byId('duty-report')));
    assert.ok(analyze(text).findings.some((f) => f.ruleId === 'placeholder-mark' && f.text === '20XX'));
  });

  it('show a preview line: a frame\'s level-1 headings, or the line itself', () => {
    assert.strictEqual(previewLine(byId('study-three-part')), '一、收获体会 ／ 二、存在的突出问题 ／ 三、改进工作的措施');
    assert.strictEqual(previewLine(byId('closing')), '汇报完毕，不妥之处请批评指正。');
    assert.strictEqual(previewLine(byId('heading-2')), '（一）标题');
  });

  it('offer the choices of a choice stop', () => {
    const { stops } = renderSnippet(snippetBody(byId('heading-1')));
    assert.deepStrictEqual(stops[0].choices?.slice(0, 3), ['一', '二', '三']);
  });
});

describe('snippet syntax', () => {
  it('renders defaults, choices, nested placeholders and escapes', () => {
    const r = renderSnippet('${1:甲${2:乙}}丙${3|丁,戊|}\\$5\\}$0');
    assert.strictEqual(r.text, '甲乙丙丁$5}');
    assert.deepStrictEqual(r.stops.map((s) => [s.index, s.offset, s.length]), [[1, 0, 2], [2, 1, 1], [3, 3, 1], [0, 7, 0]]);
  });

  it('throws on an unterminated placeholder instead of inserting garbage', () => {
    assert.throws(() => renderSnippet('${1:甲'), SyntaxError);
    assert.throws(() => renderSnippet('${1|甲,乙'), SyntaxError);
  });

  it('numbers unnumbered stops across lines', () => {
    assert.deepStrictEqual(numberStops(['${:甲}${|乙,丙|}', '${}$0']), ['${1:甲}${2|乙,丙|}', '${3}$0']);
  });
});
