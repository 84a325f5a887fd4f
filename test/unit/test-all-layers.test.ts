import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// npm test adds up the JSON result file of each layer (scripts/lib/layers.sh). A layer that crashes
// before writing its file, writes a broken one, or exits non-zero while reporting no failure must still
// count as a failure; a failing step counts as one.

const root = path.join(__dirname, '..', '..');
const write = (counts: object) => `require('fs').writeFileSync(process.argv[1], JSON.stringify(${JSON.stringify(counts)}))`;

function run(lines: string[]): { totals: string; summary: string[]; results: string[] } {
  const results = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
  const script = [
    'set -uo pipefail',
    `results_dir=${JSON.stringify(results)}`,
    'source scripts/lib/layers.sh',
    ...lines,
    'printf "%s\\n" "${summary[@]}"',
    'totals_line',
  ].join('\n');
  const out = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8' });
  assert.strictEqual(out.status, 0, out.stderr);
  const printed = out.stdout.trim().split('\n');
  const files = fs.readdirSync(results).sort();
  fs.rmSync(results, { recursive: true, force: true });
  return { totals: printed[printed.length - 1], summary: printed.filter((l) => !l.startsWith('=== ')).slice(0, -1), results: files };
}

const node = (code: string) => `node -e ${JSON.stringify(code)} '{RESULT}'`;

describe('npm test: adding up the layers', function () {
  this.timeout(60_000);

  it('sums the counts of the layers\' JSON files and ends with the totals line', () => {
    const { totals, results } = run([
      `layer one ${node(write({ layer: 'one', passed: 3, failed: 0, skipped: 1 }))}`,
      `layer "two (zh-cn)" ${node(write({ layer: 'two', passed: 4, failed: 2, skipped: 0 }))}`,
    ]);
    assert.strictEqual(totals, '7 passed, 2 failed, 1 skipped');
    assert.match(totals, /^\d+ passed, \d+ failed, \d+ skipped$/);
    assert.deepStrictEqual(results, ['01-one.json', '02-two-zh-cn.json']);
  });

  it('counts one failure for a layer that crashes before writing its file', () => {
    const { totals, summary } = run([`layer crash ${node('process.exit(3)')}`]);
    assert.strictEqual(totals, '0 passed, 1 failed, 0 skipped');
    assert.match(summary[0], /crash .*1 failed.*no valid result file/);
  });

  it('counts one failure for a broken file, and for a non-zero exit that reports no failure', () => {
    const { totals } = run([
      `layer junk ${node("require('fs').writeFileSync(process.argv[1], '{\"layer\":\"junk\",\"passed\":\"7\"}')")}`,
      `layer liar ${node(write({ layer: 'liar', passed: 5, failed: 0, skipped: 0 }) + '; process.exit(1)')}`,
    ]);
    assert.strictEqual(totals, '5 passed, 2 failed, 0 skipped');
  });

  it('counts a failing step as one failure and a passing one as none', () => {
    const { totals, summary } = run(['step fine true', 'step broken false']);
    assert.strictEqual(totals, '0 passed, 1 failed, 0 skipped');
    assert.match(summary.join('\n'), /fine +ok[\s\S]*broken +FAILED/);
  });
});

describe('npm test: the unit layer\'s reporter', function () {
  this.timeout(60_000);

  it('prints spec output and writes passed, failed (hooks included) and skipped to its result file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reporter-'));
    const spec = path.join(dir, 'sample.spec.js');
    const result = path.join(dir, 'unit.json');
    fs.writeFileSync(spec, [
      "describe('sample', () => {",
      "  it('passes', () => {});",
      "  it('fails', () => { throw new Error('no'); });",
      "  it.skip('is skipped', () => {});",
      '});',
      "describe('broken hook', () => { before(() => { throw new Error('hook'); }); it('never runs', () => {}); });",
    ].join('\n'));
    const out = spawnSync(process.execPath, [
      path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '--no-color', spec,
      '--reporter', path.join(root, 'scripts', 'lib', 'mocha-result-reporter.cjs'), '--reporter-option', `result=${result},layer=unit`,
    ], { cwd: root, encoding: 'utf8' });
    try {
      assert.notStrictEqual(out.status, 0);
      assert.match(out.stdout, /1 passing/);
      assert.deepStrictEqual(JSON.parse(fs.readFileSync(result, 'utf8')), { layer: 'unit', passed: 1, failed: 2, skipped: 1 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
