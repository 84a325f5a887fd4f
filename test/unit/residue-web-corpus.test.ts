import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, fix } from '../../src/core';

// Pairs of test/fixtures/residue-web (built from annotated sources in residue-web-src): reports copied
// from web pages and downloaded files, written apart from the engine. Not every pair is exact yet; what
// must hold for every pair is that nothing real is lost and that clean texts stay as they are.
const dir = path.join(__dirname, '..', 'fixtures', 'residue-web');
const pairs = fs
  .readdirSync(dir)
  .filter((f) => f.includes('.dirty.'))
  .sort()
  .map((f) => ({ name: f, dirty: fs.readFileSync(path.join(dir, f), 'utf8'), clean: fs.readFileSync(path.join(dir, f.replace('.dirty.', '.clean.')), 'utf8') }));
const residueOnly = { only: ['residue' as const] };

/** Every character of `clean`, in order, is still in `fixed`: fix removed nothing real. */
function keepsAll(clean: string, fixed: string): string | undefined {
  let j = 0;
  for (let i = 0; i < clean.length; i++) {
    while (j < fixed.length && fixed[j] !== clean[i]) j++;
    if (j === fixed.length) return clean.slice(Math.max(0, i - 10), i + 30);
    j++;
  }
  return undefined;
}

describe('residue web corpus', () => {
  it('holds at least 105 pairs, most shaped like web-page copies', () => {
    assert.ok(pairs.length >= 105, `only ${pairs.length}`);
    assert.ok(pairs.filter((p) => p.name.startsWith('web-')).length >= 70);
  });

  for (const pair of pairs) {
    it(`${pair.name}: no real character lost, clean text untouched`, () => {
      const fixed = fix(pair.dirty, residueOnly);
      assert.strictEqual(keepsAll(pair.clean.replace(/\s+/g, ''), fixed.replace(/\s+/g, '')), undefined);
      assert.strictEqual(fix(pair.clean, residueOnly), pair.clean);
    });
  }

  it('cleans at least 65 pairs exactly and leaves at most 2 findings on all the clean texts (ratchet: raise it as the engine improves)', () => {
    const exact = pairs.filter((p) => fix(p.dirty, residueOnly) === p.clean).length;
    const warnings = pairs.reduce((n, p) => n + analyze(p.clean, residueOnly).findings.length, 0);
    console.log(`      web corpus: ${exact}/${pairs.length} exact, ${warnings} findings on clean texts`);
    assert.ok(exact >= 65, `${exact} exact`);
    assert.ok(warnings <= 2, `${warnings} findings on clean texts`);
  });
});
