import * as assert from 'assert';
import { analyze, applyEdits } from '../../src/core';
import { changeLevel, renumberDocument, renumberSiblingsFrom } from '../../src/core/numbering/renumber';

const headingsOf = (text: string) => analyze(text).headings;
const markers = (text: string) => headingsOf(text).map((h) => h.marker).join(' ');

function levelChanged(text: string, line: number, delta: -1 | 1): string {
  const result = changeLevel(headingsOf(text), line, delta);
  if ('error' in result) throw new Error(result.error.en);
  return applyEdits(text, result.edits);
}

describe('renumbering', () => {
  it('makes every level consecutive in one edit set, changing only numerals', () => {
    const text = '一、甲\n（一）子\n（三）子\n1、点\n3、点\n三、乙\n（二）子\n五、丙\n';
    const fixed = applyEdits(text, renumberDocument(headingsOf(text)));
    assert.strictEqual(fixed, '一、甲\n（一）子\n（二）子\n1、点\n2、点\n二、乙\n（一）子\n三、丙\n');
    assert.deepStrictEqual(renumberDocument(headingsOf(fixed)), []);
  });

  it('renumbers after an inserted section from the cursor on, leaving earlier siblings alone', () => {
    const text = '一、甲\n（一）子\n（二）新插入\n（二）原来的二\n（三）原来的三\n二、乙\n';
    const fixed = applyEdits(text, renumberSiblingsFrom(headingsOf(text), 3));
    assert.strictEqual(markers(fixed), '一、 （一） （二） （三） （四） 二、');
  });

  it('renumbers after a deleted section, counting from the heading above the cursor', () => {
    const text = '一、甲\n正文\n三、丙\n正文\n四、丁\n';
    assert.strictEqual(markers(applyEdits(text, renumberSiblingsFrom(headingsOf(text), 3))), '一、 二、 三、');
  });

  it('keeps a style mix in the sequence it continues instead of restarting it', () => {
    const text = '一、甲\n二、乙\n3、丙\n五、丁\n';
    assert.strictEqual(markers(applyEdits(text, renumberDocument(headingsOf(text)))), '一、 二、 3、 四、');
  });

  it('writes full-width digits and ⑴ in their own kind', () => {
    const text = '一、甲\n１．子\n３．子\n⑴孙\n⑶孙\n';
    assert.strictEqual(markers(applyEdits(text, renumberDocument(headingsOf(text)))), '一、 １． ２． ⑴ ⑵');
  });

  it('demotes a heading with its subsections under the previous sibling and renumbers both sequences', () => {
    const text = '一、甲\n（一）子\n二、乙\n（一）乙的子\n三、丙\n';
    assert.strictEqual(levelChanged(text, 2, 1), '一、甲\n（一）子\n（二）乙\n1.乙的子\n二、丙\n');
  });

  it('promotes a heading with its subsections after its parent and renumbers', () => {
    const text = '一、甲\n（一）子\n（二）升级\n1.孙\n二、乙\n';
    assert.strictEqual(levelChanged(text, 2, -1), '一、甲\n（一）子\n二、升级\n（一）孙\n三、乙\n');
  });

  it('promotes from a body line by taking the heading above it', () => {
    const text = '一、甲\n（一）子\n正文。\n';
    assert.strictEqual(levelChanged(text, 2, -1), '一、甲\n二、子\n正文。\n');
  });

  it('refuses a level past the first or the fourth, and a cursor above every heading', () => {
    const headings = headingsOf('标题\n一、甲\n（一）子\n1.孙\n（1）曾孙\n');
    assert.ok('error' in changeLevel(headings, 1, -1));
    assert.ok('error' in changeLevel(headings, 1, 1));
    assert.ok('error' in changeLevel(headings, 0, 1));
    assert.deepStrictEqual(renumberSiblingsFrom(headings, 0), []);
  });
});
