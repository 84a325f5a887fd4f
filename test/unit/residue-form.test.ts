import * as assert from 'assert';
import { analyze, fix } from '../../src/core';

const R = { only: ['residue' as const] };
const AD = '【青藤文库】海量精品范文，会员免费下载，客服微信：qt_wenku';
const P1 = '一是加强理论学习，坚持读原著学原文。';
const P2 = '二是改进工作作风，深入基层调查研究。';

function rules(text: string): string[] {
  return analyze(text, R).findings.filter((f) => f.category === 'residue').map((f) => f.ruleId);
}

describe('residue removal keeps the form of the text', () => {
  it('keeps CRLF line breaks', () => {
    assert.strictEqual(fix(`${P1}\r\n${AD}\r\n${P2}\r\n`, R), `${P1}\r\n${P2}\r\n`);
  });

  it('keeps a missing final newline missing', () => {
    assert.strictEqual(fix(`${P1}\n${P2}\n${AD}`, R), `${P1}\n${P2}`);
    assert.strictEqual(fix(`${P1}\n${P2}\n\n${AD}\n\n`, R), `${P1}\n${P2}\n`);
  });

  it('never removes a U+FEFF at offset 0, even on a residue line', () => {
    assert.strictEqual(fix(`\ufeff${AD}\n${P1}\n`, R), `\ufeff${P1}\n`);
    assert.strictEqual(fix(`\ufeff${P1}\n`, R), `\ufeff${P1}\n`);
    assert.deepStrictEqual(rules(`\ufeff${P1}\n`), []);
    // Inside the text the same character is an invisible leftover.
    assert.strictEqual(fix(`${P1}\n${P2.slice(0, 3)}\ufeff${P2.slice(3)}\n`, R), `${P1}\n${P2}\n`);
  });

  it('keeps paragraphs apart: a gap of one blank line stays one blank line', () => {
    assert.strictEqual(fix(`${P1}\n\n${AD}\n\n${P2}\n`, R), `${P1}\n\n${P2}\n`);
    assert.strictEqual(fix(`${P1}\n${AD}\n\n${P2}\n\n${P1}\n`, R), `${P1}\n\n${P2}\n\n${P1}\n`);
  });

  it('does not invent blank lines in a text whose paragraphs have none', () => {
    assert.strictEqual(fix(`${P1}\n\n${AD}\n\n${P2}\n${P1}\n`, R), `${P1}\n${P2}\n${P1}\n`);
  });

  it('removes a block of ad lines at the end with the blank lines and ornaments around it', () => {
    const text = `${P1}\n${P2}\n\n\n————————\n${AD}\n\n${AD}\n##paidend##\n\n`;
    assert.strictEqual(fix(text, R), `${P1}\n${P2}\n`);
  });

  it('leaves an ornament line alone when no residue is next to it', () => {
    const text = `${P1}\n————————\n${P2}\n`;
    assert.strictEqual(fix(text, R), text);
  });

  it('cuts residue glued after a sentence and before a heading, keeping both', () => {
    assert.strictEqual(fix(`${P1}更多精彩范文请关注微信公众号：公文素材君\n`, R), `${P1}\n`);
    assert.strictEqual(fix(`【笔杆子素材网】一、提高政治站位\n${P1}\n`, R), `一、提高政治站位\n${P1}\n`);
    assert.strictEqual(fix(`　　${P1} 第 2 页 共 6 页\n`, R), `　　${P1}\n`);
  });

  it('a line of only invisible characters stays as an empty line', () => {
    assert.strictEqual(fix(`${P1}\n\u200b\u200b\n${P2}\n`, R), `${P1}\n\n${P2}\n`);
  });

  it('keeps the zero-width joiner inside an emoji sequence', () => {
    const text = `${P1}👨\u200d👩\n`;
    assert.deepStrictEqual(rules(text), []);
  });
});

describe('exact residue', () => {
  it('finds marker variants anywhere in a line and removes only the marker', () => {
    for (const marker of ['##paidbegin##', '##paidend##', '$$paidbegin$$', '$$paidend$$', '##pagebreak##', '## paid begin ##', '##PAIDEND##', '＃＃paidbegin＃＃']) {
      assert.deepStrictEqual(rules(`一是${marker}对新理论学习不够深入。\n`), ['paywall-marker'], marker);
      assert.strictEqual(fix(`一是${marker}对新理论学习不够深入。\n`, R), '一是对新理论学习不够深入。\n', marker);
    }
  });

  it('removes the plugin placeholder, alone or between markers', () => {
    assert.strictEqual(fix(`${P1}\n请替换付费标签内内容\n${P2}\n`, R), `${P1}\n${P2}\n`);
    assert.strictEqual(fix(`${P1}\n##paidbegin##请替换付费标签内内容##paidend##\n${P2}\n`, R), `${P1}\n${P2}\n`);
    assert.strictEqual(fix(`${P1}请替换付费标签内的内容\n`, R), `${P1}\n`);
  });

  it('removes each kind of invisible character but nothing visible', () => {
    for (const ch of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u202e']) {
      const text = `${P1.slice(0, 4)}${ch}${P1.slice(4)}\n`;
      assert.deepStrictEqual(rules(text), ['residue-invisible-char'], ch.charCodeAt(0).toString(16));
      assert.strictEqual(fix(text, R), `${P1}\n`);
    }
    const spaced = `　　${P1}\u3000\u00a0\n`;
    assert.deepStrictEqual(rules(spaced), []);
  });

  it('takes page headers and footers only when they stand alone', () => {
    for (const footer of ['第 1 页 共 5 页', '第1页/共5页', '共5页 第2页', '1/5', '- 3 -', '—3—', '第 3 页', 'Page 2 of 6', '（本文共2页，第1页）']) {
      assert.strictEqual(fix(`${P1}\n${footer}\n${P2}\n`, R), `${P1}\n${P2}\n`, footer);
    }
    for (const prose of ['翻开党史第一页，我们就能看到初心。', '全支部约有1/3的党员参与了志愿服务。', '5/3']) {
      const text = `${P1}\n${prose}\n${P2}\n`;
      assert.strictEqual(fix(text, R), text, prose);
    }
  });
});

describe('residue allowlist', () => {
  const text = `${P1}\n${AD}\n${P2}\n`;

  it('an allowed line is neither reported nor removed, and its neighbours keep their lines', () => {
    const options = { only: ['residue' as const], residue: { allow: ['青藤文库'] } };
    assert.deepStrictEqual(analyze(text, options).findings.filter((f) => f.category === 'residue'), []);
    assert.strictEqual(fix(text, options), text);
  });

  it('an allowlist entry of one character is ignored', () => {
    const options = { only: ['residue' as const], residue: { allow: ['：'] } };
    assert.strictEqual(fix(text, options), `${P1}\n${P2}\n`);
  });

  it('the exact text of a finding, as the quick fix writes it, silences that finding only', () => {
    const dirty = `${P1}\n${AD}\n${P2}\n##paidend##\n`;
    const flagged = analyze(dirty, R).findings.find((f) => f.ruleId === 'residue-site-ad')!;
    const options = { only: ['residue' as const], residue: { allow: [flagged.text] } };
    assert.deepStrictEqual(analyze(dirty, options).findings.map((f) => f.ruleId), ['paywall-marker']);
    assert.strictEqual(fix(dirty, options), `${P1}\n${AD}\n${P2}\n`);
  });
});

