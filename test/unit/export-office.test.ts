import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/core/engine';
import { buildBlocks, cells, paginate, resolveExportOptions, type Page } from '../../src/core/export';
import { cli } from './cli-helpers';

// The exported documents as LibreOffice lays them out: converted to PDF headless, read back with
// poppler (pdftotext -layout for the lines, -bbox for positions). Installed by scripts/install-office.sh.

const fixtures = path.join(__dirname, '..', 'fixtures');
const PT_PER_MM = 72 / 25.4;
const PAGE_HEIGHT_PT = 16838 / 20;
const TEXT_LEFT_PT = 1587 / 20;
const TEXT_RIGHT_PT = (11906 - 1474) / 20;
const TEXT_BOTTOM_PT = PAGE_HEIGHT_PT - 1984 / 20;
const ONE_CHAR_PT = 14; // 4号
const LINE_PT = 579 / 20;
const TEXT_TOP_PT = 2098 / 20;

const SOURCES: Record<string, string> = {
  'seed': path.join(fixtures, 'seed', 'seed-report.txt'), // cleaned with fix first, as a user would
  'signature': path.join(fixtures, 'export', 'shuzhi-signature.txt'),
  'numbering': path.join(fixtures, 'numbering', 'mistakes.txt'),
  'dangke': path.join(fixtures, 'residue', 'dangke-hongse.clean.txt'),
  'shuzhi-md': path.join(fixtures, 'residue', 'shuzhi-dangjian.clean.md'),
};

function hasOffice(): boolean {
  return spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
}

interface Rendered {
  text: string;
  pages: string[];
  bboxPages: { words: { x0: number; y0: number; x1: number; y1: number; text: string }[] }[];
  expected: Page[];
}

describe('export: LibreOffice renders the GB/T 9704 grid', function () {
  this.timeout(180000);
  const rendered: Record<string, Rendered> = {};

  before(function () {
    if (!hasOffice()) {
      console.warn('    LibreOffice or poppler missing: run scripts/install-office.sh');
      this.skip();
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-report-export-'));
    const docs: string[] = [];
    for (const [name, source] of Object.entries(SOURCES)) {
      const copy = path.join(dir, name + path.extname(source));
      fs.copyFileSync(source, copy);
      if (name === 'seed') assert.strictEqual(cli(['fix', copy]).code, 0);
      const run = cli(['export', copy, '-o', path.join(dir, `${name}.docx`)]);
      assert.strictEqual(run.code, 0, run.stderr);
      docs.push(path.join(dir, `${name}.docx`));
    }
    // One LibreOffice run for all documents; its own profile so parallel runs do not clash.
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docs], { stdio: 'ignore', timeout: 150000 });
    for (const name of Object.keys(SOURCES)) {
      const pdf = path.join(dir, `${name}.pdf`);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
      const source = fs.readFileSync(path.join(dir, name + path.extname(SOURCES[name])), 'utf8');
      const analysis = analyze(source);
      rendered[name] = {
        text,
        pages: text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== ''),
        bboxPages: bbox.split('<page ').slice(1).map((page) => ({
          words: [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
            .map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: m[5] })),
        })),
        expected: paginate(buildBlocks(analysis, resolveExportOptions())),
      };
    }
  });

  /** Text lines of one page without the page number line. */
  function textLines(page: string): string[] {
    const lines = page.split('\n');
    const body = lines.filter((l) => !/^\s*—\s*\d+\s*—\s*$/.test(l));
    let first = body.findIndex((l) => l.trim() !== '');
    let last = body.length - 1;
    while (last >= 0 && body[last].trim() === '') last--;
    if (first < 0) first = 0;
    return body.slice(first, last + 1);
  }

  it('the page breaker and LibreOffice agree on the number of pages', () => {
    for (const [name, r] of Object.entries(rendered)) assert.strictEqual(r.pages.length, r.expected.length, name);
    assert.strictEqual(rendered.seed.pages.length, 5);
  });

  it('22 lines on every full page', () => {
    let full = 0;
    for (const [name, r] of Object.entries(rendered)) {
      r.pages.slice(0, -1).forEach((page, i) => {
        // A page the breaker filled (not one ended early to keep a run of headings with their text).
        if (r.expected[i].lines.length < 22) return;
        // Grid rows from the text's positions: the bottom of a 3号 line's box is the bottom of its slot of
        // 579 twips (28.95 pt) below the top margin; a full page has text in slot 1 and slot 22.
        const words = r.bboxPages[i].words.filter((w) => w.y1 < TEXT_BOTTOM_PT);
        const rows = [...new Set(words.map((w) => Math.round(w.y1 * 10) / 10))];
        const slot = (y: number) => (y - TEXT_TOP_PT) / LINE_PT;
        for (const w of words.filter((w) => w.y1 - w.y0 < 24)) {
          assert.ok(Math.abs(slot(w.y1) - Math.round(slot(w.y1))) < 0.05, `${name} page ${i + 1}: ${w.text} at ${w.y1} is off the grid`);
        }
        assert.strictEqual(Math.round(Math.min(...rows.map(slot))), 1, `${name} page ${i + 1}: first line`);
        assert.strictEqual(Math.round(Math.max(...rows.map(slot))), 22, `${name} page ${i + 1}: last line`);
        // pdftotext -layout shows each of those rows as one line: 22 lines of text (the text starts right
        // under the title, so the first page too).
        assert.strictEqual(textLines(page).filter((l) => l.trim() !== '').length, rows.length, `${name} page ${i + 1}:\n${page}`);
        assert.strictEqual(rows.length, 22, `${name} page ${i + 1}: ${rows.length} lines of text`);
        full++;
      });
    }
    assert.ok(full >= 5, `${full} full pages checked`);
    assert.deepStrictEqual(rendered.seed.expected.map((p) => p.lines.length).slice(0, -1), [22, 22, 22, 22]);
  });

  it('28 characters on full lines, and the same line breaks as the page breaker', () => {
    let exact = 0;
    let fullLines = 0;
    for (const [name, r] of Object.entries(rendered)) {
      r.pages.forEach((page, p) => {
        const lo = textLines(page).filter((l) => l.trim() !== '').map((l) => l.replace(/\s+/g, ''));
        const mine = r.expected[p].lines.filter((l) => l.pieces.length > 0);
        assert.strictEqual(lo.length, mine.length, `${name} page ${p + 1}`);
        mine.forEach((line, i) => {
          const text = line.pieces.map((x) => x.text).join('');
          // LibreOffice leaves a mark hanging past the margin out of the PDF's text.
          assert.ok(lo[i] === text.replace(/\s+/g, '') || lo[i] === text.replace(/[、。，．；：？！]$/, ''), `${name} p${p + 1} l${i + 1}: ${lo[i]} / ${text}`);
          // Full lines of body text and headings; lines with Latin letters or digits have no fixed count.
          if (line.last || /[\x20-\x7e]/.test(lo[i]) || !line.pieces.every((x) => x.role === 'body' || x.role.startsWith('heading'))) return;
          fullLines++;
          const width = cells(lo[i].replace(/[、。，．；：？！]$/, '')) + (line.first ? 2 : 0);
          assert.ok(width <= 28, `${name}: ${lo[i]} is ${width} cells`);
          if (width === 28) exact++;
        });
      });
    }
    assert.ok(fullLines >= 80, `${fullLines} full lines`);
    assert.ok(exact / fullLines >= 0.85, `${exact} of ${fullLines} full lines have 28 characters`);
  });

  it('page numbers "— N —": odd pages right, even pages left, one character in, about 7 mm below the text block', () => {
    for (const [name, r] of Object.entries(rendered)) {
      r.bboxPages.forEach((page, i) => {
        const number = page.words.filter((w) => w.y0 > TEXT_BOTTOM_PT);
        assert.deepStrictEqual(number.map((w) => w.text), ['—', String(i + 1), '—'], `${name} page ${i + 1}`);
        const left = Math.min(...number.map((w) => w.x0));
        const right = Math.max(...number.map((w) => w.x1));
        if ((i + 1) % 2 === 1) assert.ok(Math.abs(TEXT_RIGHT_PT - right - ONE_CHAR_PT) < 1.5, `${name} page ${i + 1} right edge ${right}`);
        else assert.ok(Math.abs(left - TEXT_LEFT_PT - ONE_CHAR_PT) < 1.5, `${name} page ${i + 1} left edge ${left}`);
        // The dash is drawn at the middle of the number's line box.
        const middle = (number[0].y0 + number[0].y1) / 2;
        const belowMm = (middle - TEXT_BOTTOM_PT) / PT_PER_MM;
        assert.ok(belowMm > 6 && belowMm < 8, `${name} page ${i + 1}: ${belowMm.toFixed(1)} mm below the text block`);
      });
    }
  });

  it('the title line is centred and the text lines start at the binding margin', () => {
    const words = rendered.seed.bboxPages[0].words;
    const title = words.find((w) => w.text.includes('主题教育专题一交流研讨材料'))!;
    const titleStart = words.filter((w) => Math.abs(w.y0 - title.y0) < 1).reduce((a, w) => Math.min(a, w.x0), Infinity);
    const centre = (titleStart + title.x1) / 2;
    assert.ok(Math.abs(centre - (TEXT_LEFT_PT + TEXT_RIGHT_PT) / 2) < 3, `title centre ${centre}`);
    const turned = words.find((w) => w.text.startsWith('学习相结合的方式'))!;
    assert.ok(Math.abs(turned.x0 - TEXT_LEFT_PT) < 1, 'turned lines flush left');
    const first = words.find((w) => w.text.startsWith('按照区委'))!;
    assert.ok(Math.abs(first.x0 - TEXT_LEFT_PT - 32) < 1.5, 'first line two characters in');
    assert.ok(!rendered.seed.text.includes('2683'), 'declared count dropped');
  });
});
