import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, PROOFREADING_CATEGORIES, type Finding } from '../../src/core';

// The proofreading categories measured on reports written for this purpose: errors planted into clean
// reports (every rule, at the start, middle and end of paragraphs and in headings) must be found, and
// the clean reports themselves (with traps: 1:1000, 3.5%, 10:30, URLs, e-mail, 《》 titles with odd
// words, quotations over several lines, 的 before nouns, dates, phone numbers) must give nothing.
const FIXTURES = path.join(__dirname, '..', 'fixtures');
const PROOF = path.join(FIXTURES, 'proofreading');
const only = [...PROOFREADING_CATEGORIES];

interface Plant {
  rule: string;
  where: string;
  find: string;
  replace: string;
  expectAt?: string;
}

interface PlantedReport {
  base: string;
  plants: Plant[];
}

interface Placed extends Plant {
  start: number;
  end: number;
}

/** The base text with every plant applied, and where each replacement landed. */
function plant(base: string, plants: Plant[]): { text: string; placed: Placed[] } {
  const located = plants.map((p) => {
    const at = base.indexOf(p.find);
    assert.ok(at >= 0, `not in the base: ${p.find}`);
    assert.strictEqual(base.indexOf(p.find, at + 1), -1, `more than once in the base: ${p.find}`);
    return { ...p, at };
  }).sort((a, b) => a.at - b.at);
  let text = '';
  let cursor = 0;
  const placed: Placed[] = [];
  for (const p of located) {
    assert.ok(p.at >= cursor, `plants overlap: ${p.find}`);
    text += base.slice(cursor, p.at);
    placed.push({ ...p, start: text.length, end: text.length + p.replace.length });
    text += p.replace;
    cursor = p.at + p.find.length;
  }
  return { text: text + base.slice(cursor), placed };
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i++) if (text[i] === '\n') line++;
  return line;
}

function matches(text: string, finding: Finding, p: Placed): boolean {
  if (finding.ruleId !== p.rule) return false;
  if (finding.start <= p.end && finding.end >= p.start) return true;
  if (!p.expectAt) return false;
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
  const lineEnd = text.indexOf('\n', p.start) < 0 ? text.length : text.indexOf('\n', p.start);
  for (let at = text.indexOf(p.expectAt, lineStart); at >= 0 && at < lineEnd; at = text.indexOf(p.expectAt, at + 1)) {
    if (finding.start < at + p.expectAt.length && finding.end > at) return true;
  }
  return false;
}

function cleanFiles(): string[] {
  const own = fs.readdirSync(path.join(PROOF, 'clean')).map((f) => path.join(PROOF, 'clean', f));
  const residueClean = fs.readdirSync(path.join(FIXTURES, 'residue')).filter((f) => /\.clean\.(txt|md)$/.test(f)).map((f) => path.join(FIXTURES, 'residue', f));
  return [...own, ...residueClean];
}

describe('proofreading: planted errors and clean reports', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROOF, 'planted.json'), 'utf8')) as { reports: PlantedReport[] };

  it('finds at least 90 % of the planted errors, with at least 90 % precision, and covers every rule and position', () => {
    let planted = 0;
    let found = 0;
    let findings = 0;
    let truePositives = 0;
    const missed: string[] = [];
    const falsePositives: string[] = [];
    const rulesPlanted = new Set<string>();
    const positions = new Set<string>();
    for (const report of manifest.reports) {
      const base = fs.readFileSync(path.join(PROOF, report.base), 'utf8');
      const { text, placed } = plant(base, report.plants);
      const result = analyze(text, { only }).findings;
      for (const p of placed) {
        planted++;
        rulesPlanted.add(p.rule);
        positions.add(p.where);
        if (result.some((f) => matches(text, f, p))) found++;
        else missed.push(`${report.base}: ${p.rule} ${p.replace}`);
      }
      for (const f of result) {
        findings++;
        const line = lineOf(text, f.start);
        const explained = placed.some((p) => matches(text, f, p) || (p.rule === f.ruleId && lineOf(text, p.start) === line));
        if (explained) truePositives++;
        else falsePositives.push(`${report.base}: ${f.ruleId} “${f.text}” ${f.message.zh}`);
      }
    }
    const recall = found / planted;
    const precision = truePositives / findings;
    console.log(`      planted ${planted}, found ${found} (recall ${(recall * 100).toFixed(1)} %); findings ${findings}, precision ${(precision * 100).toFixed(1)} %`);
    if (missed.length) console.log(`      missed:\n        ${missed.join('\n        ')}`);
    if (falsePositives.length) console.log(`      false positives:\n        ${falsePositives.join('\n        ')}`);
    assert.ok(recall >= 0.9, `recall ${recall}`);
    assert.ok(precision >= 0.9, `precision ${precision}`);
    assert.deepStrictEqual([...positions].sort(), ['end', 'heading', 'middle', 'start']);
    assert.ok(rulesPlanted.size >= 11, `rules planted: ${[...rulesPlanted].join(', ')}`);
  });

  it('reports nothing of these categories on at least 30 clean reports', () => {
    const files = cleanFiles();
    assert.ok(files.length >= 30, `${files.length} clean reports`);
    const found = files.flatMap((file) =>
      analyze(fs.readFileSync(file, 'utf8'), { only }).findings.map((f) => `${path.basename(file)}: ${f.ruleId} “${f.text}” ${f.message.zh}`));
    assert.deepStrictEqual(found, []);
  });
});
