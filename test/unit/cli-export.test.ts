import * as assert from 'assert';
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import { cli, tempDir, writeFile } from './cli-helpers';

const fixtures = path.join(__dirname, '..', 'fixtures');
const dirty = fs.readFileSync(path.join(fixtures, 'seed', 'seed-report.txt'), 'utf8');
const clean = fs.readFileSync(path.join(fixtures, 'residue', 'seed-report.expected.txt'), 'utf8');

function documentXml(file: string): string {
  return strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']);
}

describe('CLI export', () => {
  it('residue errors: exit 1, the list on standard error, nothing written', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'seed.txt', dirty);
    const run = cli(['export', file]);
    assert.strictEqual(run.code, 1);
    assert.match(run.stderr, /paywall-marker/);
    assert.match(run.stderr, /仍有 6 处残留错误/);
    assert.deepStrictEqual(fs.readdirSync(dir), ['seed.txt']);
  });

  it('a clean report: exit 0 and a sibling .docx; the text file is untouched', () => {
    const dir = tempDir();
    const file = writeFile(dir, '心得.txt', clean);
    const run = cli(['export', file]);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['心得.docx', '心得.txt']);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), clean);
    assert.match(documentXml(path.join(dir, '心得.docx')), /<w:pStyle w:val="Title"\/>/);
  });

  it('never replaces an existing file without --force', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'a.txt', clean);
    const existing = writeFile(dir, 'a.docx', 'my own Word file');
    const run = cli(['export', file]);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /已存在，未覆盖/);
    assert.strictEqual(fs.readFileSync(existing, 'utf8'), 'my own Word file');
    assert.strictEqual(cli(['export', file, '--force']).code, 0);
    assert.match(documentXml(existing), /2023年主题教育专题一交流研讨材料/);
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['a.docx', 'a.txt'], 'no temporary file left');
  });

  it('--force exports with the residue in it; -o names the output', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'seed.txt', dirty);
    const out = path.join(dir, 'out', 'x.docx');
    fs.mkdirSync(path.dirname(out));
    const run = cli(['--lang', 'en', 'export', file, '-o', out, '--force']);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stderr, /6 residue item\(s\) included/);
    assert.ok(documentXml(out).includes('##paidbegin##'));
  });

  it('standard input needs -o; usage and file errors exit 2', () => {
    const dir = tempDir();
    assert.strictEqual(cli(['export', '-'], { stdin: clean }).code, 2);
    const out = path.join(dir, 'stdin.docx');
    assert.strictEqual(cli(['export', '-', '-o', out], { stdin: clean }).code, 0);
    assert.ok(fs.existsSync(out));
    assert.strictEqual(cli(['export', path.join(dir, 'missing.txt')]).code, 2);
    assert.strictEqual(cli(['export', '--stdout', out]).code, 2);
    const a = writeFile(dir, 'a.txt', clean);
    assert.strictEqual(cli(['export', a, a]).code, 2);
    assert.strictEqual(cli(['export', a, '-o', a]).code, 2);
    assert.strictEqual(fs.readFileSync(a, 'utf8'), clean);
    assert.strictEqual(cli(['export', a, '-o', path.join(dir, 'no', 'such', 'dir.docx')]).code, 2);
  });

  it('fonts and options from .study-report.json', () => {
    const dir = tempDir();
    writeFile(dir, '.study-report.json', JSON.stringify({ export: { fonts: { body: '仿宋_GB2312' }, dropDeclaredCount: false } }));
    const file = writeFile(dir, 'a.txt', clean);
    assert.strictEqual(cli(['export', file]).code, 0);
    const parts = unzipSync(fs.readFileSync(path.join(dir, 'a.docx')));
    assert.match(strFromU8(parts['word/styles.xml']), /w:eastAsia="仿宋_GB2312"/);
    assert.ok(strFromU8(parts['word/document.xml']).includes('（2683字）'));
  });
});
