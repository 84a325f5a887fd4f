/** LibreOffice for the Word-document tests: installed by scripts/install-office.sh when missing. */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

let checked = false;

export function ensureOffice(): void {
  if (checked) return;
  const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
  if (!has('soffice') || !has('pdftoppm')) execFileSync('bash', [path.join(__dirname, '../../scripts/install-office.sh')], { stdio: 'inherit' });
  checked = true;
}

/** Converts with a private LibreOffice profile, so parallel runs do not share one. */
export function convert(file: string, to: 'txt:Text' | 'pdf'): string {
  ensureOffice();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-report-office-'));
  const profile = path.join(dir, 'profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', dir, file], { stdio: 'pipe', timeout: 120000 });
  const out = path.join(dir, path.basename(file).replace(/\.[^.]+$/, to === 'pdf' ? '.pdf' : '.txt'));
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${file}`);
  return out;
}

/**
 * LibreOffice's text export, as the report reads: BOM dropped, the indent and the space it puts after a
 * list label dropped (Word numbering with w:suff nothing has no space), trailing empty lines dropped.
 */
export function officeText(file: string): string[] {
  const out = convert(file, 'txt:Text');
  const text = fs.readFileSync(out, 'utf8').replace(/^\uFEFF/, '');
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const lines = text.split(/\r?\n/).map((l) => l.replace(/^ +/, '').replace(/^((?:[一二三四五六七八九十百甲乙丙丁戊己庚辛壬癸]+、)|(?:（[^）]{1,4}）)|(?:[0-9０-９]+[.．])) /, '$1'));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
