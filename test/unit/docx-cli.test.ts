import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { openDocx } from '../../src/core/docx';
import { cli, tempDir, writeFile } from './cli-helpers';
import { AD, downloadedReport, EXPECTED_CLEAN_BODY, TITLE } from './docx-fixtures';

const EN = { LANG: 'en_US.UTF-8' };

describe('CLI on .docx', () => {
  it('check --format json: ESLint format, body findings at body line:column, others with part and paragraph', () => {
    const file = writeFile(tempDir(), 'a.docx', Buffer.from(downloadedReport()));
    const run = cli(['check', '--format', 'json', file], { env: EN });
    assert.strictEqual(run.code, 1, run.stderr);
    const [result] = JSON.parse(run.stdout);
    assert.strictEqual(result.filePath, path.resolve(file));
    const paywall = result.messages.find((m: { ruleId: string }) => m.ruleId === 'paywall-marker');
    assert.deepStrictEqual(
      { line: paywall.line, column: paywall.column, endLine: paywall.endLine, endColumn: paywall.endColumn, part: paywall.part, paragraph: paywall.paragraph, where: paywall.where },
      { line: 8, column: 3, endLine: 8, endColumn: 16, part: 'word/document.xml', paragraph: 7, where: 'body' },
    );
    const imported = cli(['import', '-o', '-', file]).stdout.split('\n');
    assert.strictEqual(imported[paywall.line - 1].slice(paywall.column - 1, paywall.endColumn - 1), AD.paywall, 'line/column point into the imported text');
    const places = result.messages.map((m: { where: string; part: string; paragraph?: number }) => `${m.where}@${m.part}#${m.paragraph ?? ''}`);
    for (const p of ['header@word/header1.xml#0', 'footer@word/footer1.xml#0', 'watermark@word/header1.xml#', 'textbox@word/document.xml#15', 'hidden@word/document.xml#2', 'hidden@word/document.xml#5', 'hidden@word/document.xml#9', 'property@docProps/app.xml#']) {
      assert.ok(places.includes(p), `${p} in ${places.join(' ')}`);
    }
    // The hidden run sits at the end of body line 3; the white run at the end of line 6.
    const hidden = result.messages.filter((m: { where: string }) => m.where === 'hidden').map((m: { line: number; column: number; endLine: number; endColumn: number }) => [m.line, m.column, m.endLine, m.endColumn]);
    assert.deepStrictEqual(hidden, [[3, 30, 3, 30], [6, 32, 6, 32], [10, 14, 10, 14]]);
    assert.strictEqual(result.errorCount, result.messages.length);
    for (const m of result.messages) assert.ok(m.line >= 1 && m.column >= 1 && typeof m.message === 'string' && (m.severity === 1 || m.severity === 2));
  });

  it('check in text format names the part', () => {
    const file = writeFile(tempDir(), 'a.docx', Buffer.from(downloadedReport()));
    const run = cli(['check', '--lang', 'en', file]);
    assert.match(run.stdout, /a\.docx:1:1 {2}error .* {2}\[header: word\/header1\.xml ¶0\]/);
    assert.match(run.stdout, /\[property: docProps\/app\.xml Company\]/);
  });

  it('outline and count read the body with its numbering', () => {
    const file = writeFile(tempDir(), 'a.docx', Buffer.from(downloadedReport()));
    const outline = JSON.parse(cli(['outline', '--format', 'json', file]).stdout);
    assert.deepStrictEqual(outline.map((n: { marker: string; line: number }) => [n.marker, n.line]), [['一、', 4], ['二、', 11]]);
    assert.deepStrictEqual(outline[0].children.map((n: { marker: string; title: string }) => n.marker + n.title), ['（一）坚持读原著学原文', '（二）坚持联系实际']);
    const count = JSON.parse(cli(['count', '--format', 'json', file]).stdout);
    const cleanCount = JSON.parse(cli(['count', '--format', 'json', '-'], { stdin: EXPECTED_CLEAN_BODY.join('\n') + '\n' }).stdout);
    assert.strictEqual(count.characters, cleanCount.characters, '字数 leaves the residue lines out');
  });

  it('import writes the sibling .txt, says what it left out, and never overwrites', () => {
    const dir = tempDir();
    const file = writeFile(dir, '心得.docx', Buffer.from(downloadedReport()));
    const run = cli(['import', file], { env: EN });
    assert.strictEqual(run.code, 0, run.stderr);
    const txt = path.join(dir, '心得.txt');
    const text = fs.readFileSync(txt, 'utf8');
    assert.ok(text.startsWith('学习贯彻新思想的心得体会\n【笔杆子范文网】') && text.includes('\n一、深化理论武装') && text.endsWith('\n'));
    assert.match(run.stderr, /left out .*1 header\(s\).*1 footer\(s\).*1 watermark\(s\).*1 text box\(es\).*3 hidden or invisible run group\(s\)/);
    const again = cli(['import', file], { env: EN });
    assert.strictEqual(again.code, 2);
    assert.match(again.stderr, /already exists; not overwritten/);
    assert.strictEqual(fs.readFileSync(txt, 'utf8'), text);
    const other = cli(['import', file, '-o', path.join(dir, 'other.txt')]);
    assert.strictEqual(other.code, 0);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'other.txt'), 'utf8'), text);
    assert.strictEqual(cli(['import', writeFile(dir, 'x.txt', 'abc')], { env: EN }).code, 2);
  });

  it('fix cleans in place, --stdout prints the package, a second fix has nothing to do', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'a.docx', Buffer.from(downloadedReport()));
    const printed = cli(['fix', '--stdout', file]);
    assert.strictEqual(printed.code, 0);
    assert.deepStrictEqual(fs.readFileSync(file), Buffer.from(downloadedReport()), '--stdout leaves the file');
    assert.strictEqual(openDocx(printed.stdoutBytes).body.text, EXPECTED_CLEAN_BODY.join('\n'));
    assert.strictEqual(cli(['fix', file]).code, 0);
    assert.strictEqual(openDocx(fs.readFileSync(file)).body.text, EXPECTED_CLEAN_BODY.join('\n'));
    const again = cli(['fix', file], { env: EN });
    assert.match(again.stderr, /nothing to fix/);
    assert.deepStrictEqual(fs.readdirSync(dir), ['a.docx'], 'no temporary file left');
  });

  it('fix refuses a file that changed while it was being cleaned', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'a.docx', Buffer.from(downloadedReport()));
    const run = cli(['fix', file], { env: EN, hooks: { beforeCommit: (target) => fs.appendFileSync(target, 'x') } });
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /changed while it was being fixed/);
    assert.deepStrictEqual(fs.readFileSync(file), Buffer.concat([Buffer.from(downloadedReport()), Buffer.from('x')]));
    assert.deepStrictEqual(fs.readdirSync(dir), ['a.docx']);
  });

  it('reads a .docx on standard input; --only numbering leaves the other parts alone', () => {
    const stdin = Buffer.from(downloadedReport());
    const [all] = JSON.parse(cli(['check', '--format', 'json', '-'], { stdin }).stdout);
    assert.strictEqual(all.filePath, '<stdin>');
    assert.ok(all.messages.some((m: { where: string }) => m.where === 'header'));
    const [numbering] = JSON.parse(cli(['check', '--format', 'json', '--only', 'numbering', '-'], { stdin }).stdout);
    assert.ok(numbering.messages.every((m: { category: string; where: string }) => m.category === 'numbering' && m.where === 'body'));
    const imported = cli(['import', '-'], { stdin }).stdout;
    assert.ok(imported.startsWith(`${TITLE}\n${AD.bodyLine}\n`) && imported.includes('\n（二）坚持联系实际\n'), 'import - prints the body, ads included');
    const fixed = cli(['fix', '-'], { stdin });
    assert.strictEqual(openDocx(fixed.stdoutBytes).body.text, EXPECTED_CLEAN_BODY.join('\n'));
  });
});
