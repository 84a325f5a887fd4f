import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { generateGlued, generateLines, GENERATOR_FAMILIES } from '../support/residue-generator';
import { loadBases, measureReal, measureResidue, readLines } from '../support/residue-eval';

// Residue lines built from parts, each put after the closing line, between two paragraphs and glued to a
// sentence of a clean report (npm run eval:residue prints the whole table, left-out families included).
describe('residue generalization', function () {
  this.timeout(120000);
  const bases = loadBases(6);

  for (const family of Object.keys(GENERATOR_FAMILIES)) {
    it(`${family}: at least 75 % flagged in every position, no real character lost`, () => {
      const t = measureResidue(generateLines(family, 20, family.length * 104729), bases, ['after-closing', 'between', 'glued']);
      assert.strictEqual(t.lostChars, 0);
      assert.ok(t.flagged / t.tried >= 0.75, `${t.flagged}/${t.tried} flagged; missed: ${t.misses.slice(0, 5).join(' / ')}`);
    });
  }

  it('glued promotional sentences: at least 60 % flagged, nothing real lost', () => {
    const t = measureResidue(generateGlued(30, 5), bases, ['glued']);
    assert.strictEqual(t.lostChars, 0);
    assert.ok(t.flagged / t.tried >= 0.6, `${t.flagged}/${t.tried}`);
  });

  it('real sentences that carry residue-like words are never deleted', () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'real-sentences');
    const sentences = fs.readdirSync(dir).sort().flatMap((f) => readLines(path.join(dir, f)));
    assert.ok(sentences.length >= 200);
    const t = measureReal(sentences, bases);
    assert.deepStrictEqual(t.deleted, []);
    assert.strictEqual(t.lostChars, 0);
  });
});
