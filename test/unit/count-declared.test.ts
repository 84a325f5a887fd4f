import * as assert from 'assert';
import { analyze, applyEdits, fix } from '../../src/core';

const only = (text: string) => analyze(text).findings.filter((f) => f.ruleId === 'count-declared');

describe('count-declared', () => {
  it('flags a declared figure that differs, and its fix writes the real one', () => {
    const text = '学习心得（100字）\n正文只有几个字。\n';
    const [finding] = only(text);
    assert.ok(finding, 'expected a finding');
    assert.strictEqual(finding.text, '100');
    const real = analyze(text).count.characters;
    assert.strictEqual(applyEdits(text, finding.fix!.edits), `学习心得（${real}字）\n正文只有几个字。\n`);
    assert.strictEqual(only(applyEdits(text, finding.fix!.edits)).length, 0);
  });

  it('is not a safe fix: the title is the writer\'s, bulk fix leaves it', () => {
    const text = '学习心得（100字）\n正文。\n';
    assert.strictEqual(only(text)[0].fix!.safe, false);
    assert.strictEqual(fix(text), text);
  });

  it('keeps full-width digits full-width', () => {
    const text = '心得（１０字）\n正文。\n';
    const [finding] = only(text);
    assert.strictEqual(finding.fix!.edits[0].newText, '８');
  });

  it('is silent when the figure is right, rounded, or absent', () => {
    assert.strictEqual(only('心得（8字）\n正文。\n').length, 0);
    assert.strictEqual(only('心得（约100字）\n正文。\n').length, 0);
    assert.strictEqual(only('心得\n正文。\n').length, 0);
  });
});
