import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FAMILIES } from '../../src/core/residue/families';
import { fold } from '../../src/core/residue/normalize';
import { PatternIndex } from '../../src/core/residue/pattern-index';
import { loosenSource } from '../../src/core/residue/prefilter';
import { CONFUSIONS } from '../../src/core/proofreading/confusions';
import { FORMULATIONS } from '../../src/core/proofreading/formulations';

// The index picks which alternatives a line runs by a character or a pair of characters every match must
// hold; its answers must be those of the plain regexes, on every line of the corpora and on lines made to
// sit at the edges of the keys (a pair split by the line's start, upper-case Latin, classes of marks).
const fixtures = path.join(__dirname, '..', 'fixtures');
const corpusLines = ['residue', 'residue-web', 'residue-lines', 'seed', 'real-sentences']
  .filter((dir) => fs.existsSync(path.join(fixtures, dir)))
  .flatMap((dir) => fs.readdirSync(path.join(fixtures, dir)).map((f) => path.join(fixtures, dir, f)))
  .filter((file) => fs.statSync(file).isFile())
  .flatMap((file) => fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/))
  .filter((line) => line.trim() !== '')
  .map(fold);
const edgeLines = ['作者：某某', '者：', '作', '· 心得体会范文', '小编整理的', 'ICP备12345号', 'VIP专享', 'PAGE 2 OF 9', '更多精彩', '精彩', '首页>', '位置：'];

describe('residue pattern index', () => {
  const sources = FAMILIES.flatMap((f) => f.patterns).map((p) => loosenSource(p.re.source));
  const index = new PatternIndex(sources, 'i');
  const plain = sources.map((s) => new RegExp(s, 'i'));

  it('answers as the plain regexes on every corpus line', () => {
    assert.ok(corpusLines.length > 1000, `only ${corpusLines.length} lines`);
    let matched = 0;
    for (const line of [...corpusLines, ...edgeLines]) {
      const expected = new Set(plain.flatMap((re, n) => (re.test(line) ? [n] : [])));
      assert.deepStrictEqual([...index.matching(line)].sort((a, b) => a - b), [...expected].sort((a, b) => a - b), line);
      assert.strictEqual(index.test(line), expected.size > 0, line);
      if (expected.size > 0) matched++;
    }
    assert.ok(matched > 300, `only ${matched} lines matched any pattern`);
  });
});

describe('proofreading indexes', () => {
  // wording-confusion and wording-formulation look positions up by their first two characters.
  it('every misspelling and every formulation item has at least two characters', () => {
    for (const [wrong] of CONFUSIONS) assert.ok(wrong.length >= 2, wrong);
    for (const f of FORMULATIONS) for (const text of [...f.items, ...(f.replaced ?? []).map(([old]) => old)]) assert.ok(text.length >= 2, text);
  });
});
