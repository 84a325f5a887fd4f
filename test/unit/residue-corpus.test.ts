import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, fix } from '../../src/core';

// Pairs of test/fixtures/residue: <name>.dirty.<ext> is a report as downloaded, <name>.clean.<ext> the
// same report as it must be handed in.
const dir = path.join(__dirname, '..', 'fixtures', 'residue');
const pairs = fs
  .readdirSync(dir)
  .filter((f) => f.includes('.dirty.'))
  .sort()
  .map((f) => ({ name: f, dirty: read(f), clean: read(f.replace('.dirty.', '.clean.')) }));

function read(file: string): string {
  return fs.readFileSync(path.join(dir, file), 'utf8');
}

const residueOnly = { only: ['residue' as const] };

describe('residue corpus', () => {
  it('holds at least 24 pairs, some CRLF, some Markdown, some starting with U+FEFF', () => {
    assert.ok(pairs.length >= 24, `only ${pairs.length} pairs`);
    assert.ok(pairs.filter((p) => p.dirty.includes('\r\n')).length >= 3);
    assert.ok(pairs.filter((p) => p.name.endsWith('.md')).length >= 2);
    assert.ok(pairs.filter((p) => p.dirty.charCodeAt(0) === 0xfeff && p.clean.charCodeAt(0) === 0xfeff).length >= 2);
  });

  for (const pair of pairs) {
    describe(pair.name, () => {
      it('fix(dirty) is exactly the clean text', () => {
        assert.strictEqual(fix(pair.dirty, residueOnly), pair.clean);
      });
      it('the clean text has no residue finding and fix leaves it as it is', () => {
        const findings = analyze(pair.clean, residueOnly).findings.filter((f) => f.category === 'residue');
        assert.deepStrictEqual(findings.map((f) => `${f.ruleId}: ${f.text}`), []);
        assert.strictEqual(fix(pair.clean, residueOnly), pair.clean);
      });
      it('the dirty text has residue findings, all with a safe fix', () => {
        const findings = analyze(pair.dirty, residueOnly).findings.filter((f) => f.category === 'residue');
        assert.ok(findings.length > 0);
        assert.deepStrictEqual(findings.filter((f) => !f.fix?.safe).map((f) => f.text), []);
      });
    });
  }
});
