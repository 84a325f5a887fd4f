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
import { requireBenchPeer } from './lib/bench-peers.mjs';
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

// 2. Other linters on the same 1 MB text (and 100 KB).
for (const label of ['100 KB', '1 MB']) {
  const text = texts.get(label);
  const runs = label === '1 MB' ? (quick ? 1 : 3) : quick ? 2 : 5;
  const entry = { studyReportMs: figures.sizes[label].analyseMs ?? null };
  try {
    const { lint } = await import('markdownlint/sync');
    entry.markdownlintMs = round(time(() => lint({ strings: { report: text } }), runs));
    if (entry.studyReportMs) entry.markdownlintRatio = round(entry.markdownlintMs / entry.studyReportMs);
  } catch (error) {
    entry.markdownlintError = String(error && error.message);
  }
  try {
    const autocorrect = requireBenchPeer('autocorrect-node');
    entry.autocorrectMs = round(time(() => autocorrect.lintFor(text, 'report.txt'), runs));
    if (entry.studyReportMs) entry.autocorrectRatio = round(entry.autocorrectMs / entry.studyReportMs);
  } catch (error) {
    entry.autocorrectError = String(error && error.message);
  }
  figures.comparisons[label] = entry;
  console.log(`[bench] ${label}: markdownlint ${entry.markdownlintMs ?? entry.markdownlintError} ms, autocorrect ${entry.autocorrectMs ?? entry.autocorrectError} ms`);
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
const targets = [
  ['analyse / baseline at 1 MB ≤ 5×', s1.ratioToBaseline ?? s1.error, s1.ratioToBaseline <= 5],
  ['growth 1 MB → 10 MB ≤ 11×', figures.growth1to10 ?? 'not measured', figures.growth1to10 <= 11],
  ['markdownlint / study-report at 1 MB ≥ 5×', figures.comparisons['1 MB'].markdownlintRatio, figures.comparisons['1 MB'].markdownlintRatio >= 5],
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
lines.push('| same text | study-report ms | markdownlint ms (×) | autocorrect ms (×) |');
lines.push('|---|---|---|---|');
for (const [label, c] of Object.entries(figures.comparisons)) {
  lines.push(`| ${label} | ${c.studyReportMs} | ${c.markdownlintMs ?? c.markdownlintError} (${c.markdownlintRatio ?? '-'}×) | ${c.autocorrectMs ?? c.autocorrectError} (${c.autocorrectRatio ?? '-'}×) |`);
}
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
