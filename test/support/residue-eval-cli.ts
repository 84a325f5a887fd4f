/**
 * npm run eval:residue — prints the generalization tables: each generator family with all families'
 * evidence and with that family's own evidence left out; held-apart residue lines and real sentences
 * from test/fixtures/residue-lines and test/fixtures/real-sentences; the web-page sets (tune and measure,
 * see residue-web-sets.ts).
 *   --verbose      misses (not removed exactly) of each set; for the web sets only the tune half
 *   --unflagged    placements where nothing was flagged; for the web sets only the tune half
 *   --show-measure also list the measure split's misses (spoils it as a measure: keep for the end)
 *   --show-blind   also list the blind split's misses (spoils it for good: only for the final report's
 *                  reader, never while tuning)
 *   --web          print only the web-page sets
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze, fix } from '../../src/core';
import { generateGlued, generateLines, GENERATOR_FAMILIES } from './residue-generator';
import { loadBases, measureReal, measureResidue, readLines, type Base, type Placement } from './residue-eval';
import { measureGluedOnWebSentences, measureWebReal, measureWebResidue, sumReal, sumResidue, WEB_SPLITS, type WebSplit } from './residue-web-sets';

/** The engine families (src/core/residue/families) that hold each generator family's own evidence. */
export const ENGINE_FAMILIES: Record<string, string[]> = {
  'site-banner': ['site'],
  membership: ['membership', 'price'],
  teaser: ['teaser'],
  download: ['download'],
  contact: ['contact'],
  ghostwriting: ['ghostwriting'],
  'source-disclaimer': ['source'],
  'web-chrome': ['web-chrome'],
  'editor-note': ['editor-note'],
  'page-furniture': ['page-furniture'],
  url: ['url'],
};

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)} %` : '-');
const ALL: Placement[] = ['after-closing', 'between', 'glued'];

/** Whether a split's individual lines may be printed: the tune split always, the others only when asked. */
function listedSplit(split: WebSplit): boolean {
  if (split === 'tune') return true;
  return process.argv.includes(split === 'measure' ? '--show-measure' : '--show-blind');
}

/** The web-page sets: one row a file, a total row a split; misses listed for the tune split only (see flags). */
function printWebSets(bases: readonly Base[]): void {
  const verbose = process.argv.includes('--verbose');
  const unflagged = process.argv.includes('--unflagged');
  const totals: string[] = [];
  console.log('\n| web-page residue | file | lines × places | flagged | removed | chars lost |');
  console.log('|---|---|---|---|---|---|');
  for (const split of WEB_SPLITS) {
    const rows = measureWebResidue(split, bases);
    if (!rows.length) continue;
    const listed = listedSplit(split);
    for (const { file, tally: t } of rows) {
      console.log(`| ${split} | ${file.file} (${file.lines.length}) | ${t.tried} | ${pct(t.flagged, t.tried)} | ${pct(t.removed, t.tried)} | ${t.lostChars} |`);
      if (verbose && listed) for (const m of [...new Set(t.misses)]) console.log(`    miss  ${m}`);
      if (unflagged && listed) for (const m of t.unflagged) console.log(`    UNFLAGGED  ${m}`);
    }
    const onWeb = measureGluedOnWebSentences(split, bases);
    console.log(`| ${split} | glued.txt after the split's real web sentences | ${onWeb.tried} | ${pct(onWeb.flagged, onWeb.tried)} | ${pct(onWeb.removed, onWeb.tried)} | ${onWeb.lostChars} |`);
    if (verbose && listed) for (const m of onWeb.misses) console.log(`    miss  ${m}`);
    if (unflagged && listed) for (const m of onWeb.unflagged) console.log(`    UNFLAGGED  ${m}`);
    const all = sumResidue([...rows.map((r) => r.tally), onWeb]);
    const lines = rows.reduce((n, r) => n + r.file.lines.length, 0);
    totals.push(`| ${split} | ${lines} | ${all.tried} | ${pct(all.flagged, all.tried)} | ${pct(all.removed, all.tried)} | ${all.lostChars} |`);
  }
  console.log('\n| web-page residue, totals | lines | lines × places | flagged | removed | chars lost |');
  console.log('|---|---|---|---|---|---|');
  for (const row of totals) console.log(row);

  console.log('\n| web-page real sentences | file | sentences × places | kept | warned | chars lost |');
  console.log('|---|---|---|---|---|---|');
  const realTotals: string[] = [];
  for (const split of WEB_SPLITS) {
    const rows = measureWebReal(split, bases);
    if (!rows.length) continue;
    const listed = listedSplit(split);
    for (const { file, tally: t } of rows) {
      console.log(`| ${split} | ${file.file} (${file.lines.length}) | ${t.tried} | ${pct(t.kept, t.tried)} | ${t.warned} | ${t.lostChars} |`);
      if (listed) for (const d of t.deleted) console.log(`    DELETED  ${d}`);
      if (verbose && listed) for (const w of t.warnedLines) console.log(`    warned  ${w}`);
    }
    const all = sumReal(rows.map((r) => r.tally));
    realTotals.push(`| ${split} | ${rows.reduce((n, r) => n + r.file.lines.length, 0)} | ${all.tried} | ${all.kept} (${pct(all.kept, all.tried)}) | ${all.warned} | ${all.lostChars} |`);
    if (!listed && all.deleted.length) console.log(`    ${all.deleted.length} ${split} placements lost characters (listed with --show-${split})`);
  }
  console.log('\n| web-page real sentences, totals | sentences | sentences × places | kept | warned | chars lost |');
  console.log('|---|---|---|---|---|---|');
  for (const row of realTotals) console.log(row);
  console.log('\ntargets on the held-out web-page sets: residue flagged ≥ 95 %, removed ≥ 85 %; real sentences kept 100 %; 0 characters lost');
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const bases = loadBases(8);
  if (process.argv.includes('--web')) {
    printWebSets(bases);
    return;
  }
  console.log('| family | lines × places | flagged | removed | flagged, family left out | removed, left out | chars lost |');
  console.log('|---|---|---|---|---|---|---|');
  for (const family of Object.keys(GENERATOR_FAMILIES)) {
    const lines = generateLines(family, 40, family.length * 7919);
    const all = measureResidue(lines, bases, ALL);
    const out = measureResidue(lines, bases, ALL, { residue: { leaveOutFamilies: ENGINE_FAMILIES[family] } });
    console.log(`| ${family} | ${all.tried} | ${pct(all.flagged, all.tried)} | ${pct(all.removed, all.tried)} | ${pct(out.flagged, out.tried)} | ${pct(out.removed, out.tried)} | ${all.lostChars + out.lostChars} |`);
    if (verbose) for (const m of [...new Set(out.misses)].slice(0, 12)) console.log(`    left-out miss  ${m}`);
    if (verbose) for (const m of [...new Set(all.misses)].slice(0, 12)) console.log(`    miss  ${m}`);
  }
  const glued = measureResidue(generateGlued(40, 17), bases, ['glued']);
  console.log(`| glued sentences | ${glued.tried} | ${pct(glued.flagged, glued.tried)} | ${pct(glued.removed, glued.tried)} | | | ${glued.lostChars} |`);
  if (verbose) for (const m of [...new Set(glued.misses)].slice(0, 12)) console.log(`    miss  ${m}`);

  const linesDir = path.join(__dirname, '..', 'fixtures', 'residue-lines');
  if (fs.existsSync(linesDir)) {
    console.log('\n| held-apart lines | lines × places | flagged | removed | chars lost |');
    console.log('|---|---|---|---|---|');
    for (const file of fs.readdirSync(linesDir).sort()) {
      const lines = readLines(path.join(linesDir, file));
      const t = measureResidue(lines, bases, file === 'glued.txt' ? ['glued'] : ALL);
      console.log(`| ${file} | ${t.tried} | ${pct(t.flagged, t.tried)} | ${pct(t.removed, t.tried)} | ${t.lostChars} |`);
      if (verbose) for (const m of [...new Set(t.misses)].slice(0, 15)) console.log(`    miss  ${m}`);
      if (process.argv.includes('--unflagged')) for (const m of t.unflagged) console.log(`    UNFLAGGED  ${m}`);
    }
  }
  console.log('\n| corpus | pairs | exact | findings on the clean texts |');
  console.log('|---|---|---|---|');
  for (const name of ['residue', 'residue-web']) {
    const dir = path.join(__dirname, '..', 'fixtures', name);
    let pairs = 0;
    let exact = 0;
    let findings = 0;
    for (const f of fs.readdirSync(dir).filter((f) => f.includes('.dirty.')).sort()) {
      const dirty = fs.readFileSync(path.join(dir, f), 'utf8');
      const clean = fs.readFileSync(path.join(dir, f.replace('.dirty.', '.clean.')), 'utf8');
      pairs++;
      if (fix(dirty, { only: ['residue'] }) === clean) exact++;
      else if (verbose) console.log(`    not exact  ${name}/${f}`);
      findings += analyze(clean, { only: ['residue'] }).findings.length;
    }
    console.log(`| ${name} | ${pairs} | ${exact} | ${findings} |`);
  }
  const realDir = path.join(__dirname, '..', 'fixtures', 'real-sentences');
  if (fs.existsSync(realDir)) {
    const sentences = fs.readdirSync(realDir).sort().flatMap((f) => readLines(path.join(realDir, f)));
    const t = measureReal(sentences, bases);
    console.log(`\nreal sentences: ${t.tried} placed, ${t.kept} kept (${pct(t.kept, t.tried)}), ${t.warned} warned, ${t.lostChars} characters lost`);
    for (const d of t.deleted) console.log(`    DELETED  ${d}`);
  }
  printWebSets(bases);
}

if (require.main === module) main();
