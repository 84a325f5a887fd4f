import * as assert from 'assert';
import { formatChineseOrdinal, parseChineseOrdinal } from '../../src/core/chinese-numerals';
import { analyze } from '../../src/core';
import { renumberDocument } from '../../src/core/numbering/renumber';

describe('chinese numerals', () => {
  it('round-trips every ordinal a report uses (1..99)', () => {
    for (let n = 1; n <= 99; n++) assert.strictEqual(parseChineseOrdinal(formatChineseOrdinal(n)), n, String(n));
  });

  it('writes ordinals past 99 instead of throwing', () => {
    assert.deepStrictEqual([100, 101, 110, 1001, 9999, 10005, 120000].map(formatChineseOrdinal), ['一百', '一百零一', '一百一十', '一千零一', '九千九百九十九', '一万零五', '十二万']);
    assert.throws(() => formatChineseOrdinal(0), RangeError);
  });

  it('analyses and renumbers a text with more than 99 sections', () => {
    const text = Array.from({ length: 120 }, () => '一、重复的标题\n').join('');
    const result = analyze(text, { only: ['numbering'] });
    assert.ok(result.findings.some((f) => f.ruleId === 'numbering-sequence'));
    const edits = renumberDocument(result.headings);
    assert.ok(edits.some((e) => e.newText === '一百二十、'), 'the 120th heading becomes 一百二十');
  });
});
