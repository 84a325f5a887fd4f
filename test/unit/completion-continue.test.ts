import * as assert from 'assert';
import { applyEdits, continueNumbering, TextModel } from '../../src/core';

/** The text after Enter at `|`, or undefined when Enter stays a plain line break. */
function enter(marked: string): string | undefined {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const edit = continueNumbering(new TextModel(text), offset);
  return edit && applyEdits(text, [edit]);
}

describe('continue numbering on Enter', () => {
  it('starts the next line with the next sibling marker', () => {
    assert.strictEqual(enter('（二）第二点。|'), '（二）第二点。\n（三）');
    assert.strictEqual(enter('九、甲|\n'), '九、甲\n十、\n');
    assert.strictEqual(enter('1.甲|'), '1.甲\n2.');
    assert.strictEqual(enter('二是联系不够。|'), '二是联系不够。\n三是');
  });

  it('keeps the document\'s CRLF and the line\'s indent', () => {
    assert.strictEqual(enter('正文\r\n\u3000\u3000（一）甲。|\r\n'), '正文\r\n\u3000\u3000（一）甲。\r\n\u3000\u3000（二）\r\n');
  });

  it('removes a marker that stands alone, ending the numbering', () => {
    assert.strictEqual(enter('（一）甲。\n（二）|'), '（一）甲。\n');
    assert.strictEqual(enter('一是甲。\n二是|'), '一是甲。\n');
  });

  it('leaves Enter alone in mid-line and on plain lines', () => {
    assert.strictEqual(enter('（一）甲|乙。'), undefined);
    assert.strictEqual(enter('正文一段。|'), undefined);
  });
});
