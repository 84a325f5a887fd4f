#!/usr/bin/env node
// Checks the hand-written residue corpus without the engine:
//   - every <name>.clean.<ext> in test/fixtures/residue and test/fixtures/residue-web is a subsequence of its
//     <name>.dirty.<ext> (characters only removed, never changed or moved), keeps the dirty file's BOM, line
//     ends and final newline, and differs from it (a pair with nothing to remove tests nothing);
//   - test/fixtures/residue-lines/*.txt and test/fixtures/real-sentences/*.txt: one non-empty line per line,
//     UTF-8 without BOM, no duplicates within a folder, at least 25 lines per family (40 for glued.txt);
//   - no real sentence is also listed as a residue line.
// Prints every problem and exits 1 when there is one.  --verbose prints each pair's removed spans.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
const verbose = process.argv.includes('--verbose');
const problems = [];
const problem = (msg) => problems.push(msg);

// Removed spans of dirty that leave clean, or null when clean is not a subsequence of dirty. Greedy matching
// finds a subsequence whenever one exists; the spans it reports are one reading of the removal.
function removedSpans(dirty, clean) {
  const d = [...dirty];
  const c = [...clean];
  const spans = [];
  let j = 0;
  let start = -1;
  for (let i = 0; i < d.length; i++) {
    if (j < c.length && d[i] === c[j]) {
      if (start >= 0) spans.push(d.slice(start, i).join(''));
      start = -1;
      j++;
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) spans.push(d.slice(start).join(''));
  return j === c.length ? spans : null;
}

// The same removal read line by line, for display: each clean line is matched to the next dirty line that
// equals it or (when not blank) contains it as a subsequence, so a residue line that repeats words of the
// title is shown as removed whole. Falls back to the character reading when the lines do not match up.
function removedByLine(dirty, clean) {
  const d = dirty.split('\n');
  const c = clean.split('\n');
  const spans = [];
  let i = 0;
  for (const line of c) {
    const blank = /^[ \t\u3000\r\uFEFF]*$/.test(line);
    let k = i;
    while (k < d.length && !(d[k] === line || (!blank && removedSpans(d[k], line)))) k++;
    if (k === d.length) return removedSpans(dirty, clean);
    for (let m = i; m < k; m++) spans.push(`${d[m]}⏎`);
    if (d[k] !== line) spans.push(...removedSpans(d[k], line).map((s) => `(in line) ${s}`));
    i = k + 1;
  }
  for (let m = i; m < d.length; m++) spans.push(`${d[m]}⏎`);
  return spans;
}

const lineEnds = (t) => ({ crlf: (t.match(/\r\n/g) || []).length, lf: (t.match(/(^|[^\r])\n/g) || []).length });

function checkPairs(dir) {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return 0;
  let n = 0;
  for (const file of fs.readdirSync(full).filter((f) => f.includes('.dirty.')).sort()) {
    n++;
    const cleanFile = file.replace('.dirty.', '.clean.');
    const where = `${dir}/${file}`;
    if (!fs.existsSync(path.join(full, cleanFile))) {
      problem(`${where}: no ${cleanFile}`);
      continue;
    }
    const dirtyBytes = fs.readFileSync(path.join(full, file));
    const cleanBytes = fs.readFileSync(path.join(full, cleanFile));
    const dirty = new TextDecoder('utf-8', { fatal: true }).decode(dirtyBytes);
    const clean = new TextDecoder('utf-8', { fatal: true }).decode(cleanBytes);
    const spans = removedSpans(dirty, clean);
    if (!spans) {
      // Show the first clean character that the dirty file cannot supply.
      const d = [...dirty];
      const c = [...clean];
      let j = 0;
      for (let i = 0; i < d.length && j < c.length; i++) if (d[i] === c[j]) j++;
      const line = clean.slice(0, c.slice(0, j).join('').length).split('\n').length;
      problem(`${where}: clean is not a subsequence of dirty (clean line ${line}, at “${c.slice(Math.max(0, j - 8), j + 8).join('').replace(/\r?\n/g, '⏎')}”, character ${j - Math.max(0, j - 8) + 1} of that)`);
      continue;
    }
    if (spans.length === 0) problem(`${where}: clean is the same as dirty`);
    if ((dirty.charCodeAt(0) === 0xfeff) !== (clean.charCodeAt(0) === 0xfeff)) problem(`${where}: BOM not kept`);
    const de = lineEnds(dirty);
    const ce = lineEnds(clean);
    if ((de.crlf > 0 && de.lf > 0) || (ce.crlf > 0 && ce.lf > 0)) problem(`${where}: mixed line ends`);
    if ((de.crlf > 0) !== (ce.crlf > 0) && ce.crlf + ce.lf > 0) problem(`${where}: line ends changed`);
    if (/\r?\n$/.test(dirty) !== /\r?\n$/.test(clean)) problem(`${where}: final newline not as in dirty`);
    if (/[⟦⟧]/.test(dirty + clean)) problem(`${where}: source brackets left in the pair`);
    if (/\n[ \t\u3000]*\r?\n[ \t\u3000]*\r?\n[ \t\u3000]*\r?\n/.test(clean) && !/\n[ \t\u3000]*\r?\n[ \t\u3000]*\r?\n[ \t\u3000]*\r?\n/.test(dirty)) {
      problem(`${where}: clean has a run of blank lines the dirty file does not have`);
    }
    if (verbose) console.log(`${where}\n${removedByLine(dirty, clean).map((s) => `  - ${JSON.stringify(s)}`).join('\n')}`);
  }
  return n;
}

function readLines(dir) {
  const full = path.join(root, dir);
  const out = new Map();
  if (!fs.existsSync(full)) {
    problem(`${dir}: missing`);
    return out;
  }
  for (const file of fs.readdirSync(full).filter((f) => f.endsWith('.txt')).sort()) {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(full, file)));
    if (text.charCodeAt(0) === 0xfeff) problem(`${dir}/${file}: starts with a BOM`);
    if (text.includes('\r')) problem(`${dir}/${file}: CR in file`);
    if (!text.endsWith('\n')) problem(`${dir}/${file}: no final newline`);
    const lines = text.replace(/\n$/, '').split('\n');
    lines.forEach((l, i) => {
      if (/^\s*$/.test(l)) problem(`${dir}/${file}:${i + 1}: empty line`);
    });
    out.set(file, lines);
  }
  const seen = new Map();
  for (const [file, lines] of out) {
    lines.forEach((l, i) => {
      if (seen.has(l)) problem(`${dir}/${file}:${i + 1}: duplicate of ${seen.get(l)}`);
      else seen.set(l, `${file}:${i + 1}`);
    });
  }
  return out;
}

const pairCounts = { residue: checkPairs('residue'), 'residue-web': checkPairs('residue-web') };
const families = readLines('residue-lines');
for (const [file, lines] of families) {
  const min = file === 'glued.txt' ? 40 : 25;
  if (lines.length < min) problem(`residue-lines/${file}: ${lines.length} lines, fewer than ${min}`);
}
const real = readLines('real-sentences');
const residueSet = new Set([...families.values()].flat());
for (const [file, lines] of real) {
  lines.forEach((l, i) => {
    if (residueSet.has(l)) problem(`real-sentences/${file}:${i + 1}: also listed as residue`);
  });
}

console.log(`pairs: ${Object.entries(pairCounts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`residue lines: ${[...families].map(([f, l]) => `${f.replace(/\.txt$/, '')} ${l.length}`).join(', ')}`);
console.log(`real sentences: ${[...real].map(([f, l]) => `${f.replace(/\.txt$/, '')} ${l.length}`).join(', ')} (total ${[...real.values()].flat().length})`);
if (problems.length) {
  console.log(`${problems.length} problems:`);
  for (const p of problems) console.log(`  ${p}`);
  process.exit(1);
}
console.log('no problems');
