import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, fix } from '../../src/core';
import { BRACKETED } from '../../src/core/rules/placeholder-fill-in';
import { stepGrowth } from './regex-steps';

const placeholders = (text: string) => analyze(text).findings.filter((f) => f.category === 'placeholder');
const texts = (text: string) => placeholders(text).map((f) => f.text);

describe('placeholder rules', () => {
  it('flag XX, ×××, 20XX年 (with its digits) and lower-case xx', () => {
    assert.deepStrictEqual(texts('XX同志在20XX年到×××单位调研，xx月。\n'), ['XX', '20XX', '×××', 'xx']);
  });

  it('flag a single X only where a number or name is expected', () => {
    assert.deepStrictEqual(texts('X月X日召开第X次会议，X市参加。\n'), ['X', 'X', 'X', 'X']);
    assert.deepStrictEqual(texts('做X光检查，X型结构，3×4的表格。\n'), []);
  });

  it('leave Latin words and roman-looking letters inside words alone', () => {
    assert.deepStrictEqual(texts('使用Linux系统和XXL号码，box。\n'), []);
  });

  it('flag ○○ and □□ runs but not the numeral 〇 in 二〇〇〇年', () => {
    assert.deepStrictEqual(texts('○○村与□□镇，二〇〇〇年。\n'), ['○○', '□□']);
  });

  it('flag 某某 but not an anonymised person in a case (张某某)', () => {
    assert.deepStrictEqual(texts('某某同志和某某某局，案例中张某某、王某某受到处分。\n'), ['某某', '某某某']);
  });

  it('flag bracketed fill-in instructions, not ordinary brackets', () => {
    assert.deepStrictEqual(texts('（此处填写单位名称）【请输入姓名】[在此插入案例]\n'), ['（此处填写单位名称）', '【请输入姓名】', '[在此插入案例]']);
    assert.deepStrictEqual(texts('（一）加强学习（2023年）【案例】\n'), []);
  });

  it('leave 请替换付费标签内内容 to the residue rules (no placeholder finding)', () => {
    assert.deepStrictEqual(texts('（请替换付费标签内内容）\n'), []);
  });

  it('give positions that point at the placeholder, on any line', () => {
    const text = '标题\r\n正文XX同志。\r\n';
    const [finding] = placeholders(text);
    assert.strictEqual(text.slice(finding.start, finding.end), 'XX');
  });

  it('offer no fix and are never removed by bulk fix', () => {
    const text = 'XX同志在20XX年（此处填写）某某局。\n';
    assert.ok(placeholders(text).length >= 3);
    assert.ok(placeholders(text).every((f) => f.fix === undefined));
    assert.strictEqual(fix(text), text);
  });

  it('find nothing in the seed report', () => {
    const seed = fs.readFileSync(path.join(__dirname, '../fixtures/seed/seed-report.txt'), 'utf8');
    assert.deepStrictEqual(texts(seed), []);
  });

  it('scan a very long line of open brackets and still find the placeholder after it', () => {
    const line = '（此处'.repeat(20000) + 'XX' + '某'.repeat(20000) + '\n';
    assert.ok(placeholders(line).some((f) => f.text === 'XX'));
  });

  it('do linear work on a line of open brackets (counted steps of the bracket scan, not time)', () => {
    // Each further 900 characters cost the same number of backtracking steps: the bracket body is bounded.
    const growth = stepGrowth(BRACKETED, (n) => '（此处'.repeat(n / 3), 900, 1000);
    assert.ok(growth.ratio <= 1.05, `steps ${growth.costs.map((c) => c.steps).join(' → ')}`);
  });
});
