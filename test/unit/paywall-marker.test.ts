import * as assert from 'assert';
import { analyze, fix } from '../../src/core';

describe('paywall-marker', () => {
  it('cuts a marker glued inside a sentence and keeps the sentence', () => {
    const text = '（一）在理论学习方面。一是##paidbegin##对新理论学习不够深入。\n';
    const findings = analyze(text).findings.filter((f) => f.ruleId === 'paywall-marker');
    assert.deepStrictEqual(findings.map((f) => f.text), ['##paidbegin##']);
    assert.strictEqual(fix(text), '（一）在理论学习方面。一是对新理论学习不够深入。\n');
  });

  it('removes a marker line whole, keeping CRLF and the final newline', () => {
    assert.strictEqual(fix('正文第一段。\r\n$$paidend$$\r\n正文第二段。\r\n'), '正文第一段。\r\n正文第二段。\r\n');
  });
});
