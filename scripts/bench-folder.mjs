// Wall time of the CLI on a folder of 200 reports (copies of test/fixtures/residue/*.dirty.*, spread
// over nested Chinese folders): `check` and `fix`, each run several times on a fresh copy; median printed.
//   node scripts/bench-folder.mjs [--files 200] [--runs 5]
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeTree, treeSources } from './lib/bench-tree.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { files: { type: 'string', default: '200' }, runs: { type: 'string', default: '5' } } });
const count = Number(values.files);
const runs = Number(values.runs);
execFileSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs'), '--production'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
const cli = path.join(repo, 'dist', 'cli.js');
const sourceCount = treeSources(repo).length;
const tree = () => makeTree(repo, count);

function time(args, cwd) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status === 2) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return { ms, stderr: run.stderr.trim().split('\n').pop() };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const [name, args] of [['check', ['check', '材料']], ['check --format json', ['check', '--format', 'json', '材料']], ['fix', ['fix', '材料']], ['startup (--version)', ['--version']]]) {
  const times = [];
  let last;
  for (let r = 0; r < runs; r++) {
    const { root } = tree();
    last = time(args, root);
    times.push(last.ms);
    fs.rmSync(root, { recursive: true, force: true });
  }
  results[name] = { median: median(times), min: Math.min(...times), max: Math.max(...times), summary: last.stderr };
}
const { root, bytes } = tree();
fs.rmSync(root, { recursive: true, force: true });
console.log(`${count} reports (${(bytes / 1024).toFixed(0)} KiB, ${sourceCount} sources), ${runs} runs each, Node ${process.version}, ${os.cpus().length} CPUs:`);
for (const [name, r] of Object.entries(results)) console.log(`  ${name.padEnd(22)} median ${r.median.toFixed(0)} ms (min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)})${r.summary && name !== 'startup (--version)' ? `  — ${r.summary}` : ''}`);
