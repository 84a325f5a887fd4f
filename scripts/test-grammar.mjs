// Grammar layer: each test/grammar/**/*.test.txt through vscode-tmgrammar-test (real vscode-textmate)
// on its own, so a file is one test: it passes when its run exits 0.
//
//   node scripts/test-grammar.mjs [--result FILE]     (--result: the layer's JSON for scripts/test-all.sh)
//
// Exit code 0 when every file passed, 1 otherwise.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLayerResult } from './lib/layer-result.mjs';
import { parseOptions } from './lib/options.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseOptions({ result: { type: 'string' } });
const GRAMMAR = path.join('syntaxes', 'study-report.tmLanguage.json');
const CLI = path.join(repo, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith('.test.txt') ? [full] : [];
  }).sort();
}

const files = testFiles(path.join(repo, 'test', 'grammar'));
let passed = 0;
let failed = 0;
for (const file of files) {
  const run = spawnSync(process.execPath, [CLI, '-g', GRAMMAR, path.relative(repo, file)], { cwd: repo, stdio: 'inherit' });
  if (run.status === 0) passed++;
  else {
    failed++;
    console.log(`grammar: ${path.relative(repo, file)} FAILED (exit ${run.status ?? run.signal})`);
  }
}
// No test file at all is a broken layer, not a clean one.
if (files.length === 0) failed = 1;
writeLayerResult(values.result, 'grammar', { passed, failed });
console.log(`grammar: ${passed} files passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
