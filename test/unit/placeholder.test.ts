import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, fix } from '../../src/core';

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

  it('scan a very long line in linear time', () => {
    const line = '（此处'.repeat(20000) + 'XX' + '某'.repeat(20000) + '\n';
    const started = Date.now();
    const found = placeholders(line);
    assert.ok(found.some((f) => f.text === 'XX'));
    assert.ok(Date.now() - started < 2000, 'long line took too long');
  });
});
