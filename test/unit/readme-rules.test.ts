import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../../src/core';

// Diagnostics link to README#rule-id: every rule needs its anchor there, and no anchor may name a rule
// that no longer exists.
describe('README rules reference', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const anchors = [...readme.matchAll(/<a id="([a-z0-9-]+)"><\/a>/g)].map((m) => m[1]);

  it('has an anchor for every rule', () => {
    const missing = ALL_RULES.map((r) => r.meta.id).filter((id) => !anchors.includes(id));
    assert.deepStrictEqual(missing, []);
  });

  it('has no anchor for a rule that does not exist', () => {
    const ids = new Set(ALL_RULES.map((r) => r.meta.id));
    assert.deepStrictEqual(anchors.filter((a) => !ids.has(a)), []);
  });

  it('names each rule with the category the engine gives it', () => {
    for (const rule of ALL_RULES) {
      const row = readme.split('\n').find((line) => line.includes(`<a id="${rule.meta.id}">`));
      assert.ok(row && row.includes(`| ${rule.meta.category} |`), `${rule.meta.id}: ${row}`);
    }
  });
});
