/**
 * The web-page line sets: residue lines and real sentences written after what real 范文/文库/党建/government
 * pages, WeChat articles, news portals, forums and school or company sites put around and inside the text.
 * They are split by the kind of site they imitate, so one part can be used for tuning and the others only
 * for measuring how the engine does on site families it was not tuned on:
 *   test/fixtures/residue-lines-tune/<kind>.txt      residue lines, tuning kinds (glued.txt: glued only)
 *   test/fixtures/residue-lines-measure/<kind>.txt   residue lines, other kinds, for measuring only
 *   test/fixtures/residue-lines-blind/<kind>.txt     residue lines, kinds in neither of the above, whose
 *                                                    lines are never listed while tuning (final numbers)
 *   test/fixtures/real-sentences-web/<split>-<kind>.txt   real content lines (tune-, measure-, blind-)
 * Same format as test/fixtures/residue-lines: one line a line, blank lines ignored, no comments.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze, fix } from '../../src/core';
import { lost, measureReal, measureResidue, place, readLines, type Base, type Placement, type RealTally, type Tally } from './residue-eval';

export type WebSplit = 'tune' | 'measure' | 'blind';
export const WEB_SPLITS: readonly WebSplit[] = ['tune', 'measure', 'blind'];

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const ALL: Placement[] = ['after-closing', 'between', 'glued'];

export const residueDir = (split: WebSplit) => path.join(FIXTURES, `residue-lines-${split}`);
export const realWebDir = path.join(FIXTURES, 'real-sentences-web');

export interface WebFile {
  split: WebSplit;
  file: string;
  lines: string[];
}

const txtFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : []);

export function webResidueFiles(split: WebSplit): WebFile[] {
  return txtFiles(residueDir(split)).map((file) => ({ split, file, lines: readLines(path.join(residueDir(split), file)) }));
}

export function webRealFiles(split: WebSplit): WebFile[] {
  return txtFiles(realWebDir)
    .filter((f) => f.startsWith(`${split}-`))
    .map((file) => ({ split, file, lines: readLines(path.join(realWebDir, file)) }));
}

/** glued.txt lines are only tried glued to the end of a sentence; every other file in all three places. */
export const placementsFor = (file: string): Placement[] => (file === 'glued.txt' ? ['glued'] : ALL);

export interface WebResidueRow {
  file: WebFile;
  tally: Tally;
}

export function measureWebResidue(split: WebSplit, bases: readonly Base[]): WebResidueRow[] {
  return webResidueFiles(split).map((file) => ({ file, tally: measureResidue(file.lines, bases, placementsFor(file.file)) }));
}

export interface WebRealRow {
  file: WebFile;
  tally: RealTally;
}

export function measureWebReal(split: WebSplit, bases: readonly Base[]): WebRealRow[] {
  return webRealFiles(split).map((file) => ({ file, tally: measureReal(file.lines, bases) }));
}

/** Sums of residue tallies (misses and unflagged lists joined). */
export function sumResidue(tallies: readonly Tally[]): Tally {
  const t: Tally = { tried: 0, flagged: 0, removed: 0, lostChars: 0, misses: [], unflagged: [] };
  for (const x of tallies) {
    t.tried += x.tried;
    t.flagged += x.flagged;
    t.removed += x.removed;
    t.lostChars += x.lostChars;
    t.misses.push(...x.misses);
    t.unflagged.push(...x.unflagged);
  }
  return t;
}

export function sumReal(tallies: readonly RealTally[]): RealTally {
  const t: RealTally = { tried: 0, kept: 0, warned: 0, lostChars: 0, deleted: [], warnedLines: [] };
  for (const x of tallies) {
    t.tried += x.tried;
    t.kept += x.kept;
    t.warned += x.warned;
    t.lostChars += x.lostChars;
    t.deleted.push(...x.deleted);
    t.warnedLines.push(...x.warnedLines);
  }
  return t;
}

/** Real web sentences that end like a sentence, to glue residue after. */
const sentenceEnd = /[。！？；.!?;]$/;

/**
 * Each glued.txt line glued to the end of one of the split's own real web sentences (half-width punctuation
 * and all), the pair put between two paragraphs. Removed: `fix` gives back the report with the real sentence
 * alone. Lost: characters of that expected text missing after `fix`.
 */
export function measureGluedOnWebSentences(split: WebSplit, bases: readonly Base[]): Tally {
  const t: Tally = { tried: 0, flagged: 0, removed: 0, lostChars: 0, misses: [], unflagged: [] };
  const glued = webResidueFiles(split).find((f) => f.file === 'glued.txt')?.lines ?? [];
  const real = webRealFiles(split).flatMap((f) => f.lines).filter((l) => sentenceEnd.test(l));
  if (!real.length) return t;
  glued.forEach((residue, k) => {
    const sentence = real[(k * 7) % real.length];
    const base = bases[k % bases.length];
    const placed = place(base, sentence + residue, 'between', k);
    const expected = place(base, sentence, 'between', k);
    if (!placed || !expected) return;
    t.tried++;
    const start = placed.start + sentence.length;
    const findings = analyze(placed.text, { only: ['residue'] }).findings.filter((f) => f.category === 'residue');
    const flagged = findings.some((f) => f.start < placed.end && f.end > start);
    if (flagged) t.flagged++;
    else t.unflagged.push(`glued to a web sentence: ${sentence}⟦${residue}⟧`);
    const fixed = fix(placed.text, { only: ['residue'] });
    if (fixed === expected.text) t.removed++;
    else t.misses.push(`${flagged ? 'warned' : 'unflagged'} glued to a web sentence: ${sentence}⟦${residue}⟧`);
    t.lostChars += lost(expected.text, fixed);
  });
  return t;
}
