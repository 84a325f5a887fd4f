import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readLines } from '../support/residue-eval';
import { realWebDir, webRealFiles, webResidueFiles, type WebSplit } from '../support/residue-web-sets';

// The web-page line sets only measure (npm run eval:residue): this checks that they are what they claim to
// be — present, free of repeats, residue and real kept apart, tune and measure kept apart.
describe('web-page line sets (fixtures)', () => {
  const splits: WebSplit[] = ['tune', 'measure'];
  const fixtures = path.join(__dirname, '..', 'fixtures');
  const oldResidue = fs.readdirSync(path.join(fixtures, 'residue-lines')).flatMap((f) => readLines(path.join(fixtures, 'residue-lines', f)));
  const oldReal = fs.readdirSync(path.join(fixtures, 'real-sentences')).flatMap((f) => readLines(path.join(fixtures, 'real-sentences', f)));

  for (const split of splits) {
    it(`${split}: every residue file and every real-sentence file has lines`, () => {
      const residue = webResidueFiles(split);
      const real = webRealFiles(split);
      assert.ok(residue.length >= 3, `${residue.length} residue files`);
      assert.ok(real.length >= 2, `${real.length} real-sentence files`);
      for (const f of [...residue, ...real]) assert.ok(f.lines.length >= 10, `${f.file}: ${f.lines.length} lines`);
    });
  }

  it('real-sentence files are all named tune-<kind>.txt or measure-<kind>.txt', () => {
    const names = fs.readdirSync(realWebDir);
    assert.deepStrictEqual(names.filter((n) => !/^(tune|measure)-[a-z-]+\.txt$/.test(n)), []);
  });

  it('no line is repeated inside a set, and tune and measure share no line', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const split of splits) {
      for (const f of [...webResidueFiles(split), ...webRealFiles(split)]) {
        for (const line of f.lines) {
          const where = seen.get(line);
          if (where) repeats.push(`${line}  (${where} and ${split}/${f.file})`);
          else seen.set(line, `${split}/${f.file}`);
        }
      }
    }
    assert.deepStrictEqual(repeats, []);
  });

  it('tune and measure imitate different kinds of site (only glued.txt is in both)', () => {
    const kinds = (split: WebSplit) => new Set(webResidueFiles(split).map((f) => f.file).filter((f) => f !== 'glued.txt'));
    const tune = kinds('tune');
    assert.deepStrictEqual([...kinds('measure')].filter((k) => tune.has(k)), []);
  });

  it('no line is both residue and a real sentence, here or in the older sets', () => {
    const residue = new Set([...oldResidue, ...splits.flatMap((s) => webResidueFiles(s).flatMap((f) => f.lines))]);
    const real = [...oldReal, ...splits.flatMap((s) => webRealFiles(s).flatMap((f) => f.lines))];
    assert.deepStrictEqual(real.filter((l) => residue.has(l)), []);
  });

  it('the new residue lines are new: none is copied from test/fixtures/residue-lines', () => {
    const old = new Set(oldResidue);
    assert.deepStrictEqual(splits.flatMap((s) => webResidueFiles(s).flatMap((f) => f.lines)).filter((l) => old.has(l)), []);
  });
});
