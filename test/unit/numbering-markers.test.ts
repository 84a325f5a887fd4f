import * as assert from 'assert';
import { formatChineseOrdinal, parseChineseOrdinal } from '../../src/core/chinese-numerals';
import { formatNumeral, parseMarker, standardMarker } from '../../src/core/numbering/markers';

function summary(line: string): string | undefined {
  const m = parseMarker(line);
  return m && `${m.level}|${m.ordinal}|${m.open}|${m.numeral}|${m.close}|${m.separator}`;
}

describe('numbering markers', () => {
  it('reads the four standard levels', () => {
    assert.strictEqual(summary('一、收获体会'), '1|1||一||、');
    assert.strictEqual(summary('（二）通过学习'), '2|2|（|二|）|');
    assert.strictEqual(summary('3.坚持问题导向'), '3|3||3||.');
    assert.strictEqual(summary('（4）读原著'), '4|4|（|4|）|');
  });

  it('reads ordinals past 十 in both Chinese forms', () => {
    assert.strictEqual(summary('十一、附则'), '1|11||十一||、');
    assert.strictEqual(summary('二十三、结语'), '1|23||二十三||、');
    assert.strictEqual(summary('（十二）其他'), '2|12|（|十二|）|');
    assert.strictEqual(summary('12.第十二点'), '3|12||12||.');
  });

  it('reads mistaken variants at the level they imitate', () => {
    assert.strictEqual(summary('一.提高认识'), '1|1||一||.');
    assert.strictEqual(summary('一．提高认识'), '1|1||一||．');
    assert.strictEqual(summary('一，提高认识'), '1|1||一||，');
    assert.strictEqual(summary('（一）、把握要求'), '2|1|（|一|）|、');
    assert.strictEqual(summary('(一)把握要求'), '2|1|(|一|)|');
    assert.strictEqual(summary('1、学习'), '3|1||1||、');
    assert.strictEqual(summary('１．学习'), '3|1||１||．');
    assert.strictEqual(summary('（1）、读原著'), '4|1|（|1|）|、');
    assert.strictEqual(summary('(1)读原著'), '4|1|(|1|)|');
    assert.strictEqual(summary('⑵读原著'), '4|2||⑵||');
  });

  it('allows leading blanks, including the ideographic space', () => {
    const m = parseMarker('\u3000\u3000（一）缩进的标题')!;
    assert.strictEqual(m.offset, 2);
    assert.strictEqual(m.text, '（一）');
  });

  it('does not take prose that starts with a number for a heading', () => {
    for (const line of ['2023年以来，支部开展主题党日12次。', '1.5亿元专项资金已到位。', '12345热线反映的问题已办结。',
      '一是压实责任，二是抓好落实。', '一、二季度各项指标稳中有进。', '1、2月份完成任务。', '十分重要的是，', '（2023年）',
      '首先，统一思想。', '一方面，', '']) {
      assert.strictEqual(parseMarker(line), undefined, line);
    }
  });

  it('formats standard markers and numerals of each kind', () => {
    assert.deepStrictEqual([1, 2, 3, 4].map((l) => standardMarker(l as 1 | 2 | 3 | 4, 11)), ['十一、', '（十一）', '11.', '（11）']);
    assert.strictEqual(formatNumeral('fullwidth-digit', 12), '１２');
    assert.strictEqual(formatNumeral('circled', 3), '⑶');
    assert.strictEqual(formatNumeral('circled', 21), undefined);
  });

  it('round-trips every Chinese ordinal from 1 to 99', () => {
    for (let n = 1; n <= 99; n++) assert.strictEqual(parseChineseOrdinal(formatChineseOrdinal(n)), n);
    for (const bad of ['十十', '一二', '一十一一', '〇']) assert.ok(Number.isNaN(parseChineseOrdinal(bad)), bad);
  });
});
