import * as assert from 'assert';
import { analyze, fix } from '../../src/core';

// Long lines are normal (a whole report pasted as one paragraph). These tests check sizes and results
// only; how long it takes belongs to the benchmark.
describe('residue on very long lines', () => {
  const sentence = '我们要坚持以党的创新理论武装头脑，深入基层调查研究，切实解决群众急难愁盼问题。';
  const longLine = sentence.repeat(Math.ceil(200_000 / sentence.length));

  it('a 200 KB line of prose has no residue and is left as it is', () => {
    assert.ok(longLine.length >= 200_000);
    const text = longLine + '\n';
    assert.strictEqual(analyze(text, { only: ['residue'] }).findings.filter((f) => f.category === 'residue').length, 0);
    assert.strictEqual(fix(text, { only: ['residue'] }), text);
  });

  it('a 200 KB line with markers, invisible characters and a glued ad keeps every sentence', () => {
    const middle = longLine.length >> 1;
    const dirty = longLine.slice(0, middle) + '##paidbegin##\u200b' + longLine.slice(middle) + '更多精彩范文请关注微信公众号：公文素材君\n';
    assert.strictEqual(fix(dirty, { only: ['residue'] }), longLine + '\n');
  });

  it('adversarial runs (separators, brackets, digits, hashes) are handled without error', () => {
    const runs = ['☆ '.repeat(50_000), '【'.repeat(100_000), '1 '.repeat(100_000), '#'.repeat(200_000), '（'.repeat(60_000) + '）', 'www.' + 'a.'.repeat(90_000)];
    for (const run of runs) {
      const text = run + '\n正文。\n';
      const result = fix(text, { only: ['residue'] });
      assert.ok(result.endsWith('正文。\n'));
    }
  });
});
