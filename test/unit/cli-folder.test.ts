import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildOnce, EXPECTED_FILES, fixture, materialsTree, put, runCliProcess } from './cli-folder-helpers';
import { runCli } from '../../src/cli/run';
import { openDocx } from '../../src/core';
import { cli } from './cli-helpers';

interface EslintResult {
  filePath: string;
  messages: Array<{ ruleId: string; category: string }>;
}


describe('cli on folders (dist/cli.js as a process)', function () {
  this.timeout(180_000);
  let root: string;
  let tree: string;
  let outside: string;
  before(() => buildOnce());
  beforeEach(() => ({ root, tree, outside } = materialsTree()));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('check walks nested Chinese folders, skips hidden folders, node_modules, .git, lock files and links out of the tree', () => {
    const run = runCliProcess(['check', '--format', 'json', '材料'], tree);
    const results = JSON.parse(run.stdout) as EslintResult[];
    const seen = results.map((r) => path.relative(tree, r.filePath).split(path.sep).join('/'));
    assert.deepStrictEqual(seen, EXPECTED_FILES);
    assert.strictEqual(run.code, 1, run.stderr);
    assert.strictEqual(run.stderr, '');
    assert.ok(results.every((r) => path.isAbsolute(r.filePath)));
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId)]));
    assert.deepStrictEqual(byName['干净的心得.txt'], []);
    assert.ok(byName['教师心得.txt'].includes('paywall-marker'));
    assert.ok(byName['党课讲稿.txt'].length > 0);
    assert.deepStrictEqual(byName['述职报告.docx'], ['paywall-marker', 'paywall-marker'], 'the .docx went through the Word reading');
    assert.doesNotMatch(run.stdout + run.stderr, /外部|草稿|notes\.txt|readme\.md|附件\.pdf/);
  });

  it('text format: findings on stdout with paths as typed, the summary on stderr, no progress when stderr is not a terminal', () => {
    const run = runCliProcess(['check', '材料/第一组', '材料/第二组'], tree);
    assert.strictEqual(run.code, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.ok(lines.slice(0, -1).every((l) => /^材料\/第[一二]组\/.+:\d+:\d+ {2}(错误|警告) {2}.+ {2}[a-z-]+$/.test(l)), run.stdout);
    assert.match(lines[lines.length - 1], /^共 \d+ 个问题/);
    assert.match(run.stderr, /^检查了 4 个文件，3 个有问题（残留 \d+[^）]*）。\n$/);
    assert.doesNotMatch(run.stderr, /\r/);
  });

  it('takes quoted globs (for shells that do not expand them) and says when one matches nothing', () => {
    const md = runCliProcess(['check', '--format', 'json', '材料/**/*.md'], tree);
    assert.deepStrictEqual((JSON.parse(md.stdout) as EslintResult[]).map((r) => path.basename(r.filePath)), ['全会发言.md']);
    assert.strictEqual(md.code, 1);
    const txt = runCliProcess(['check', '--format', 'json', '材料/第二组/*.txt'], tree);
    assert.deepStrictEqual((JSON.parse(txt.stdout) as EslintResult[]).map((r) => path.basename(r.filePath)), ['干净的心得.txt']);
    assert.strictEqual(txt.code, 0);
    const none = runCliProcess(['check', '材料/**/*.rtf'], tree);
    assert.strictEqual(none.code, 2);
    assert.match(none.stderr, /材料\/\*\*\/\*\.rtf：没有匹配的文件/);
  });

  it('an empty folder, or one with no reports, is an error (exit 2), not a silent success', () => {
    fs.mkdirSync(path.join(tree, '空文件夹', '.git'), { recursive: true });
    put(tree, '空文件夹/.git/x.txt', '一、学习\n');
    const run = runCliProcess(['check', '--lang', 'en', '空文件夹'], tree);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /空文件夹: no files to check in this folder/);
  });

  it('fix cleans every report of the folder in place, names the files it changed, and ends with a summary', () => {
    const hidden = fs.readFileSync(path.join(tree, '材料', '.隐藏', '草稿.txt'), 'utf8');
    const run = runCliProcess(['fix', '材料/第一组', '材料/第二组'], tree);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.strictEqual(fs.readFileSync(path.join(tree, '材料', '第一组', '教师心得.txt'), 'utf8'), fixture('xinde-jiaoshi.clean.txt'));
    assert.strictEqual(fs.readFileSync(path.join(tree, '材料', '第一组', '二级 研讨', '全会发言.md'), 'utf8'), fixture('yantao-quanhui.clean.md'));
    assert.strictEqual(fs.readFileSync(path.join(tree, '材料', '第二组', '子目录', '党课讲稿.txt'), 'utf8'), fixture('dangke-hongse.clean.txt'));
    assert.strictEqual(fs.readFileSync(path.join(tree, '材料', '.隐藏', '草稿.txt'), 'utf8'), hidden, 'a hidden folder was touched');
    assert.strictEqual(fs.readFileSync(path.join(outside, '外部材料.txt'), 'utf8'), fixture('xinde-jiaoshi.dirty.txt'), 'a file outside the tree was touched');
    assert.match(run.stderr, /材料\/第一组\/教师心得\.txt：已修复/);
    assert.doesNotMatch(run.stderr, /无需修复。\n/, 'unchanged files are counted, not listed');
    assert.match(run.stderr, /处理了 4 个文件：修复 3 个，1 个无需修复（残留 \d+/);
    assert.strictEqual(run.stdout, '');
    const again = runCliProcess(['check', '--only', 'residue', '材料/第一组', '材料/第二组'], tree);
    assert.strictEqual(again.code, 0, again.stdout);
  });

  it('fix cleans the .docx of a folder through the Word writer, beside the text files', () => {
    const run = runCliProcess(['fix', '材料'], tree);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stderr, /材料\/述职报告\.docx：已清理/);
    assert.match(run.stderr, /处理了 5 个文件：修复 4 个，1 个无需修复/);
    const after = runCliProcess(['check', '--format', 'json', '--only', 'residue', '材料'], tree);
    assert.strictEqual(after.code, 0, after.stdout);
    assert.strictEqual((JSON.parse(after.stdout) as EslintResult[]).length, 5);
    const body = openDocx(fs.readFileSync(path.join(tree, '材料', '述职报告.docx'))).body.text;
    assert.ok(body.includes('一是坚持每月组织一次集中学习') && !body.includes('##paid'), body);
  });

  it('count and outline take a folder: one entry per file', () => {
    const count = runCliProcess(['count', '--format', 'json', '材料/第二组'], tree);
    assert.strictEqual(count.code, 0, count.stderr);
    const entries = JSON.parse(count.stdout) as Array<{ filePath: string; characters: number }>;
    assert.deepStrictEqual(entries.map((e) => e.filePath), ['材料/第二组/子目录/党课讲稿.txt', '材料/第二组/干净的心得.txt']);
    assert.ok(entries.every((e) => e.characters > 100));
    const outline = runCliProcess(['outline', '--format', 'json', '材料/第二组'], tree);
    assert.strictEqual(outline.code, 0, outline.stderr);
    const trees = JSON.parse(outline.stdout) as Array<{ filePath: string; outline: Array<{ marker: string }> }>;
    assert.deepStrictEqual(trees.map((t) => t.filePath), ['材料/第二组/子目录/党课讲稿.txt', '材料/第二组/干净的心得.txt']);
    const one = runCliProcess(['outline', '--format', 'json', '材料/第二组/子目录/党课讲稿.txt'], tree);
    assert.deepStrictEqual(JSON.parse(one.stdout), trees[0].outline, 'a single file keeps the plain outline shape');
  });
});

describe('cli: .study-report.json (dist/cli.js as a process)', function () {
  this.timeout(180_000);
  let root: string;
  let tree: string;
  before(() => buildOnce());
  beforeEach(() => ({ root, tree } = materialsTree()));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const rulesOf = (stdout: string, name: string) =>
    (JSON.parse(stdout) as EslintResult[]).find((r) => path.basename(r.filePath) === name)!.messages.map((m) => m.ruleId);

  it('is found upwards from each file: the nearest one wins', () => {
    put(tree, '.study-report.json', JSON.stringify({ rules: { 'paywall-marker': 'off' } }));
    put(tree, '材料/第二组/.study-report.json', JSON.stringify({ rules: { 'residue-source-note': false } }));
    const run = runCliProcess(['check', '--format', 'json', '材料/第一组/教师心得.txt', '材料/第二组/子目录/党课讲稿.txt'], tree);
    const before = runCliProcess(['check', '--format', 'json', '--config', path.join(root, 'none.json'), '材料/第一组/教师心得.txt'], tree);
    assert.strictEqual(before.code, 2, 'a missing --config file is an error');
    assert.ok(!rulesOf(run.stdout, '教师心得.txt').includes('paywall-marker'), 'the root config did not apply');
    assert.ok(rulesOf(run.stdout, '教师心得.txt').includes('residue-source-note'));
    const nested = rulesOf(run.stdout, '党课讲稿.txt');
    assert.ok(!nested.includes('residue-source-note'), 'the nearer config did not apply');
  });

  it('--config names one file for every input, over the ones found upwards', () => {
    put(tree, '.study-report.json', JSON.stringify({ rules: { 'paywall-marker': 'off' } }));
    const other = put(root, '另一个配置.json', JSON.stringify({ severity: { residue: 'warning' }, residue: { allow: ['本文由党建云素材整理，版权所有，盗用必究'] } }));
    const run = runCliProcess(['check', '--format', 'json', '--config', other, '材料/第一组/教师心得.txt'], tree);
    const messages = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }> }>)[0].messages;
    assert.ok(messages.some((m) => m.ruleId === 'paywall-marker'), 'the config found upwards still applied');
    assert.ok(!messages.some((m) => m.ruleId === 'residue-source-note'), 'the allowlist of --config did not apply');
    assert.ok(messages.every((m) => m.severity === 1), 'the severity of --config did not apply');
  });

  for (const [what, content, pattern] of [
    ['bad JSON', '{ "rules": { "paywall-marker": "off", } }', /\.study-report\.json:1:\d+：配置文件有误：不是有效的 JSON/],
    ['a wrong shape', '{ "residue": { "allow": "会员单位" } }', /\.study-report\.json：配置文件有误：residue\.allow 应为字符串数组。（位置：residue\.allow）/],
    ['an unknown rule', '{ "rules": { "residue-adverts": "off" } }', /\.study-report\.json：配置文件有误：未知规则“residue-adverts”/],
  ] as Array<[string, string, RegExp]>) {
    it(`a config with ${what} stops the run with the file name and exit 2, touching no file`, () => {
      put(tree, '材料/.study-report.json', content);
      const dirty = fs.readFileSync(path.join(tree, '材料', '第一组', '教师心得.txt'), 'utf8');
      const run = runCliProcess(['fix', '材料'], tree);
      assert.strictEqual(run.code, 2);
      assert.match(run.stderr, pattern);
      assert.match(run.stderr, /未检查或修改任何文件/);
      assert.strictEqual(fs.readFileSync(path.join(tree, '材料', '第一组', '教师心得.txt'), 'utf8'), dirty);
      const check = runCliProcess(['check', '--lang', 'en', '材料/第一组/教师心得.txt'], tree);
      assert.strictEqual(check.code, 2);
      assert.match(check.stderr, /材料\/\.study-report\.json.*config file error/);
    });
  }
});

describe('cli: progress on a terminal', () => {
  it('shows files done / total on stderr when it is a terminal, and clears it before other messages', () => {
    const { root, tree } = materialsTree();
    try {
      let stderr = '';
      const cwd = process.cwd();
      process.chdir(tree);
      try {
        runCli(['check', '材料/第二组'], { stdout: () => undefined, stderr: (c) => (stderr += c), stderrIsTTY: true, readStdin: () => Buffer.alloc(0), env: { LANG: 'zh_CN.UTF-8' } });
      } finally {
        process.chdir(cwd);
      }
      const ESC = '\u001b';
      assert.ok(stderr.includes(`\r已处理 1/2 个文件${ESC}[K`), JSON.stringify(stderr));
      assert.ok(stderr.includes(`\r已处理 2/2 个文件${ESC}[K`), JSON.stringify(stderr));
      assert.ok(stderr.includes(`\r${ESC}[K检查了 2 个文件`), JSON.stringify(stderr));
      const plain = cli(['check', path.join(tree, '材料', '第二组')]);
      assert.doesNotMatch(plain.stderr, /已处理/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
