import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, applyEdits, fix, type EngineOptions, type Finding } from '../../src/core';

const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, '../fixtures', name), 'utf8');
const numbering = (text: string, options?: EngineOptions): Finding[] => analyze(text, options).findings.filter((f) => f.category === 'numbering');

/** The line holding a finding, after applying that finding's quick fix alone. */
function fixedLine(text: string, finding: Finding): string {
  const fixed = applyEdits(text, finding.fix!.edits);
  const lineStart = text.lastIndexOf('\n', finding.start) + 1;
  return fixed.slice(lineStart).split('\n')[0];
}

describe('numbering rules', () => {
  it('find nothing on the seed', () => {
    assert.deepStrictEqual(numbering(fixture('seed/seed-report.txt')), []);
  });

  it('find nothing on a correctly numbered report with prose lines starting with numbers', () => {
    assert.deepStrictEqual(numbering(fixture('numbering/correct.txt')), []);
  });

  it('report each mistake once and nothing on correct lines', () => {
    const text = fixture('numbering/mistakes.txt');
    const lines = text.split('\n');
    const got = numbering(text).map((f) => `${text.slice(0, f.start).split('\n').length - 1}:${f.ruleId}:${f.text}`);
    assert.deepStrictEqual(got, [
      '3:numbering-punctuation:一.',
      '4:numbering-punctuation:（一）、',
      '5:numbering-parentheses:(二)',
      '6:numbering-sequence:（四）',
      '8:numbering-punctuation:1、',
      '9:numbering-punctuation:２．',
      '9:numbering-digit-width:２．',
      '11:numbering-sequence:3.',
      '13:numbering-parentheses:⑵',
      '15:numbering-level-order:（1）',
      '16:numbering-punctuation:四，',
      '20:numbering-mixed-style:3.',
    ]);
    // The prose lines at the end are not headings.
    assert.ok(lines[21].startsWith('2023年'));
  });

  it('give quick fixes that produce the corrected line', () => {
    const text = fixture('numbering/mistakes.txt');
    const fixes = numbering(text).map((f) => [f.ruleId, fixedLine(text, f), f.fix!.safe]);
    assert.deepStrictEqual(fixes, [
      ['numbering-punctuation', '一、 提高思想认识', true],
      ['numbering-punctuation', '（一）把握总体要求。基层组织是党的执政根基。', true],
      ['numbering-parentheses', '（二）明确工作重点。要抓住关键少数。', true],
      ['numbering-sequence', '（三）落实工作责任。一是压实支部责任，二是压实党员责任。', false],
      ['numbering-punctuation', '1.学习不够系统。', true],
      ['numbering-punctuation', '２.调研不够深入。', true],
      ['numbering-digit-width', '2．调研不够深入。', true],
      ['numbering-sequence', '4. 作风不够扎实。', false],
      ['numbering-parentheses', '（2）遇到矛盾往上交。', true],
      ['numbering-level-order', '（一）坚持学用结合。', false],
      ['numbering-punctuation', '四、强化制度执行', true],
      ['numbering-mixed-style', '（三）用好后备力量。', false],
    ]);
  });

  it('fix only the safe ones in bulk and leave the text otherwise intact', () => {
    const text = fixture('numbering/mistakes.txt').replace(/\n/g, '\r\n');
    const fixed = fix(text, { only: ['numbering'] });
    assert.deepStrictEqual(numbering(fixed).map((f) => f.ruleId), ['numbering-sequence', 'numbering-sequence', 'numbering-level-order', 'numbering-mixed-style']);
    assert.ok(fixed.endsWith('稳中有进。\r\n'));
    assert.strictEqual(fixed.split('\r\n').length, text.split('\r\n').length);
    // Only marker characters changed: the texts agree once markers are stripped.
    const strip = (s: string) => s.split('\r\n').map((l) => l.replace(/^[（(]?[一二三四五六七八九十0-9０-９⑴-⒇]{1,3}[）)]?[、.．，]?/, '')).join('\n');
    assert.strictEqual(strip(fixed), strip(text));
  });

  it('flag repeated and backward numbers', () => {
    const repeated = numbering('一、甲\n二、乙\n二、丙\n三、丁\n');
    assert.deepStrictEqual(repeated.map((f) => [f.text, f.message.en]), [['二、', 'Heading number "二、" repeats the previous sibling\'s; expected "三、"']]);
    const backward = numbering('一、甲\n二、乙\n三、丙\n二、丁\n');
    assert.deepStrictEqual(backward.map((f) => f.message.zh), ['序号“二、”倒序，应为“四、”']);
  });

  it('flag a first sibling that does not start at one', () => {
    assert.deepStrictEqual(numbering('二、开头就是二\n三、然后三\n').map((f) => f.text), ['二、']);
  });

  it('accept 一、 directly followed by 1. but not （一） followed by （1）', () => {
    assert.deepStrictEqual(numbering('一、甲\n1.子\n2.子\n二、乙\n'), []);
    assert.deepStrictEqual(numbering('一、甲\n（一）子\n（1）孙\n').map((f) => f.ruleId), ['numbering-level-order']);
  });

  it('flag a lower level before the first 一、, but accept a report numbered from （一） only', () => {
    assert.deepStrictEqual(numbering('（一）前言\n一、正文\n').map((f) => f.ruleId), ['numbering-level-order']);
    assert.deepStrictEqual(numbering('（一）甲\n（二）乙\n1.子\n'), []);
  });

  it('count a style mix in the sequence it continues, without a second skip finding', () => {
    const found = numbering('一、甲\n二、乙\n3、丙\n四、丁\n');
    assert.deepStrictEqual(found.map((f) => [f.ruleId, f.text, f.fix!.edits[0].newText]), [['numbering-mixed-style', '3、', '三、']]);
  });

  it('follow the settings where sources disagree', () => {
    const text = '一、甲\n1．子\n（1）孙\n⑵孙\n';
    assert.deepStrictEqual(numbering(text).map((f) => f.ruleId), ['numbering-punctuation', 'numbering-parentheses']);
    assert.deepStrictEqual(numbering(text, { numbering: { allowFullWidthDot: true, allowParenthesizedDigits: true } }), []);
  });

  it('number past 十 without findings', () => {
    const text = Array.from({ length: 23 }, (_, i) => `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三'][i]}、第${i + 1}部分\n（九十九）不对`).join('\n');
    const found = numbering(text);
    // Each part holds one （九十九）: 23 sequence findings, and no heading misread.
    assert.strictEqual(found.length, 23);
    assert.ok(found.every((f) => f.ruleId === 'numbering-sequence' && f.text === '（九十九）'));
  });

  it('stay quiet when the numbering category is off', () => {
    assert.deepStrictEqual(numbering(fixture('numbering/mistakes.txt'), { only: ['residue'] }), []);
  });
});

describe('numbering sample (samples/numbering-mistakes.txt)', () => {
  it('shows each kind of numbering mistake once and no residue or other finding', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../samples/numbering-mistakes.txt'), 'utf8');
    const found = analyze(text).findings.map((f) => `${text.slice(0, f.start).split('\n').length - 1}:${f.ruleId}`);
    assert.deepStrictEqual(found, [
      '3:numbering-punctuation', '4:numbering-punctuation', '5:numbering-parentheses', '6:numbering-sequence',
      '8:numbering-punctuation', '9:numbering-punctuation', '9:numbering-digit-width', '11:numbering-sequence',
      '13:numbering-level-order', '14:numbering-punctuation', '18:numbering-mixed-style',
    ]);
  });
});
