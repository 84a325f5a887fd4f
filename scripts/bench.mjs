// npm run bench: speed, scale and size figures, all measured in one run on this machine.
// Builds the production bundles, generates reports of 100 KB, 1 MB and 10 MB from report paragraphs
// with residue and numbering mistakes sprinkled in, and compares the engine with a bare baseline,
// markdownlint, autocorrect and TextMate tokenisation. Prints a table and writes bench-out/bench.json
// and bench-out/bench.md.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import { generateReport } from './lib/bench-corpus.mjs';
import { requireBenchPeer, requireBenchPeerPath } from './lib/bench-peers.mjs';
import { loadOldEngine, OLD_ENGINE_COMMIT } from './lib/bench-old-engine.mjs';
import { makeTree } from './lib/bench-tree.mjs';
import { isDeepStrictEqual } from 'node:util';
import { parseOptions } from './lib/options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = path.join(root, 'bench-out');
fs.mkdirSync(out, { recursive: true });
// --quick: fewer repetitions, for trying the script itself
const { quick } = parseOptions({ quick: { type: 'boolean', default: false } }).values;

console.log('[bench] building production bundles');
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
const core = require(path.join(root, 'dist/core.js'));

const SIZES = [
  { label: '100 KB', bytes: 100 * 1024, runs: quick ? 3 : 9 },
  { label: '1 MB', bytes: 1024 * 1024, runs: quick ? 2 : 5 },
  { label: '10 MB', bytes: 10 * 1024 * 1024, runs: quick ? 1 : 3 },
];
const texts = new Map(SIZES.map((s) => [s.label, generateReport(s.bytes)]));
fs.writeFileSync(path.join(out, 'report-1mb.txt'), texts.get('1 MB'));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time in ms of fn over runs, after one warm-up call. */
function time(fn, runs) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

async function timeAsync(fn, runs) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

// A bare baseline: what any line-based checker must at least do.
const BASELINE_RE = /##paid(?:begin|end)##/;
function baseline(text) {
  let hits = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (BASELINE_RE.test(line)) hits++;
  return hits;
}

const figures = { machine: machineInfo(), sizes: {}, comparisons: {}, grammar: {}, memory: {}, bundles: {}, activation: {} };

/** Runs a measurement; an engine that throws is reported, not allowed to end the benchmark. */
function attempt(fn) {
  try {
    return fn();
  } catch (error) {
    return { error: String(error && error.message).slice(0, 200) };
  }
}

/** Rules that throw on this text (found by running each rule alone), so the rest can still be timed. */
function throwingRules(text) {
  const ids = core.ALL_RULES.map((r) => r.meta.id);
  return ids.filter((id) => {
    try {
      core.analyze(text, { disabledRules: ids.filter((other) => other !== id) });
      return false;
    } catch {
      return true;
    }
  });
}

// 1. Engine vs baseline, per size; per category below 10 MB to show where time goes. If a rule throws,
// the error is reported and the engine is timed once more without that rule (said so in the table).
let skipRules = [];
for (const { label, runs } of SIZES) {
  const text = texts.get(label);
  const entry = { bytes: Buffer.byteLength(text), lines: text.split('\n').length };
  entry.baselineMs = round(time(() => baseline(text), runs * 3));
  let analysed = attempt(() => ({ findings: core.analyze(text, { disabledRules: skipRules }).findings.length }));
  if (analysed.error && skipRules.length === 0) {
    entry.error = analysed.error;
    skipRules = throwingRules(text);
    analysed = attempt(() => ({ findings: core.analyze(text, { disabledRules: skipRules }).findings.length }));
  }
  if (skipRules.length) entry.withoutRules = skipRules;
  const options = { disabledRules: skipRules };
  if (!analysed.error) {
    entry.findings = analysed.findings;
    entry.analyseMs = round(time(() => core.analyze(text, options), runs));
    entry.ratioToBaseline = round(entry.analyseMs / entry.baselineMs);
    entry.mbPerSecond = round(entry.bytes / 1024 / 1024 / (entry.analyseMs / 1000));
    const fixed = attempt(() => ({ fixMs: round(time(() => core.fix(text, options), Math.max(1, Math.ceil(runs / 2)))) }));
    entry.fixMs = fixed.fixMs ?? `error: ${fixed.error}`;
  } else {
    entry.error = analysed.error;
  }
  if (label !== '10 MB') {
    for (const category of ['residue', 'numbering', 'placeholder', 'count']) {
      const m = attempt(() => ({ ms: round(time(() => core.analyze(text, { only: [category], disabledRules: skipRules }), runs)) }));
      entry[`only_${category}Ms`] = m.ms ?? `error: ${m.error}`;
    }
  }
  figures.sizes[label] = entry;
  console.log(`[bench] ${label}: ${JSON.stringify(entry)}`);
}
figures.growth1to10 = figures.sizes['10 MB'].analyseMs && figures.sizes['1 MB'].analyseMs ? round(figures.sizes['10 MB'].analyseMs / figures.sizes['1 MB'].analyseMs) : undefined;

// 2. Other linters on the same text, in one process. The engine and the peers are called in turn, round
// after round, so that the load of a shared machine falls on all of them alike; medians per tool.
function interleaved(fns, rounds) {
  const times = fns.map(() => []);
  fns.forEach((fn) => fn()); // warm-up
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const t0 = process.hrtime.bigint();
      fn();
      times[i].push(Number(process.hrtime.bigint() - t0) / 1e6);
    });
  }
  return times.map((t) => ({ median: round(median(t)), min: round(Math.min(...t)) }));
}

let markdownlint;
let autocorrect;
try {
  markdownlint = (await import('markdownlint/sync')).lint;
} catch (error) {
  figures.markdownlintError = String(error && error.message);
}
try {
  autocorrect = requireBenchPeer('autocorrect-node');
} catch (error) {
  figures.autocorrectError = String(error && error.message);
}
for (const label of ['100 KB', '1 MB']) {
  const text = texts.get(label);
  const rounds = label === '1 MB' ? (quick ? 3 : 9) : quick ? 3 : 15;
  const options = { disabledRules: skipRules };
  const tools = [['studyReport', () => core.analyze(text, options)]];
  if (markdownlint) tools.push(['markdownlint', () => markdownlint({ strings: { report: text } })]);
  if (autocorrect) tools.push(['autocorrect', () => autocorrect.lintFor(text, 'report.txt')]);
  const measured = attempt(() => interleaved(tools.map(([, fn]) => fn), rounds));
  const entry = { rounds };
  if (measured.error) entry.error = measured.error;
  else tools.forEach(([name], i) => {
    entry[`${name}Ms`] = measured[i].median;
    entry[`${name}MinMs`] = measured[i].min;
  });
  if (entry.markdownlintMs) entry.markdownlintRatio = round(entry.markdownlintMs / entry.studyReportMs);
  if (entry.autocorrectMs) entry.autocorrectRatio = round(entry.autocorrectMs / entry.studyReportMs);
  entry.markdownlintError = figures.markdownlintError;
  entry.autocorrectError = figures.autocorrectError;
  figures.comparisons[label] = entry;
  console.log(`[bench] ${label} in turn: study-report ${entry.studyReportMs} ms, markdownlint ${entry.markdownlintMs ?? entry.markdownlintError} ms, autocorrect ${entry.autocorrectMs ?? entry.autocorrectError} ms`);
}

// 2b. The engine before the residue rework (commit ecf2480, built from this repository's history) and
// now, in turn on the same 1 MB text: residue alone (--only residue) and everything.
try {
  const old = await loadOldEngine(root);
  const text = texts.get('1 MB');
  const rounds = quick ? 3 : 9;
  const [oldResidue, newResidue, oldAll, newAll] = interleaved(
    [() => old.analyze(text, { only: ['residue'] }), () => core.analyze(text, { only: ['residue'] }), () => old.analyze(text), () => core.analyze(text)],
    rounds,
  );
  figures.oldEngine = {
    commit: OLD_ENGINE_COMMIT,
    rounds,
    residue: { beforeMs: oldResidue.median, afterMs: newResidue.median, beforeMinMs: oldResidue.min, afterMinMs: newResidue.min, speedup: round(oldResidue.median / newResidue.median) },
    all: { beforeMs: oldAll.median, afterMs: newAll.median, beforeMinMs: oldAll.min, afterMinMs: newAll.min, speedup: round(oldAll.median / newAll.median) },
    rules: { before: old.ALL_RULES.length, after: core.ALL_RULES.length },
  };
  console.log(`[bench] engine ${OLD_ENGINE_COMMIT} → now, 1 MB: residue ${oldResidue.median} → ${newResidue.median} ms, everything ${oldAll.median} → ${newAll.median} ms`);
} catch (error) {
  figures.oldEngine = { error: String(error && error.message).slice(0, 300) };
}

// 2c. Incremental: one character typed, deleted or replaced at a random place of the 1 MB text, the
// document re-analysed by the editor's analyzer; every version also analysed in full and compared.
{
  let text = texts.get('1 MB');
  const analyzer = new core.IncrementalAnalyzer({ disabledRules: skipRules });
  const first = process.hrtime.bigint();
  analyzer.analyze(text);
  const firstMs = Number(process.hrtime.bigint() - first) / 1e6;
  let seed = 20261202;
  const pick = (n) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n);
  const typed = ['的', '，', '。', '一', 'a', '\n', '、', '是'];
  const edits = quick ? 10 : 40;
  const times = [];
  const recomputed = [];
  let identical = 0;
  for (let k = 0; k < edits; k++) {
    const at = pick(text.length);
    const op = k % 3;
    text = op === 0 ? text.slice(0, at) + typed[pick(typed.length)] + text.slice(at) : op === 1 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + typed[pick(typed.length)] + text.slice(at + 1);
    const t0 = process.hrtime.bigint();
    const result = analyzer.analyze(text);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    recomputed.push(analyzer.recomputed);
    if (isDeepStrictEqual(result, core.analyze(text, { disabledRules: skipRules }))) identical++;
  }
  figures.incremental = {
    edits,
    firstMs: round(firstMs),
    medianMs: round(median(times)),
    p90Ms: round([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]),
    maxMs: round(Math.max(...times)),
    identical,
    medianRecomputed: median(recomputed),
    cachedResults: analyzer.cachedResults,
  };
  console.log(`[bench] incremental 1 MB: ${JSON.stringify(figures.incremental)}`);
}

// 2d. The CLI over a folder of 200 reports against AutoCorrect's CLI over the same folder: real
// processes, each run in turn on a fresh copy of the tree, medians.
{
  const cli = path.join(root, 'dist', 'cli.js');
  let acCli;
  try {
    acCli = path.join(path.dirname(requireBenchPeerPath('autocorrect-node')), 'cli.js');
  } catch (error) {
    figures.folder = { error: String(error && error.message) };
  }
  const count = 200;
  const rounds = quick ? 2 : 5;
  const runs = { studyReport: [], autocorrect: [] };
  let summary;
  let size;
  for (let r = 0; r < rounds; r++) {
    for (const tool of acCli ? ['studyReport', 'autocorrect'] : ['studyReport']) {
      const tree = makeTree(root, count);
      size = tree.bytes;
      const args = tool === 'studyReport' ? [cli, 'check', tree.folder] : [acCli, '--lint', tree.folder];
      const t0 = process.hrtime.bigint();
      const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' } });
      runs[tool].push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (tool === 'studyReport') summary = run.stderr.trim().split('\n').pop();
      fs.rmSync(tree.root, { recursive: true, force: true });
    }
  }
  figures.folder = {
    ...figures.folder,
    reports: count,
    kib: round(size / 1024),
    rounds,
    studyReportMs: round(median(runs.studyReport)),
    autocorrectMs: runs.autocorrect.length ? round(median(runs.autocorrect)) : undefined,
    summary,
  };
  if (figures.folder.autocorrectMs) figures.folder.autocorrectRatio = round(figures.folder.autocorrectMs / figures.folder.studyReportMs);
  console.log(`[bench] folder of ${count}: study-report check ${figures.folder.studyReportMs} ms, autocorrect --lint ${figures.folder.autocorrectMs} ms`);
}

// 3. TextMate tokenisation: our grammar vs VS Code's markdown grammar on the same text.
try {
  const textmate = require('vscode-textmate');
  const oniguruma = require('vscode-oniguruma');
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const onigLib = Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) });
  const grammarFiles = {
    'text.study-report': path.join(root, 'syntaxes/study-report.tmLanguage.json'),
    'text.html.markdown': require.resolve('tm-grammars/grammars/markdown.json'),
  };
  const registry = new textmate.Registry({
    onigLib,
    loadGrammar: async (scope) => {
      const file = grammarFiles[scope];
      if (!file || !fs.existsSync(file)) return null; // embedded languages of markdown are not needed here
      return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  for (const label of ['100 KB', '1 MB']) {
    const lines = texts.get(label).split('\n');
    const entry = {};
    for (const [name, scope] of [['studyReport', 'text.study-report'], ['markdown', 'text.html.markdown']]) {
      const grammar = await registry.loadGrammar(scope);
      if (!grammar) {
        entry[`${name}Error`] = 'grammar not found';
        continue;
      }
      entry[`${name}Ms`] = round(
        await timeAsync(async () => {
          let stack = textmate.INITIAL;
          for (const line of lines) stack = grammar.tokenizeLine2(line, stack, 0).ruleStack;
        }, quick ? 1 : 3),
      );
    }
    if (entry.studyReportMs && entry.markdownMs) entry.ratioToMarkdown = round(entry.studyReportMs / entry.markdownMs);
    figures.grammar[label] = entry;
    console.log(`[bench] grammar ${label}: study-report ${entry.studyReportMs} ms, markdown ${entry.markdownMs} ms`);
  }
} catch (error) {
  figures.grammar.error = String(error && error.stack);
}

// 4. Peak memory: a fresh process that only reads and analyses the 10 MB report.
{
  const file = path.join(out, 'report-10mb.txt');
  fs.writeFileSync(file, texts.get('10 MB'));
  const probe = `const t=require('fs').readFileSync(${JSON.stringify(file)},'utf8');const c=require(${JSON.stringify(path.join(root, 'dist/core.js'))});
const before=process.resourceUsage().maxRSS;c.analyze(t);c.fix(t);
console.log(JSON.stringify({idleKb:before,peakKb:process.resourceUsage().maxRSS,heapMb:process.memoryUsage().heapUsed/1048576}))`;
  const result = spawnSync(process.execPath, ['-e', probe.replace('c.analyze(t);c.fix(t);', `const o=${JSON.stringify({ disabledRules: skipRules })};c.analyze(t,o);c.fix(t,o);`)], { encoding: 'utf8' });
  try {
    const m = JSON.parse(result.stdout);
    figures.memory = { peakRssMb10MB: round(m.peakKb / 1024), rssBeforeAnalyseMb: round(m.idleKb / 1024), heapAfterMb: round(m.heapMb), withoutRules: skipRules };
  } catch {
    figures.memory = { error: (result.stderr.split('\n').find((l) => /Error/.test(l)) ?? result.stderr).slice(0, 300) };
  }
  fs.rmSync(file);
}

// 5. Bundle sizes (production build).
for (const bundle of ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js', 'dist/core.js']) {
  const file = path.join(root, bundle);
  if (!fs.existsSync(file)) continue;
  const bytes = fs.readFileSync(file);
  figures.bundles[bundle] = { kb: round(bytes.length / 1024), gzipKb: round(zlib.gzipSync(bytes).length / 1024) };
}

// 6. Activation: require the bundle with a stubbed vscode module and call activate, in fresh processes
// (median of five, the first one warms the disk cache).
{
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/lib/bench-activate.cjs'), path.join(root, 'dist/extension.js')], { encoding: 'utf8' });
    try {
      runs.push(JSON.parse(result.stdout.trim().split('\n').pop()));
    } catch {
      runs.push({ error: (result.stderr || result.stdout).slice(0, 500) });
    }
  }
  const ok = runs.filter((r) => !r.error);
  figures.activation = ok.length
    ? { requireMs: median(ok.map((r) => r.requireMs)), activateMs: median(ok.map((r) => r.activateMs)), subscriptions: ok[0].subscriptions }
    : runs[0];
}

// Targets and output.
const s1 = figures.sizes['1 MB'];
const c1 = figures.comparisons['1 MB'];
const inc = figures.incremental;
const targets = [
  ['AutoCorrect / study-report at 1 MB ≥ 1.5× (in turn, one process)', c1.autocorrectRatio ?? c1.autocorrectError, c1.autocorrectRatio >= 1.5],
  ['AutoCorrect CLI / study-report check on 200 reports ≥ 1.5×', figures.folder.autocorrectRatio ?? figures.folder.error, figures.folder.autocorrectRatio >= 1.5],
  ['markdownlint / study-report at 1 MB ≥ 10× (in turn, one process)', c1.markdownlintRatio ?? c1.markdownlintError, c1.markdownlintRatio >= 10],
  ['one-character edit in 1 MB re-analysed ≤ 10 ms (median)', `${inc.medianMs} ms (p90 ${inc.p90Ms}, max ${inc.maxMs})`, inc.medianMs <= 10],
  ['incremental result identical to a full analysis', `${inc.identical}/${inc.edits}`, inc.identical === inc.edits],
  ['growth 1 MB → 10 MB ≤ 10×', figures.growth1to10 ?? 'not measured', figures.growth1to10 <= 10],
  [
    `residue engine at least as fast as before the rework (${OLD_ENGINE_COMMIT}), 1 MB, in turn`,
    figures.oldEngine.residue ? `${figures.oldEngine.residue.beforeMs} → ${figures.oldEngine.residue.afterMs} ms` : figures.oldEngine.error,
    figures.oldEngine.residue ? figures.oldEngine.residue.afterMs <= figures.oldEngine.residue.beforeMs : false,
  ],
  ['analyse / baseline at 1 MB ≤ 5×', s1.ratioToBaseline ?? s1.error, s1.ratioToBaseline <= 5],
];
figures.targets = targets.map(([name, value, ok]) => ({ name, value, ok }));

const lines = [];
lines.push(`study-report benchmark — ${figures.machine.cpu}, ${figures.machine.cores} cores, Node ${process.version}`);
lines.push('');
lines.push('| size | findings | analyse ms | fix ms | baseline ms | ×baseline | MB/s | only residue / numbering / placeholder / count ms |');
lines.push('|---|---|---|---|---|---|---|---|');
for (const { label } of SIZES) {
  const s = figures.sizes[label];
  const perCategory = s.only_residueMs === undefined ? '-' : `${s.only_residueMs} / ${s.only_numberingMs} / ${s.only_placeholderMs} / ${s.only_countMs}`;
  const analyse = s.analyseMs === undefined ? `error: ${s.error}` : s.withoutRules ? `${s.analyseMs} (without ${s.withoutRules.join(', ')}: it throws "${s.error ?? 'on a smaller size'}")` : s.analyseMs;
  lines.push(`| ${label} | ${s.findings ?? '-'} | ${analyse} | ${s.fixMs ?? '-'} | ${s.baselineMs} | ${s.ratioToBaseline ?? '-'} | ${s.mbPerSecond ?? '-'} | ${perCategory} |`);
}
lines.push('');
lines.push('| same text, in turn (median of rounds) | study-report ms | markdownlint ms (×) | autocorrect ms (×) |');
lines.push('|---|---|---|---|');
for (const [label, c] of Object.entries(figures.comparisons)) {
  lines.push(`| ${label} (${c.rounds} rounds) | ${c.studyReportMs ?? c.error} | ${c.markdownlintMs ?? c.markdownlintError} (${c.markdownlintRatio ?? '-'}×) | ${c.autocorrectMs ?? c.autocorrectError} (${c.autocorrectRatio ?? '-'}×) |`);
}
lines.push('');
const f = figures.folder;
lines.push(`CLI over ${f.reports} reports (${f.kib} KiB), processes in turn, median of ${f.rounds}: study-report check ${f.studyReportMs} ms, autocorrect --lint ${f.autocorrectMs ?? f.error} ms (${f.autocorrectRatio ?? '-'}×)`);
lines.push(
  inc
    ? `incremental, 1 MB: first analysis ${inc.firstMs} ms; ${inc.edits} one-character edits re-analysed in median ${inc.medianMs} ms (p90 ${inc.p90Ms}, max ${inc.maxMs}), ${inc.identical}/${inc.edits} identical to a full analysis, median ${inc.medianRecomputed} per-line results recomputed of ${inc.cachedResults}`
    : 'incremental: not measured',
);
const o = figures.oldEngine;
if (o.residue) {
  lines.push('');
  lines.push(`| 1 MB, in turn (median of ${o.rounds}) | before (${o.commit}, ${o.rules.before} rules) ms | now (${o.rules.after} rules) ms | speed-up |`);
  lines.push('|---|---|---|---|');
  lines.push(`| residue only | ${o.residue.beforeMs} | ${o.residue.afterMs} | ${o.residue.speedup}× |`);
  lines.push(`| everything | ${o.all.beforeMs} | ${o.all.afterMs} | ${o.all.speedup}× |`);
} else lines.push(`old engine: ${o.error}`);
lines.push('');
lines.push('| tokenise (vscode-textmate) | study-report grammar ms | markdown grammar ms | ratio |');
lines.push('|---|---|---|---|');
for (const [label, g] of Object.entries(figures.grammar)) {
  if (label === 'error') lines.push(`| error | ${g.split('\n')[0]} | | |`);
  else lines.push(`| ${label} | ${g.studyReportMs ?? g.studyReportError} | ${g.markdownMs ?? g.markdownError} | ${g.ratioToMarkdown ?? '-'} |`);
}
lines.push('');
lines.push(`growth 1 MB → 10 MB: ${figures.growth1to10}×`);
lines.push(`peak RSS analysing + fixing 10 MB: ${figures.memory.peakRssMb10MB ?? figures.memory.error} MB (process before: ${figures.memory.rssBeforeAnalyseMb} MB${skipRules.length ? `; without ${skipRules.join(', ')}` : ''})`);
lines.push(`bundles (production): ${Object.entries(figures.bundles).map(([b, s]) => `${b} ${s.kb} KB (${s.gzipKb} KB gz)`).join(', ')}`);
lines.push(
  figures.activation.error
    ? `activation: failed: ${figures.activation.error}`
    : `activation (stubbed vscode): require ${figures.activation.requireMs} ms + activate ${figures.activation.activateMs} ms`,
);
lines.push('');
for (const t of figures.targets) lines.push(`${t.ok ? 'PASS' : 'MISS'}  ${t.name}: ${t.value}`);
const table = lines.join('\n');
console.log('\n' + table);
fs.writeFileSync(path.join(out, 'bench.json'), JSON.stringify(figures, null, 2) + '\n');
fs.writeFileSync(path.join(out, 'bench.md'), table + '\n');
console.log(`\n[bench] figures written to ${path.relative(root, out)}/bench.json and bench.md`);

function round(n) {
  return typeof n === 'number' && Number.isFinite(n) ? Math.round(n * 100) / 100 : n;
}

function machineInfo() {
  const os = require('node:os');
  return { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version };
}
