import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, fix } from '../../src/core';

// Position independence on the corpus itself: every residue line that a pair of test/fixtures/residue or
// test/fixtures/residue-web removes whole is moved to every paragraph boundary of that pair's clean text
// (with the text's own line ends and blank-line spacing). The line must still be flagged, fix should give
// the clean text back, and no real character may go. Boundaries inside a Markdown table are not paragraph
// boundaries and are left out.
const FIXTURES = path.join(__dirname, '..', 'fixtures');
const R = { only: ['residue' as const] };
// Ratchets: what the engine achieves on main when this was written; raise them as it improves.
const FLAGGED_AT_LEAST = 0.932;
const REMOVED_AT_LEAST = 0.87;
const LEFT_AT_MOST = 0.085;
const SCATTERED_FLAGGED_AT_LEAST = 0.934;
const SCATTERED_LEFT_AT_MOST = 0.07;

interface Pair {
  name: string;
  dirty: string;
  clean: string;
}

function loadPairs(dir: string): Pair[] {
  const full = path.join(FIXTURES, dir);
  return fs
    .readdirSync(full)
    .filter((f) => f.includes('.dirty.'))
    .sort()
    .map((f) => ({
      name: `${dir}/${f}`,
      dirty: fs.readFileSync(path.join(full, f), 'utf8'),
      clean: fs.readFileSync(path.join(full, f.replace('.dirty.', '.clean.')), 'utf8'),
    }));
}

const isBlank = (line: string) => /^[ \t\u3000\uFEFF]*$/.test(line);
const isTableRow = (line: string) => /^\s*\|/.test(line);
// Whitespace aside; U+FEFF counts (JavaScript's \s would take it for a space).
const squeeze = (text: string) => text.replace(/[^\S\uFEFF]+/g, '');

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** Lines of `dirty` that `clean` drops whole (a line shortened by an inline cut is not one of them). */
function removedLines(dirty: string, clean: string): string[] {
  const d = dirty.replace(/^\uFEFF/, '').split(/\r?\n/);
  const c = clean.replace(/^\uFEFF/, '').split(/\r?\n/);
  const lcs = Array.from({ length: d.length + 1 }, () => new Array<number>(c.length + 1).fill(0));
  for (let i = d.length - 1; i >= 0; i--) {
    for (let j = c.length - 1; j >= 0; j--) lcs[i][j] = d[i] === c[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const unmatchedDirty: string[] = [];
  const unmatchedClean: string[] = [];
  let i = 0;
  let j = 0;
  while (i < d.length || j < c.length) {
    if (i < d.length && j < c.length && d[i] === c[j]) {
      i++;
      j++;
    } else if (j < c.length && (i === d.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      unmatchedClean.push(c[j++]);
    } else {
      unmatchedDirty.push(d[i++]);
    }
  }
  return [...new Set(unmatchedDirty.filter((l) => !isBlank(l) && !unmatchedClean.some((k) => !isBlank(k) && isSubsequence(k, l))))];
}

interface Placement {
  pair: string;
  line: string;
  /** 1-based line of the clean text after which the residue line was put. */
  after: number;
  text: string;
  start: number;
  end: number;
  clean: string;
}

/** Paragraph boundaries of a clean text: after line `k`, with the blank lines the text puts there. */
function boundaries(lines: readonly string[]): Array<{ k: number; gap: string[] }> {
  const out: Array<{ k: number; gap: string[] }> = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    if (isBlank(lines[k])) continue;
    let next = k + 1;
    while (next < lines.length && isBlank(lines[next])) next++;
    if (next >= lines.length || (isTableRow(lines[k]) && isTableRow(lines[next]))) continue;
    out.push({ k, gap: lines.slice(k + 1, next) });
  }
  return out;
}

const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

function* placements(pair: Pair): Generator<Placement> {
  const eol = eolOf(pair.clean);
  const lines = pair.clean.split(eol);
  for (const line of removedLines(pair.dirty, pair.clean)) {
    for (const { k, gap } of boundaries(lines)) {
      // The text's own spacing: as many blank lines before the moved line as between the two paragraphs.
      const moved = [...lines.slice(0, k + 1), ...gap, line, ...lines.slice(k + 1)];
      const start = moved.slice(0, k + 1 + gap.length).join(eol).length + eol.length;
      yield { pair: pair.name, line, after: k + 1, text: moved.join(eol), start, end: start + line.length, clean: pair.clean };
    }
  }
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so the scattered texts are the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** All the residue lines of a pair at once, each at a boundary picked at random (several may share one). */
function scatter(pair: Pair, seed: number): { text: string; spans: Array<{ start: number; end: number; line: string }> } | undefined {
  const eol = eolOf(pair.clean);
  const lines = pair.clean.split(eol);
  const residue = removedLines(pair.dirty, pair.clean);
  const spots = boundaries(lines);
  if (!residue.length || !spots.length) return undefined;
  const next = random(seed);
  const at = new Map<number, string[]>();
  for (const line of residue) {
    const spot = spots[Math.floor(next() * spots.length)];
    at.set(spot.k, [...(at.get(spot.k) ?? []), line]);
  }
  const out: string[] = [];
  const spans: Array<{ start: number; end: number; line: string }> = [];
  let offset = 0;
  const push = (l: string) => {
    out.push(l);
    offset += l.length + eol.length;
  };
  lines.forEach((l, k) => {
    push(l);
    for (const line of at.get(k) ?? []) {
      for (const g of spots.find((s) => s.k === k)!.gap) push(g);
      spans.push({ start: offset, end: offset + line.length, line });
      push(line);
    }
  });
  return { text: out.join(eol), spans };
}

// Moves known to take real text with them (none today: a Markdown table row and an office's contact line next
// to a moved residue line once were). A move listed here that keeps everything again is printed; any other
// loss fails.
const KNOWN_LOSSES = new Set<string>([]);

interface Tally {
  tried: number;
  flagged: number;
  removed: number;
  residueChars: number;
  leftChars: number;
  losses: string[];
  unflagged: Map<string, number>;
}

function measure(pairs: readonly Pair[]): Tally {
  const t: Tally = { tried: 0, flagged: 0, removed: 0, residueChars: 0, leftChars: 0, losses: [], unflagged: new Map() };
  for (const pair of pairs) {
    for (const p of placements(pair)) {
      t.tried++;
      const findings = analyze(p.text, R).findings;
      if (findings.some((f) => f.start < p.end && f.end > p.start)) t.flagged++;
      else t.unflagged.set(p.line, (t.unflagged.get(p.line) ?? 0) + 1);
      const fixed = fix(p.text, R);
      if (fixed === p.clean) t.removed++;
      t.residueChars += squeeze(p.line).length;
      if (!isSubsequence(squeeze(p.clean), squeeze(fixed))) t.losses.push(`${p.pair} after line ${p.after}: ${p.line}`);
      else t.leftChars += Math.min(squeeze(p.line).length, squeeze(fixed).length - squeeze(p.clean).length);
    }
  }
  return t;
}

function report(label: string, t: Tally): void {
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(2)} %`;
  console.log(
    `      ${label}: ${t.tried} moves, ${t.flagged} flagged (${pct(t.flagged, t.tried)}), ${t.removed} removed exactly (${pct(t.removed, t.tried)}), ` +
      `${pct(t.leftChars, t.residueChars)} of residue characters left, ${t.losses.length} moves lost real text`,
  );
}

// Pairs whose scattered layouts may lose real text today, for the two causes above.
const KNOWN_SCATTERED_LOSSES = new Set<string>([]);

describe('residue lines of the corpus moved to every paragraph boundary', function () {
  this.timeout(180000);

  it('are still flagged and removed, and take nothing real with them (ratchet: raise it as the engine improves)', () => {
    const downloaded = measure(loadPairs('residue'));
    const web = measure(loadPairs('residue-web'));
    const all: Tally = {
      tried: downloaded.tried + web.tried,
      flagged: downloaded.flagged + web.flagged,
      removed: downloaded.removed + web.removed,
      residueChars: downloaded.residueChars + web.residueChars,
      leftChars: downloaded.leftChars + web.leftChars,
      losses: [...downloaded.losses, ...web.losses],
      unflagged: new Map(downloaded.unflagged),
    };
    for (const [line, n] of web.unflagged) all.unflagged.set(line, (all.unflagged.get(line) ?? 0) + n);
    report('test/fixtures/residue', downloaded);
    report('test/fixtures/residue-web', web);
    report('together', all);
    const top = [...all.unflagged].sort((a, b) => b[1] - a[1]).slice(0, 8);
    if (top.length) console.log(`      most often unflagged: ${top.map(([l, n]) => `${l} (${n})`).join(' / ')}`);
    const healed = [...KNOWN_LOSSES].filter((k) => !all.losses.includes(k));
    if (healed.length) console.log(`      known losses that keep everything now (remove them from KNOWN_LOSSES): ${healed.join(' / ')}`);

    assert.deepStrictEqual(all.losses.filter((l) => !KNOWN_LOSSES.has(l)), []);
    assert.ok(all.tried >= 5000, `only ${all.tried} moves`);
    assert.ok(all.flagged / all.tried >= FLAGGED_AT_LEAST, `${all.flagged}/${all.tried} flagged`);
    assert.ok(all.removed / all.tried >= REMOVED_AT_LEAST, `${all.removed}/${all.tried} removed exactly`);
    assert.ok(all.leftChars / all.residueChars <= LEFT_AT_MOST, `${all.leftChars}/${all.residueChars} residue characters left`);
  });

  it('scattered all at once (five random layouts a pair) are flagged, and take nothing real with them (ratchet)', () => {
    let tried = 0;
    let flagged = 0;
    let exact = 0;
    let layouts = 0;
    let residueChars = 0;
    let leftChars = 0;
    const losses: string[] = [];
    for (const pair of [...loadPairs('residue'), ...loadPairs('residue-web')]) {
      for (let run = 0; run < 5; run++) {
        const seed = [...pair.name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) + run;
        const s = scatter(pair, seed);
        if (!s) continue;
        layouts++;
        const findings = analyze(s.text, R).findings;
        for (const span of s.spans) {
          tried++;
          if (findings.some((f) => f.start < span.end && f.end > span.start)) flagged++;
          residueChars += squeeze(span.line).length;
        }
        const fixed = fix(s.text, R);
        if (fixed === pair.clean) exact++;
        if (!isSubsequence(squeeze(pair.clean), squeeze(fixed))) losses.push(pair.name);
        else leftChars += squeeze(fixed).length - squeeze(pair.clean).length;
      }
    }
    console.log(
      `      ${tried} residue lines in scattered layouts: ${flagged} flagged (${((100 * flagged) / tried).toFixed(2)} %), ` +
        `${exact}/${layouts} layouts fixed exactly, ${((100 * leftChars) / residueChars).toFixed(2)} % of residue characters left, ${losses.length} layouts lost real text`,
    );
    assert.deepStrictEqual([...new Set(losses)].filter((l) => !KNOWN_SCATTERED_LOSSES.has(l)), []);
    assert.ok(flagged / tried >= SCATTERED_FLAGGED_AT_LEAST, `${flagged}/${tried} flagged`);
    assert.ok(leftChars / residueChars <= SCATTERED_LEFT_AT_MOST, `${leftChars}/${residueChars} residue characters left`);
  });
});
