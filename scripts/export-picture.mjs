// Exports the cleaned seed report with the CLI, has LibreOffice render it to PDF and puts pages 1 and 2
// side by side in one PNG (poppler's pdftoppm, no image library):
//   node scripts/export-picture.mjs [--out docs/images/export-pages.png]
// Needs a build (npm run build) and scripts/install-office.sh.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import { parseOptions } from './lib/options.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseOptions({ out: { type: 'string' } });
const out = path.resolve(values.out ?? path.join(repo, 'docs', 'images', 'export-pages.png'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-report-picture-'));
const report = path.join(dir, 'seed.txt');
fs.copyFileSync(path.join(repo, 'test', 'fixtures', 'residue', 'seed-report.expected.txt'), report);
execFileSync(process.execPath, [path.join(repo, 'dist', 'cli.js'), 'export', report], { stdio: 'inherit' });
execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'seed.docx')], { stdio: 'ignore' });
execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '2', path.join(dir, 'seed.pdf'), path.join(dir, 'page')]);

/** A binary PPM (P6) as width, height and RGB bytes. */
function readPpm(file) {
  const data = fs.readFileSync(file);
  const header = [];
  let pos = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(data[pos]))) pos++;
    let token = '';
    while (!/\s/.test(String.fromCharCode(data[pos]))) token += String.fromCharCode(data[pos++]);
    header.push(token);
  }
  return { width: +header[1], height: +header[2], rgb: data.subarray(pos + 1) };
}

const pages = fs.readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.ppm')).sort().map((f) => readPpm(path.join(dir, f)));
const GAP = 24;
const width = pages.reduce((w, p) => w + p.width, 0) + GAP * (pages.length + 1);
const height = Math.max(...pages.map((p) => p.height)) + GAP * 2;
const background = [0xd0, 0xd4, 0xd9];
const rows = Buffer.alloc((width * 3 + 1) * height);
for (let y = 0; y < height; y++) {
  const row = y * (width * 3 + 1);
  rows[row] = 0; // filter: none
  for (let x = 0; x < width; x++) rows.set(background, row + 1 + x * 3);
}
let left = GAP;
for (const page of pages) {
  for (let y = 0; y < page.height; y++) {
    page.rgb.copy(rows, (y + GAP) * (width * 3 + 1) + 1 + left * 3, y * page.width * 3, (y + 1) * page.width * 3);
  }
  left += page.width + GAP;
}

function chunk(type, body) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type), body])) >>> 0);
  return Buffer.concat([length, Buffer.from(type), body, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(width, 0);
ihdr.writeUInt32BE(height, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 2; // RGB
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]));
fs.rmSync(dir, { recursive: true, force: true });
console.log(`saved ${path.relative(repo, out)} (${width} × ${height})`);
