import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, countCharacters, countExcluding, countSelection, TextModel } from '../../src/core';
import { findDeclaredCount } from '../../src/core/count';

const SEED = fs.readFileSync(path.join(__dirname, '../fixtures/seed/seed-report.txt'), 'utf8');
const CLOSING = '汇报完毕，不妥之处请批评指正。';

describe('wordcount', () => {
  it('counts ideographs and full-width punctuation, not digits, Latin, blanks or the ideographic space', () => {
    assert.strictEqual(countCharacters('2023年，第1页ABC。', 'cjk-punct'), 5);
    assert.strictEqual(countCharacters('“两个确立”——学习…', 'cjk-punct'), 11);
    assert.strictEqual(countCharacters('学\u3000习 ｘ１', 'cjk-punct'), 2);
    assert.strictEqual(countCharacters('学习，心得。', 'cjk'), 4);
    assert.strictEqual(countCharacters('学 习\t1a，\n', 'non-space'), 5);
  });

  it('counts an Extension B ideograph (a surrogate pair) once', () => {
    assert.strictEqual(countCharacters('𠀀字', 'cjk'), 2);
  });

  it('leaves out excluded spans, overlapping or unsorted', () => {
    const text = '正文一。广告二三四。正文五。';
    const ad = text.indexOf('广告');
    const spans = [{ start: ad + 2, end: ad + 6 }, { start: ad, end: ad + 3 }];
    assert.strictEqual(countExcluding(text, 'cjk-punct', spans), countCharacters('正文一。正文五。', 'cjk-punct'));
    assert.strictEqual(countExcluding(text, 'cjk-punct', spans, 0, 4), 4);
  });

  it('gives the declared 2683 on the seed slice from the title through the closing line', () => {
    const slice = SEED.slice(0, SEED.indexOf(CLOSING) + CLOSING.length);
    assert.strictEqual(countCharacters(slice, 'cjk-punct'), 2683);
  });

  it('analyze(seed).count is 2683 and agrees with the declared figure and its offsets', () => {
    const { count } = analyze(SEED);
    assert.strictEqual(count.characters, 2683);
    assert.strictEqual(count.declared, 2683);
    assert.strictEqual(SEED.slice(count.declaredStart, count.declaredEnd), '2683');
    assert.strictEqual(count.mode, 'cjk-punct');
  });

  it('keeps leaving residue out when residue warnings are hidden (--only, severity off)', () => {
    assert.strictEqual(analyze(SEED, { only: ['numbering'] }).count.characters, 2683);
    assert.strictEqual(analyze(SEED, { severity: { residue: 'off' } }).count.characters, 2683);
  });

  it('counts the other modes on the seed without residue', () => {
    const slice = SEED.slice(0, SEED.indexOf(CLOSING) + CLOSING.length);
    assert.strictEqual(analyze(SEED, { count: { mode: 'cjk' } }).count.characters, countCharacters(slice, 'cjk'));
    assert.ok(countCharacters(slice, 'cjk') < 2683);
  });

  it('counts a selection with residue left out, in either direction', () => {
    const text = '正文。##paidbegin##正文。';
    const { count } = analyze(text, { count: { mode: 'non-space' } });
    assert.strictEqual(count.characters, 6);
    assert.strictEqual(countSelection(text, count, 0, text.length), 6);
    assert.strictEqual(countSelection(text, count, text.length, 0), 6);
    assert.strictEqual(countSelection(text, count, 0, 4), 3);
    assert.strictEqual(countSelection(text, { ...count, excluded: [] }, 0, text.length), 6 + '##paidbegin##'.length);
  });
});

describe('declared count', () => {
  const find = (text: string) => findDeclaredCount(new TextModel(text), []);

  it('reads （2683字） (2683字) （全文2683字） and full-width digits in the title line', () => {
    assert.strictEqual(find('题目（2683字）\n正文')?.value, 2683);
    assert.strictEqual(find('\n\n题目(1200字)\n')?.value, 1200);
    assert.strictEqual(find('题目（全文 3000 字）')?.value, 3000);
    assert.strictEqual(find('题目（２６８３字）')?.value, 2683);
  });

  it('marks 约2600字 and 2600余字 as approximate', () => {
    assert.strictEqual(find('题目（约2600字）')?.approximate, true);
    assert.strictEqual(find('题目（2600余字）')?.approximate, true);
    assert.strictEqual(find('题目（2600字）')?.approximate, false);
  });

  it('reads only the title: a figure further down is not a declaration', () => {
    assert.strictEqual(find('题目\n（2683字）'), undefined);
  });

  it('skips a first line that is wholly residue', () => {
    const text = '某网站页眉\n题目（88字）\n';
    assert.strictEqual(findDeclaredCount(new TextModel(text), [{ start: 0, end: 5 }])?.value, 88);
  });
});
