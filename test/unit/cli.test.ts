import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import { parseArgs } from '../../src/cli/args';
import { localeFromEnv } from '../../src/cli/messages';
import { cli, DIRTY, DIRTY_FIXED, SEED, tempDir, writeFile } from './cli-helpers';

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };

describe('cli: arguments', () => {
  it('prints the usage with --help and exits 0, in the language asked for', () => {
    const zh = cli(['--help']);
    assert.strictEqual(zh.code, 0);
    assert.match(zh.stdout, /用法/);
    const en = cli(['--help', '--lang', 'en']);
    assert.match(en.stdout, /^Usage:/);
    assert.match(en.stdout, /Exit codes: 0 clean, 1 problems found, 2 usage or I\/O error/);
  });

  it('prints the package version', () => {
    assert.deepStrictEqual([cli(['--version']).stdout, cli(['--version']).code], [pkg.version + '\n', 0]);
  });

  for (const [argv, pattern] of [
    [['lint', 'a.txt'], /未知命令“lint”/],
    [['check', '--fast', 'a.txt'], /未知选项“--fast”/],
    [['check', '--only', 'residue,spelling', 'a.txt'], /未知类别“spelling”/],
    [['check', '--format', 'xml', 'a.txt'], /--format 只能是 text 或 json/],
    [['check', '--format'], /选项 --format 缺少取值/],
    [['check'], /未指定文件/],
    [['fix', '--stdout', 'a.txt', 'b.txt'], /--stdout 只能用于一个文件/],
    [['check', '--stdout', 'a.txt'], /选项 --stdout 不适用于 check/],
    [['check', '-', '-'], /标准输入（-）只能出现一次/],
  ] as Array<[string[], RegExp]>) {
    it(`rejects ${argv.join(' ')} with exit 2 and a clear message`, () => {
      const run = cli(argv);
      assert.strictEqual(run.code, 2);
      assert.match(run.stderr, pattern);
      assert.strictEqual(run.stdout, '');
    });
  }

  it('parses --only as a list without duplicates and accepts --opt=value', () => {
    const parsed = parseArgs(['check', '--only=residue,numbering,residue', '--format=json', 'x.txt']);
    assert.ok(parsed.ok);
    assert.deepStrictEqual(parsed.args.only, ['residue', 'numbering']);
    assert.strictEqual(parsed.args.format, 'json');
  });

  it('takes the language from LC_ALL / LANG, defaulting to Chinese', () => {
    assert.strictEqual(localeFromEnv({ LANG: 'en_US.UTF-8' }), 'en');
    assert.strictEqual(localeFromEnv({ LANG: 'zh_CN.UTF-8' }), 'zh');
    assert.strictEqual(localeFromEnv({ LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' }), 'zh');
    assert.strictEqual(localeFromEnv({}), 'zh');
    assert.strictEqual(localeFromEnv({ LANG: 'C.UTF-8' }), 'zh');
  });
});

describe('cli: check', () => {
  it('reports the seed in ESLint JSON with 1-based lines and columns, exit 1', () => {
    const run = cli(['check', '--format', 'json', '--only', 'residue', SEED]);
    assert.strictEqual(run.code, 1);
    const results = JSON.parse(run.stdout);
    assert.strictEqual(results.length, 1);
    assert.strictEqual(results[0].filePath, path.resolve(SEED));
    const lines = fs.readFileSync(SEED, 'utf8').split('\n');
    const markerLine = lines.findIndex((l) => l.includes('##paidbegin##'));
    const marker = results[0].messages.find((m: { ruleId: string; line: number }) => m.ruleId === 'paywall-marker' && m.line === markerLine + 1);
    assert.ok(marker, 'the glued ##paidbegin## is reported');
    const column = lines[markerLine].indexOf('##paidbegin##') + 1;
    assert.deepStrictEqual(
      { category: marker.category, severity: marker.severity, line: marker.line, column: marker.column, endLine: marker.endLine, endColumn: marker.endColumn },
      { category: 'residue', severity: 2, line: markerLine + 1, column, endLine: markerLine + 1, endColumn: column + '##paidbegin##'.length },
    );
    assert.ok(results[0].errorCount >= 2);
    assert.strictEqual(results[0].errorCount + results[0].warningCount, results[0].messages.length);
  });

  it('counts columns in UTF-16 units (an astral character counts two)', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'astral.txt', '𠀀𠀁甲##paidend##\n');
    const [result] = JSON.parse(cli(['check', '--format', 'json', '--only', 'residue', file]).stdout);
    assert.deepStrictEqual([result.messages[0].column, result.messages[0].endColumn], [6, 6 + '##paidend##'.length]);
  });

  it('exits 0 with an empty message list on a clean file', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'clean.txt', DIRTY_FIXED);
    const run = cli(['check', '--format', 'json', '--only', 'residue', file]);
    assert.strictEqual(run.code, 0);
    assert.deepStrictEqual(JSON.parse(run.stdout)[0].messages, []);
  });

  it('--only leaves other categories out', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'dirty.txt', DIRTY);
    const residue = JSON.parse(cli(['check', '--format', 'json', '--only', 'residue', file]).stdout)[0].messages;
    assert.ok(residue.some((m: { ruleId: string }) => m.ruleId === 'paywall-marker'));
    const numbering = JSON.parse(cli(['check', '--format', 'json', '--only', 'numbering', file]).stdout)[0].messages;
    assert.ok(numbering.every((m: { category: string }) => m.category === 'numbering'));
  });

  it('reads standard input for -, in text format with file:line:column and the language asked for', () => {
    const zh = cli(['check', '--only', 'residue', '-'], { stdin: DIRTY });
    assert.strictEqual(zh.code, 1);
    assert.match(zh.stdout, /^<stdin>:3:\d+ {2}错误 {2}\S*##paidbegin##\S* {2}paywall-marker$/m);
    assert.match(zh.stdout, /共 1 个问题（1 个错误，0 个警告）。/);
    const en = cli(['check', '--only', 'residue', '--lang', 'en', '-'], { stdin: DIRTY });
    assert.match(en.stdout, /^<stdin>:3:\d+ {2}error {2}.*##paidbegin##.* {2}paywall-marker$/m);
  });

  it('gives the same findings as the engine', () => {
    const text = fs.readFileSync(SEED, 'utf8');
    const [result] = JSON.parse(cli(['check', '--format', 'json', SEED]).stdout);
    assert.deepStrictEqual(
      result.messages.map((m: { ruleId: string }) => m.ruleId),
      analyze(text).findings.map((f) => f.ruleId),
    );
  });
});

describe('cli: fix', () => {
  it('writes the fixed text in place and reports the change', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'r.txt', DIRTY);
    const run = cli(['fix', '--only', 'residue', file]);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), DIRTY_FIXED);
    assert.match(run.stderr, /已修复（1 处改动）/);
    assert.deepStrictEqual(fs.readdirSync(dir), ['r.txt'], 'no temporary file left behind');
  });

  it('--stdout prints the fixed seed (markers gone, 一是对新理论 intact) and leaves the file alone', () => {
    const before = fs.readFileSync(SEED);
    const run = cli(['fix', '--only', 'residue', '--stdout', SEED]);
    assert.strictEqual(run.code, 0);
    assert.ok(run.stdout.includes('一是对新理论'));
    assert.ok(!run.stdout.includes('##paidbegin##') && !run.stdout.includes('##paidend##'));
    assert.ok(fs.readFileSync(SEED).equals(before));
  });

  it('reads standard input and writes standard output for -', () => {
    const run = cli(['fix', '--only', 'residue', '-'], { stdin: DIRTY });
    assert.deepStrictEqual([run.code, run.stdout], [0, DIRTY_FIXED]);
  });

  it('does not touch a file with nothing to fix', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'clean.txt', DIRTY_FIXED);
    const past = new Date(2020, 0, 1);
    fs.utimesSync(file, past, past);
    const run = cli(['fix', '--only', 'residue', file]);
    assert.strictEqual(run.code, 0);
    assert.match(run.stderr, /无需修复/);
    assert.strictEqual(fs.statSync(file).mtimeMs, past.getTime());
  });

  it('fixes several files and still exits 2 when one of them is missing', () => {
    const dir = tempDir();
    const a = writeFile(dir, 'a.txt', DIRTY);
    const run = cli(['fix', '--only', 'residue', path.join(dir, 'missing.txt'), a]);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /missing\.txt：文件不存在/);
    assert.strictEqual(fs.readFileSync(a, 'utf8'), DIRTY_FIXED);
  });
});

describe('cli: outline and count', () => {
  it('outline --format json gives the seed tree with 1-based lines', () => {
    const run = cli(['outline', '--format', 'json', SEED]);
    assert.strictEqual(run.code, 0);
    const tree = JSON.parse(run.stdout);
    assert.deepStrictEqual(
      tree.map((n: { marker: string; title: string; level: number }) => [n.level, n.marker, n.title]),
      [
        [1, '一、', '收获体会'],
        [1, '二、', '存在的突出问题'],
        [1, '三、', '改进工作的措施'],
      ],
    );
    const lines = fs.readFileSync(SEED, 'utf8').split('\n');
    for (const node of tree) {
      assert.ok(lines[node.line - 1].startsWith(node.marker + node.title));
      assert.deepStrictEqual(node.children.map((c: { marker: string }) => c.marker), ['（一）', '（二）', '（三）']);
      for (const child of node.children) {
        assert.strictEqual(child.level, 2);
        assert.ok(lines[child.line - 1].startsWith(child.marker + child.title));
        assert.deepStrictEqual(child.children, []);
      }
    }
  });

  it('outline text indents children under their parent', () => {
    const run = cli(['outline', SEED]);
    assert.match(run.stdout, /^一、收获体会 {2}:\d+\n {2}（一）通过学习/);
  });

  it('count --format json gives the engine count and the declared figure of the title', () => {
    const run = cli(['count', '--format', 'json', SEED]);
    assert.strictEqual(run.code, 0);
    const result = JSON.parse(run.stdout);
    const expected = analyze(fs.readFileSync(SEED, 'utf8')).count;
    assert.deepStrictEqual([result.characters, result.declared], [expected.characters, 2683]);
  });

  it('count text names the file and both figures', () => {
    const run = cli(['count', '--lang', 'en', SEED]);
    assert.match(run.stdout, /seed-report\.txt: \d+ characters, title declares 2683\n$/);
  });
});

describe('cli: the real process', () => {
  it('sets the exit code and reads piped standard input', function () {
    this.timeout(180_000); // compiles the sources on start; slow on a busy machine
    const root = path.join(__dirname, '..', '..');
    const found = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/main.ts', 'check', '--only', 'residue', '-'], {
      cwd: root,
      input: DIRTY,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    });
    assert.strictEqual(found.status, 1, found.stderr);
    assert.match(found.stdout, /<stdin>:3:\d+ {2}error/);
  });

  it('stops quietly, with the findings exit code, when the reader closes the pipe early', function () {
    this.timeout(180_000);
    const root = path.join(__dirname, '..', '..');
    // Enough findings to overflow the pipe buffer after `head` has gone.
    const many = DIRTY.repeat(3000);
    const run = spawnSync('bash', ['-c', 'set -o pipefail; "$0" -r ts-node/register/transpile-only src/cli/main.ts check - | head -c 10 >/dev/null; echo "exit=${PIPESTATUS[0]}" >&2', process.execPath], {
      cwd: root,
      input: many,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    });
    assert.doesNotMatch(run.stderr, /EPIPE|Unhandled/, run.stderr);
    assert.match(run.stderr, /exit=1\n$/);
  });
});

describe('cli: extra residue patterns', () => {
  const text = '正文第一段。\n【某某素材网】海量范文一键下载\n正文第二段。\n';

  it('--pattern flags and fixes a whole ad line', () => {
    const pattern = '^【[^】]*素材网】.*$';
    const checked = cli(['check', '--format', 'json', '--only', 'residue', '--pattern', pattern, '-'], { stdin: text });
    assert.strictEqual(checked.code, 1);
    const messages = JSON.parse(checked.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'residue-extra-pattern');
    assert.deepStrictEqual(messages.map((m: { line: number; column: number; endColumn: number }) => [m.line, m.column, m.endColumn]), [[2, 1, 16]]);
    assert.strictEqual(cli(['fix', '--only', 'residue', '--pattern', pattern, '-'], { stdin: text }).stdout, '正文第一段。\n正文第二段。\n');
  });

  it('explains a refused pattern on standard error and still checks the file', () => {
    const run = cli(['check', '--only', 'residue', '--pattern', '(a+)+$', '-'], { stdin: '##paidend##\n' });
    assert.strictEqual(run.code, 1);
    assert.match(run.stderr, /配置问题：自定义残留规则“\(a\+\)\+\$”未启用：嵌套重复/);
    assert.match(run.stdout, /paywall-marker/);
  });
});
