/**
 * Measures the residue engine on lines it is handed, the way a writer meets them: each residue line is
 * put after the closing line, between two paragraphs and (for short ones) glued to the end of a
 * sentence of a clean report; each real sentence after the closing line and between two paragraphs.
 * Flagged: some residue finding covers part of the inserted line. Removed: `fix` gives back the clean
 * report exactly. Lost: characters of the clean report missing after `fix`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze, fix, type EngineOptions } from '../../src/core';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'residue');

export interface Base {
  name: string;
  /** Lines of a clean report (LF, no final blank). */
  lines: string[];
  /** Index of the closing line, or the last line. */
  closing: number;
  /** Indexes of paragraph lines after which another paragraph follows. */
  gaps: number[];
  /** Paragraph lines that end in 。, to glue after. */
  sentences: number[];
}

export function loadBases(limit = 8): Base[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.clean.txt'))
    .sort()
    .slice(0, limit)
    .map((name) => {
      const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replace(/\n+$/, '');
      const lines = text.split('\n');
      let closing = lines.findIndex((l) => /汇报完毕|发言完毕|批评指正|谢谢大家|报告完毕/.test(l));
      if (closing < 0) closing = lines.length - 1;
      const para = (i: number) => lines[i].trim().length > 0;
      const gaps: number[] = [];
      const sentences: number[] = [];
      for (let i = 2; i < closing - 1; i++) {
        if (para(i) && /。$/.test(lines[i]) && lines[i].length > 20) sentences.push(i);
        if (para(i) && (i + 1 < closing) && (para(i + 1) || (!para(i + 1) && i + 2 < closing && para(i + 2)))) gaps.push(i);
      }
      return { name, lines, closing, gaps, sentences };
    });
}

export type Placement = 'after-closing' | 'between' | 'glued';

export interface Placed {
  text: string;
  clean: string;
  start: number;
  end: number;
}

/** The clean report with `line` placed; `salt` picks the gap or sentence. */
export function place(base: Base, line: string, where: Placement, salt: number): Placed | undefined {
  const clean = base.lines.join('\n') + '\n';
  const lines = [...base.lines];
  let at: number;
  if (where === 'after-closing') {
    lines.splice(base.closing + 1, 0, line);
    at = base.closing + 1;
  } else if (where === 'between') {
    if (!base.gaps.length) return undefined;
    const g = base.gaps[salt % base.gaps.length];
    // Keep the report's own paragraph spacing: a blank line after the inserted line when the report uses them.
    const blankAfter = lines[g + 1] !== undefined && lines[g + 1].trim() === '';
    if (blankAfter) lines.splice(g + 1, 0, '', line);
    else lines.splice(g + 1, 0, line);
    at = blankAfter ? g + 2 : g + 1;
  } else {
    if (!base.sentences.length) return undefined;
    const s = base.sentences[salt % base.sentences.length];
    const before = lines.slice(0, s).join('\n').length + (s > 0 ? 1 : 0);
    const start = before + lines[s].length;
    lines[s] = lines[s] + line;
    const text = lines.join('\n') + '\n';
    return { text, clean, start, end: start + line.length };
  }
  const start = lines.slice(0, at).join('\n').length + 1;
  return { text: lines.join('\n') + '\n', clean, start, end: start + line.length };
}

export interface Tally {
  tried: number;
  flagged: number;
  removed: number;
  lostChars: number;
  misses: string[];
  /** Placements where nothing at all was flagged. */
  unflagged: string[];
}

const residueOnly = (options: EngineOptions): EngineOptions => ({ ...options, only: ['residue'] });

/** Lost characters: what of `clean` is not in `fixed` once the inserted line's span is accounted for. */
export function lost(clean: string, fixed: string): number {
  // Longest common subsequence is too slow for reports; count characters by multiset instead.
  const count = new Map<string, number>();
  for (const ch of fixed) count.set(ch, (count.get(ch) ?? 0) + 1);
  let missing = 0;
  for (const ch of clean) {
    const n = count.get(ch) ?? 0;
    if (n > 0) count.set(ch, n - 1);
    else if (!/\s/.test(ch)) missing++;
  }
  return missing;
}

export function measureResidue(lines: readonly string[], bases: readonly Base[], placements: readonly Placement[], options: EngineOptions = {}): Tally {
  const t: Tally = { tried: 0, flagged: 0, removed: 0, lostChars: 0, misses: [], unflagged: [] };
  lines.forEach((line, k) => {
    for (const where of placements) {
      if (where === 'glued' && line.length > 60) continue;
      const base = bases[k % bases.length];
      const placed = place(base, line, where, k);
      if (!placed) continue;
      t.tried++;
      const findings = analyze(placed.text, residueOnly(options)).findings.filter((f) => f.category === 'residue');
      const flagged = findings.some((f) => f.start < placed.end && f.end > placed.start);
      if (flagged) t.flagged++;
      else t.unflagged.push(`${where}: ${line}`);
      const fixed = fix(placed.text, residueOnly(options));
      if (fixed === placed.clean) t.removed++;
      else if (t.misses.length < 400) t.misses.push(`${flagged ? 'warned' : 'unflagged'} ${where}: ${line}`);
      t.lostChars += lost(placed.clean, fixed);
    }
  });
  return t;
}

export interface RealTally {
  tried: number;
  kept: number;
  warned: number;
  lostChars: number;
  deleted: string[];
  /** Placements where a residue finding touched the real sentence (kept or not). */
  warnedLines: string[];
}

export function measureReal(sentences: readonly string[], bases: readonly Base[], options: EngineOptions = {}): RealTally {
  const t: RealTally = { tried: 0, kept: 0, warned: 0, lostChars: 0, deleted: [], warnedLines: [] };
  sentences.forEach((line, k) => {
    for (const where of ['after-closing', 'between'] as Placement[]) {
      const placed = place(bases[k % bases.length], line, where, k);
      if (!placed) continue;
      t.tried++;
      const fixed = fix(placed.text, residueOnly(options));
      const l = lost(placed.text, fixed);
      if (l === 0) t.kept++;
      else t.deleted.push(`${where}: ${line}`);
      t.lostChars += l;
      const findings = analyze(placed.text, residueOnly(options)).findings;
      if (findings.some((f) => f.start < placed.end && f.end > placed.start)) {
        t.warned++;
        t.warnedLines.push(`${where}: ${line}`);
      }
    }
  });
  return t;
}

export function readLines(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}
