import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readLines } from '../support/residue-eval';
import { realWebDir, WEB_SPLITS, webRealFiles, webResidueFiles, type WebSplit } from '../support/residue-web-sets';

// The web-page line sets only measure (npm run eval:residue): this checks that they are what they claim to
// be — present, free of repeats, residue and real kept apart, tune, measure and blind kept apart.
describe('web-page line sets (fixtures)', () => {
  const splits = WEB_SPLITS;
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

  it('real-sentence files are all named tune-<kind>.txt, measure-<kind>.txt or blind-<kind>.txt', () => {
    const names = fs.readdirSync(realWebDir);
    assert.deepStrictEqual(names.filter((n) => !/^(tune|measure|blind)-[a-z-]+\.txt$/.test(n)), []);
  });

  it('the blind split is big enough to give final numbers: 180+ residue lines, 100+ real lines, glued lines too', () => {
    const residue = webResidueFiles('blind');
    const count = (files: { lines: string[] }[]) => files.reduce((n, f) => n + f.lines.length, 0);
    assert.ok(count(residue) >= 180, `${count(residue)} blind residue lines`);
    assert.ok(count(webRealFiles('blind')) >= 100, `${count(webRealFiles('blind'))} blind real lines`);
    assert.ok((residue.find((f) => f.file === 'glued.txt')?.lines.length ?? 0) >= 15, 'blind glued.txt');
  });

  it('no line is repeated inside a set, and no two splits share a line', () => {
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

  it('each split imitates its own kinds of site, residue and real alike (only glued.txt is in every split)', () => {
    const residueKinds = (split: WebSplit) => webResidueFiles(split).map((f) => f.file).filter((f) => f !== 'glued.txt');
    const realKinds = (split: WebSplit) => webRealFiles(split).map((f) => f.file.slice(split.length + 1));
    const shared: string[] = [];
    for (const kinds of [residueKinds, realKinds]) {
      const owner = new Map<string, WebSplit>();
      for (const split of splits) {
        for (const kind of kinds(split)) {
          const first = owner.get(kind);
          if (first) shared.push(`${kind} (${first} and ${split})`);
          else owner.set(kind, split);
        }
      }
    }
    assert.deepStrictEqual(shared, []);
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

  it('the blind lines are in no older set either: not in test/fixtures/residue-lines or real-sentences', () => {
    const old = new Set([...oldResidue, ...oldReal]);
    const blind = [...webResidueFiles('blind'), ...webRealFiles('blind')].flatMap((f) => f.lines);
    assert.deepStrictEqual(blind.filter((l) => old.has(l)), []);
  });
});
