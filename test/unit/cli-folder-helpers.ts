/** A materials tree on disk and runs of the built CLI (dist/cli.js) as a real process. */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.join(__dirname, '..', '..');
export const CLI = path.join(REPO, 'dist', 'cli.js');
const RESIDUE = path.join(REPO, 'test', 'fixtures', 'residue');
export const DOCX_FIXTURE = path.join(REPO, 'test', 'fixtures', 'folder', '述职报告.docx');

let built = false;
/** Builds the bundles once per test run, so the process tested is the current source. */
export function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  built = true;
}

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCliProcess(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): ProcessRun {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'zh_CN.UTF-8', ...env }, timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function fixture(name: string): string {
  return fs.readFileSync(path.join(RESIDUE, name), 'utf8');
}

export function put(root: string, relative: string, content: string | Buffer): string {
  const file = path.join(root, ...relative.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/**
 * 工作区/材料/ with nested Chinese folder names, a folder name with a space, hidden folders,
 * node_modules, .git, a .pdf, Word's lock file, a link out of the tree and one back into it.
 * Returns the workspace root; `outside` holds a dirty report that must never be read.
 */
export function materialsTree(): { root: string; outside: string; tree: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'study-report-folder-'));
  const tree = path.join(root, '工作区');
  put(tree, '材料/第一组/教师心得.txt', fixture('xinde-jiaoshi.dirty.txt'));
  put(tree, '材料/第一组/二级 研讨/全会发言.md', fixture('yantao-quanhui.dirty.md'));
  put(tree, '材料/第二组/干净的心得.txt', fixture('xinde-jiaoshi.clean.txt'));
  put(tree, '材料/第二组/子目录/党课讲稿.txt', fixture('dangke-hongse.dirty.txt'));
  put(tree, '材料/述职报告.docx', fs.readFileSync(DOCX_FIXTURE));
  put(tree, '材料/~$述职报告.docx', Buffer.from([0x01, 0x00, 0x02]));
  put(tree, '材料/附件.pdf', '%PDF-1.4\n');
  put(tree, '材料/.隐藏/草稿.txt', fixture('xinde-jiaoshi.dirty.txt'));
  put(tree, '材料/node_modules/pkg/readme.md', fixture('yantao-quanhui.dirty.md'));
  put(tree, '材料/.git/notes.txt', fixture('xinde-jiaoshi.dirty.txt'));
  const outside = path.join(root, '外部');
  put(outside, '外部材料.txt', fixture('xinde-jiaoshi.dirty.txt'));
  fs.symlinkSync(outside, path.join(tree, '材料', '外链'));
  fs.symlinkSync(path.join(outside, '外部材料.txt'), path.join(tree, '材料', '外链文件.txt'));
  fs.symlinkSync(path.join(tree, '材料', '第一组'), path.join(tree, '材料', '第二组', '回链'));
  return { root, outside, tree };
}

/** The reports of materialsTree() a folder run must visit, relative to 工作区/. */
export const EXPECTED_FILES = [
  '材料/第一组/二级 研讨/全会发言.md',
  '材料/第一组/教师心得.txt',
  '材料/第二组/子目录/党课讲稿.txt',
  '材料/第二组/干净的心得.txt',
  '材料/述职报告.docx',
];
