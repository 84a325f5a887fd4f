import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { cli, tempDir, writeFile } from './cli-helpers';
import { convert, officeText } from './docx-office';
import { AD, downloadedReport, EXPECTED_CLEAN_BODY, NUMBERING_VARIANTS_BODY, numberingVariants } from './docx-fixtures';

describe('docx cleaned by the CLI, opened by LibreOffice', function () {
  this.timeout(180000);

  it('`fix` writes a .docx LibreOffice opens, whose text is the clean report; a page renders', () => {
    const dir = tempDir();
    const file = writeFile(dir, '心得体会.docx', Buffer.from(downloadedReport()));
    const before = officeText(file);
    assert.ok(before.includes(AD.bodyLine) && before.some((l) => l.includes(AD.hidden)), 'LibreOffice sees the residue before');
    const fixed = cli(['fix', '--lang', 'en', file]);
    assert.strictEqual(fixed.code, 0, fixed.stderr);
    assert.match(fixed.stderr, /cleaned \(12 removal\(s\)/);
    // LibreOffice's text export also writes pending tracked deletions and the footnote number: both belong to the document, not to residue.
    const expected = EXPECTED_CLEAN_BODY.map((l) => (l === '我们把问题清单逐项落实，按时销号。' ? '我们把问题清单逐项落实，拖延敷衍按时销号。' : l === '这一做法得到了群众的认可。' ? '这一做法得到了群众的认可。1' : l));
    assert.deepStrictEqual(officeText(file), expected);
    const pdf = convert(file, 'pdf');
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.ok(pdfText.includes('认真参加') && !pdfText.includes('bigan-fanwen'), 'no ad in header, footer or watermark of the PDF');
    const png = path.join(path.dirname(pdf), 'page');
    execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', pdf, png]);
    const rendered = fs.readdirSync(path.dirname(pdf)).find((f) => f.startsWith('page') && f.endsWith('.png'));
    assert.ok(rendered, 'page 1 rendered');
    if (process.env.STUDY_REPORT_KEEP_PNG) fs.copyFileSync(path.join(path.dirname(pdf), rendered!), process.env.STUDY_REPORT_KEEP_PNG);
    fs.rmSync(path.dirname(pdf), { recursive: true, force: true });
  });

  it('numbering labels as LibreOffice shows them (full-width digits, 甲乙丙, start, startOverride, a list over two w:num)', () => {
    const file = writeFile(tempDir(), 'numbering.docx', Buffer.from(numberingVariants()));
    const office = officeText(file);
    // LibreOffice 7.4 restarts a level whose w:lvlRestart is 0; Word (and ECMA-376 17.9.10) never restarts it.
    assert.strictEqual(office[3], '甲、丁');
    assert.deepStrictEqual(office.filter((_, i) => i !== 3), NUMBERING_VARIANTS_BODY.filter((_, i) => i !== 3));
    assert.deepStrictEqual(cli(['import', '-o', '-', file]).stdout.split('\n').slice(0, -1), NUMBERING_VARIANTS_BODY);
  });
});
