import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, IncrementalAnalyzer, TextModel, type EngineOptions } from '../../src/core';
import { positionFacts } from '../../src/core/residue/line-memo';

// The incremental analysis keeps per-line results between versions of a document; its answer must be
// the full analysis's, to the last field. Checked on real fixture documents under many random edits of
// the kinds a writer makes (a character typed or deleted, a line break, a heading marker, residue pasted,
// the closing line typed, a line deleted or duplicated), each version compared with `analyze` of it.
const fixtures = path.join(__dirname, '..', 'fixtures');
const documents = [
  ...['residue', 'residue-web', 'numbering', 'seed'].flatMap((dir) =>
    fs
      .readdirSync(path.join(fixtures, dir))
      .filter((f) => /\.(txt|md)$/.test(f) && !f.includes('.clean.'))
      .map((f) => path.join(fixtures, dir, f)),
  ),
  path.join(fixtures, 'proofreading', 'clean'),
]
  .flatMap((p) => (fs.statSync(p).isDirectory() ? fs.readdirSync(p).map((f) => path.join(p, f)) : [p]))
  .sort();

/** A small deterministic generator: the same edits on every run. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

const TYPED = ['的', '，', '。', '、', 'a', '1', ' ', '\u3000', '“', '”', '（', '）', '\n', '\r\n', '\r'];
const PASTED = ['一、', '（二）', '3.', '1、', '##paidbegin##', '##paidend##', '添加客服微信：abc12345', '【某某素材库】', '第 2 页 共 5 页', '汇报完毕，不妥之处请批评指正。', '下面我谈三点体会', '二是', '\u200b', '（3000字）', 'www.example.com'];

function edit(text: string, pick: (n: number) => number): string {
  const at = pick(text.length + 1);
  const lines = text.split('\n');
  switch (pick(8)) {
    case 0:
      return text.slice(0, at) + TYPED[pick(TYPED.length)] + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + TYPED[pick(TYPED.length)] + text.slice(at + 1);
    case 3:
      return text.slice(0, at) + PASTED[pick(PASTED.length)] + text.slice(at);
    case 4: {
      const k = pick(lines.length);
      return [...lines.slice(0, k), ...lines.slice(k + 1)].join('\n');
    }
    case 5: {
      const k = pick(lines.length);
      return [...lines.slice(0, k + 1), lines[k], ...lines.slice(k + 1)].join('\n');
    }
    case 6: {
      // The start of a line: where heading markers and residue lines begin.
      const k = pick(lines.length);
      lines[k] = PASTED[pick(PASTED.length)] + lines[k];
      return lines.join('\n');
    }
    default:
      return text.slice(0, at) + text.slice(at + 1 + pick(40));
  }
}

function assertSame(incremental: IncrementalAnalyzer, text: string, options: EngineOptions | undefined, what: string): void {
  const got = incremental.analyze(text);
  const expected = analyze(text, options);
  assert.deepStrictEqual(got.findings, expected.findings, `${what}: findings`);
  assert.deepStrictEqual(got, expected, `${what}: result`);
}

describe('incremental analysis', () => {
  it('the fixtures are there', () => {
    assert.ok(documents.length > 60, `only ${documents.length} documents`);
  });

  it('gives the full analysis after every random edit of real documents', function () {
    this.timeout(120000);
    const pick = random(20261202);
    let edits = 0;
    for (const file of documents) {
      let text = fs.readFileSync(file, 'utf8');
      const incremental = new IncrementalAnalyzer();
      assertSame(incremental, text, undefined, path.basename(file));
      for (let n = 0; n < 6; n++) {
        text = edit(text, pick);
        assertSame(incremental, text, undefined, `${path.basename(file)} after edit ${n + 1}`);
        edits++;
      }
    }
    assert.ok(edits > 300, `only ${edits} edits`);
  });

  it('gives the full analysis with options (rules off, one category, an allowlist, extra patterns)', function () {
    this.timeout(60000);
    const optionSets: EngineOptions[] = [
      { disabledRules: ['residue-duplicate-line', 'punctuation-half-width', 'wording-formulation'] },
      { only: ['residue', 'numbering'] },
      { residue: { allow: ['某某素材库', '汇报完毕'], extraPatterns: ['内部资料'] } },
    ];
    const pick = random(7);
    for (const options of optionSets) {
      for (const file of documents.filter((_, i) => i % 6 === 0)) {
        let text = fs.readFileSync(file, 'utf8');
        const incremental = new IncrementalAnalyzer(options);
        assertSame(incremental, text, options, path.basename(file));
        for (let n = 0; n < 4; n++) {
          text = edit(text, pick);
          assertSame(incremental, text, options, `${path.basename(file)} ${JSON.stringify(options)} after edit ${n + 1}`);
        }
      }
    }
  });

  it('follows the document facts a residue verdict depends on: repetition, a neighbour, the closing line', function () {
    this.timeout(60000);
    // Real residue lines placed in a report, then the facts around them changed by an edit elsewhere.
    const report = fs.readFileSync(path.join(fixtures, 'seed', 'seed-report.txt'), 'utf8').split('\n');
    const closing = report.findIndex((l) => l.startsWith('汇报完毕'));
    const residueLines = fs
      .readdirSync(path.join(fixtures, 'residue-lines'))
      .flatMap((f) => fs.readFileSync(path.join(fixtures, 'residue-lines', f), 'utf8').split('\n'))
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .filter((_, i) => i % 3 === 0);
    assert.ok(residueLines.length > 100, `only ${residueLines.length} lines`);
    const ad = '添加客服微信：abc12345，海量范文一键下载';
    for (const line of residueLines) {
      const placed = [...report.slice(0, 4), line, ...report.slice(4)];
      const versions = [
        placed,
        [report[0], line, ...report.slice(1)], // above the body, under the title
        [line, ...report], // the first line of the document
        [...placed.slice(0, 9), line, ...placed.slice(9)], // repeated further down
        [...placed.slice(0, 5), ad, ...placed.slice(5)], // an ad line right after it
        placed.filter((_, i) => i !== closing + 1), // the closing line gone
        [...placed.slice(0, 2), '', ...placed.slice(2)], // a blank line above it
      ];
      const incremental = new IncrementalAnalyzer();
      for (const [n, version] of versions.entries()) assertSame(incremental, version.join('\n'), undefined, `${line} (version ${n})`);
    }
  });

  it('keys a residue judgement by every field of its position', () => {
    const full = { weight: 1, repeated: true, nextToResidue: true, gluedTail: true, beforeBody: true, misfit: true };
    const base = positionFacts(full, true);
    for (const key of Object.keys(full) as Array<keyof typeof full>) {
      const changed = { ...full, [key]: typeof full[key] === 'number' ? 2 : false };
      assert.notStrictEqual(positionFacts(changed, true), base, key);
    }
    assert.notStrictEqual(positionFacts(full, false), base, 'candidate');
  });

  it('reads the line before for a name wrapped over two lines', () => {
    const incremental = new IncrementalAnalyzer();
    const wrapped = '一、提高政治站位\n我们要深入学习贯彻习近平\n新时代中国特色社会主义思想，做到学思用贯通。\n';
    assertSame(incremental, wrapped, undefined, 'wrapped');
    assert.strictEqual(analyze(wrapped).findings.filter((f) => f.ruleId === 'wording-formulation').length, 0);
    const cut = wrapped.replace('贯彻习近平', '贯彻');
    assertSame(incremental, cut, undefined, 'cut');
    assert.strictEqual(analyze(cut).findings.filter((f) => f.ruleId === 'wording-formulation').length, 1);
  });

  it('re-weighs only what one typed character changed', () => {
    const text = fs.readFileSync(path.join(fixtures, 'seed', 'seed-report.txt'), 'utf8');
    const long = Array.from({ length: 8 }, () => text).join('\n');
    const incremental = new IncrementalAnalyzer();
    incremental.analyze(long);
    const everything = incremental.recomputed;
    const middle = long.indexOf('。', Math.floor(long.length / 2));
    incremental.analyze(long.slice(0, middle) + '的' + long.slice(middle));
    assert.ok(everything > 1000, `the first analysis computed only ${everything} results`);
    // One line changed: its results, and those of lines whose facts follow it (the next line), not the rest.
    assert.ok(incremental.recomputed > 0 && incremental.recomputed < everything / 50, `recomputed ${incremental.recomputed} of ${everything}`);
    assert.strictEqual(incremental.analyze(long.slice(0, middle) + '的' + long.slice(middle)).findings.length, analyze(long.slice(0, middle) + '的' + long.slice(middle)).findings.length);
    assert.strictEqual(incremental.recomputed, 0, 'the same text again reuses everything');
  });

  it('builds the edited model from the previous one, equal to a fresh split', () => {
    const pick = random(99);
    let text = 'a\r\nb\rc\n\n一、标题\r\n正文。\n';
    let model = new TextModel(text);
    for (let n = 0; n < 2000; n++) {
      const next = edit(text, pick);
      const reused = TextModel.reusing(model, next).model;
      assert.deepStrictEqual(reused, new TextModel(next), JSON.stringify([text, next]));
      text = next.length > 400 ? next.slice(0, 200) : next;
      model = text === next ? reused : new TextModel(text);
    }
    // Long texts: the unchanged head and tail are found by comparing long runs, then narrowed down.
    let long = fs.readFileSync(path.join(fixtures, 'seed', 'seed-report.txt'), 'utf8').repeat(12);
    let longModel = new TextModel(long);
    for (let n = 0; n < 200; n++) {
      const next = edit(long, pick);
      const reused = TextModel.reusing(longModel, next).model;
      assert.deepStrictEqual(reused, new TextModel(next), `long text, edit ${n}`);
      long = next;
      longModel = reused;
    }
  });
});
