// Checks the web bundle (dist/web/extension.js) in VS Code's web worker extension host, offline:
// code-server serves the workbench, the extension is installed WITHOUT its Node entry ("main"
// removed), so only the browser entry can run it. Opens a report-named .txt and a notes.txt through
// the UI and waits for: the report switched to Study Report, error squiggles drawn, notes.txt still
// Plain Text; then opens a .docx through the Explorer's context menu (Open Word Document as Report) and
// waits for its body with Word's numbering and squiggles. Optionally saves screenshots (for the README).
//
//   node scripts/web-smoke.mjs [--locale zh-cn] [--screenshots DIR] [--result FILE]
// (--result: the layer's JSON { layer, passed, failed, skipped } for scripts/test-all.sh)
//
// Exit code 0 when every check held, 1 when one failed, 2 when the run could not complete.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assertHostInstalled, installStandInLanguagePack, killGroup, launchChromium, log, makeRunDir, onExit,
  reapLeftovers, startCodeServer, writeUserSettings,
} from './lib/host.mjs';
import { writeLayerResult } from './lib/layer-result.mjs';
import { parseOptions } from './lib/options.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseOptions({ locale: { type: 'string' }, screenshots: { type: 'string' }, result: { type: 'string' } });
const locale = values.locale;
const shots = values.screenshots && path.resolve(values.screenshots);
const LAYER = 'web worker host';
const REPORT_NAME = '2023年主题教育专题一交流研讨材料（2683字）.txt';

/** Copies the files the .vsix would carry, minus the Node entry, as an installed extension. */
function installWebOnly(extensionsDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const dir = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  const files = execFileSync(path.join(repo, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: repo, encoding: 'utf8' })
    .split('\n').map((l) => l.trim()).filter(Boolean);
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(repo, file), path.join(dir, file));
  }
  delete manifest.main;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.rmSync(path.join(dir, 'dist', 'extension.js'), { force: true });
  return files.length;
}

async function main() {
  assertHostInstalled();
  execFileSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  const runDir = makeRunDir('study-report-web-');
  const userDataDir = path.join(runDir, 'ud');
  const extensionsDir = path.join(runDir, 'ext');
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.copyFileSync(path.join(repo, 'test', 'fixtures', 'seed', 'seed-report.txt'), path.join(workspace, REPORT_NAME));
  fs.writeFileSync(path.join(workspace, 'notes.txt'), '周六上午买菜\n给张老师回电话\n');
  // A cleaned report for the Word export (no residue left, so no modal).
  fs.copyFileSync(path.join(repo, 'test', 'fixtures', 'residue', 'seed-report.expected.txt'), path.join(workspace, 'clean-report.txt'));
  // A downloaded Word document, built from the unit tests' XML fixtures.
  execFileSync(path.join(repo, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', path.join(repo, 'test', 'unit', 'docx-fixtures.ts'), workspace], { cwd: repo, stdio: 'ignore' });
  // Never opened: only the workspace check task can report it.
  fs.mkdirSync(path.join(workspace, '材料', '从未打开'), { recursive: true });
  fs.writeFileSync(path.join(workspace, '材料', '从未打开', '未打开的心得.txt'), '学习心得\n一、收获体会\n（一）理论学习。一是##paidbegin##对新理论学习不够深入。\n');
  fs.mkdirSync(extensionsDir, { recursive: true });
  log(`installed web-only extension (${installWebOnly(extensionsDir)} files)`);
  writeUserSettings(userDataDir, { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false });
  if (locale && locale !== 'en') installStandInLanguagePack(userDataDir, extensionsDir, locale);

  let server;
  let context;
  const cleanup = onExit(() => {
    if (server) killGroup(server.child.pid);
    reapLeftovers(runDir);
    fs.rmSync(runDir, { recursive: true, force: true });
  });
  server = await startCodeServer({ runDir, userDataDir, extensionsDir, locale, logFile: path.join(runDir, 'cs.log') });
  context = await launchChromium(path.join(runDir, 'chrome'), { colorScheme: 'light' });
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`, { timeout: 120_000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });

  const failures = [];
  let passed = 0;
  const check = (ok, what) => { log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (ok) passed++; else failures.push(what); };
  // Opened by clicking the Explorer row, as a user would.
  const open = async (text) => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: text }).first().click();
    await page.waitForSelector(`.tabs-container .tab[aria-label*="${text}"]`, { timeout: 30_000 });
  };
  const languageMode = () => page.locator('.statusbar-item[id$="status.editor.mode"]').innerText().catch(() => '');

  await open('notes.txt');
  await page.waitForTimeout(5000);
  const notesMode = await languageMode();
  await open('2023年主题教育');
  const squiggles = await page.waitForSelector('.squiggly-error', { timeout: 60_000 }).then(() => true, () => false);
  const reportMode = await languageMode();
  check(/研讨材料|Study Report/.test(reportMode), `report-named .txt opens as Study Report (status bar: ${reportMode.trim()})`);
  check(squiggles, 'error squiggles drawn by the web worker extension host');
  check(/Plain Text|纯文本/.test(notesMode), `notes.txt stays Plain Text (status bar: ${notesMode.trim()})`);
  // The page preview beside the report: its pages are drawn inside the webview's frames.
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(locale?.startsWith('zh') ? '在侧边打开页面预览' : 'Open Page Preview to the Side');
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  let previewPages = 0;
  for (let i = 0; i < 120 && previewPages === 0; i++) {
    for (const frame of page.frames()) previewPages ||= await frame.evaluate(() => globalThis.document.querySelectorAll('.page').length).catch(() => 0);
    if (previewPages === 0) await page.waitForTimeout(250);
  }
  check(previewPages >= 5, `the page preview draws the report's pages in a webview (${previewPages} pages)`);
  await page.keyboard.press('Escape');
  // The workspace check task (CustomExecution, no shell) in the web worker host: Terminal → Run Task.
  await page.keyboard.press('F1');
  await page.keyboard.type('Tasks: Run Task');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: /Tasks: Run Task|任务: 运行任务/ }).first().click({ timeout: 30_000 }).catch(() => undefined);
  const taskRow = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'study-report' }).first();
  const taskListed = await taskRow.waitFor({ timeout: 30_000 }).then(() => true, () => false);
  if (taskListed) {
    await taskRow.click();
    // The provider's tasks replace the list: wait for it to settle before picking.
    await page.waitForTimeout(1500);
    const check = page.locator('.quick-input-widget .monaco-list-row', { hasText: /check|检查/ }).first();
    if (await check.waitFor({ timeout: 15_000 }).then(() => true, () => false)) await check.click();
    await page.waitForTimeout(2000);
  }
  // Ctrl+Shift+M toggles: press it only while the Problems view is hidden.
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+M');
  // The open report's problems fill the panel: collapse them so the next file's row is drawn.
  await page.locator('.markers-panel .monaco-list-row[aria-expanded="true"]', { hasText: '2023年主题教育' }).first().click({ timeout: 15_000 }).catch(() => undefined);
  const unopened = await page.locator('.markers-panel .monaco-list-row', { hasText: '未打开的心得.txt' }).first()
    .waitFor({ timeout: 60_000 }).then(() => true, () => false);
  if (!unopened && process.env.SMOKE_DEBUG) await page.screenshot({ path: '/tmp/folder-web-fail.png' });
  check(taskListed && unopened, 'the study-report check task puts a never-opened file into the Problems view');
  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, `task-problems${locale ? `-${locale}` : ''}.png`) });
  }
  // Leave the window as the next steps expect it: the open report's problems expanded, the panel closed.
  await page.locator('.markers-panel .monaco-list-row[aria-expanded="false"]', { hasText: '2023年主题教育' }).first().click({ timeout: 5_000 }).catch(() => undefined);
  if (await page.locator('.markers-panel').isVisible().catch(() => false)) await page.keyboard.press('Control+Shift+M');
  await page.keyboard.press('Escape');
  if (shots) {
    await page.keyboard.press('Control+Shift+M');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(shots, `diagnostics${locale ? `-${locale}` : ''}.png`) });
    // The quick fix menu on the first problem (the paywall marker inside a sentence).
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'paidbegin' }).first().click();
    await page.waitForTimeout(1000);
    await page.keyboard.press('Control+.');
    const menu = await page.waitForSelector('.action-widget, .context-view .monaco-menu', { timeout: 15_000 }).then(() => true, () => false);
    check(menu, 'the quick fix menu opens on a problem');
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(shots, `quickfix${locale ? `-${locale}` : ''}.png`) });
    log(`screenshots in ${shots}`);
  }
  // A context menu still closing from the step before blocks pointer events ('context-view-block'):
  // close it, wait for it to go, then right-click; a click it swallowed is tried again.
  const rightClick = async (row) => {
    for (let attempt = 0; attempt < 3; attempt++) {
      await page.keyboard.press('Escape');
      await page.waitForSelector('.context-view-block', { state: 'detached', timeout: 5_000 }).catch(() => undefined);
      try {
        await row.click({ button: 'right', timeout: 10_000 });
        return;
      } catch {
        await page.waitForTimeout(500);
      }
    }
    await row.click({ button: 'right' });
  };
  // The Word command from the Explorer's context menu, in the web worker host (workspace.fs only).
  await page.keyboard.press('Escape'); // whatever the screenshots left open
  const wordRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'downloaded-report.docx' }).first();
  const wordItem = page.locator('.monaco-menu .action-item', { hasText: /Open Word Document as Report|以研讨材料打开 Word 文档/ }).first();
  const bodyShown = () => page.waitForFunction(() => [...globalThis.document.querySelectorAll('.editor-instance .view-lines')].some((e) => e.textContent.includes('深化理论武装')), null, { timeout: 30_000 }).then(() => true, () => false);
  let menuShown = false;
  let imported = false;
  // A menu closing from the step before can swallow the first click: one more try.
  for (let attempt = 0; attempt < 2 && !imported; attempt++) {
    await rightClick(wordRow);
    menuShown = await wordItem.waitFor({ timeout: 15_000 }).then(() => true, () => false);
    if (!menuShown) continue;
    await wordItem.click();
    imported = await bodyShown();
  }
  check(menuShown, 'the Explorer context menu of a .docx offers "Open Word Document as Report"');
  check(imported, 'the .docx body opens as text with its Word numbering (一、深化理论武装)');
  if (imported) {
    const wordSquiggles = await page.waitForFunction(() => globalThis.document.querySelectorAll('.editor-instance .squiggly-error').length > 0 && globalThis.document.querySelector('.tabs-container .tab.active')?.getAttribute('aria-label')?.match(/Untitled|无标题/), null, { timeout: 60_000 }).then(() => true, () => false);
    check(wordSquiggles, 'the imported Word body gets error squiggles in an untitled tab');
    if (shots) {
      await page.keyboard.press('Escape');
      fs.mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, `word-import${locale ? `-${locale}` : ''}.png`) });
    }
  }
  // Clean Word Document from the same menu: the Quick Pick lists the removals, Enter writes the file.
  const docx = path.join(workspace, 'downloaded-report.docx');
  const before = fs.statSync(docx);
  await page.keyboard.press('Escape');
  await rightClick(page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'downloaded-report.docx' }).first());
  const cleanItem = page.locator('.monaco-menu .action-item', { hasText: /Clean Word Document|清理 Word 文档/ }).first();
  if (await cleanItem.waitFor({ timeout: 15_000 }).then(() => true, () => false)) {
    await cleanItem.click();
    const rows = await page.waitForSelector('.quick-input-widget .quick-input-list .monaco-list-row', { timeout: 30_000 }).then(() => page.locator('.quick-input-widget .quick-input-list .monaco-list-row').count(), () => 0);
    check(rows >= 5, `"Clean Word Document" lists what it will remove (${rows} rows visible)`);
    if (shots) await page.screenshot({ path: path.join(shots, `word-clean${locale ? `-${locale}` : ''}.png`) });
    await page.keyboard.press('Enter');
    let written = false;
    for (let i = 0; i < 60 && !written; i++) {
      await page.waitForTimeout(1000);
      const now = fs.statSync(docx);
      written = now.mtimeMs !== before.mtimeMs || now.size !== before.size;
    }
    const body = written ? execFileSync(process.execPath, [path.join(repo, 'dist', 'cli.js'), 'import', '-o', '-', docx], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }) : '';
    check(written && body.includes('一、深化理论武装') && !body.includes('笔杆子范文网'), 'the cleaned .docx is written, its numbering kept and its ads gone');
  } else check(false, 'the Explorer context menu of a .docx offers "Clean Word Document"');
  // Export as Word document from the Explorer's context menu of a .txt: written through workspace.fs.
  const exportItem = page.locator('.monaco-menu .action-item', { hasText: /Export as Word document|导出为 Word 文档/ }).first();
  const exported = path.join(workspace, 'clean-report.docx');
  let exportOffered = false;
  // A swallowed menu click on a loaded machine: the step is tried up to three times.
  for (let attempt = 0; attempt < 3 && !fs.existsSync(exported); attempt++) {
    await rightClick(page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'clean-report.txt' }).first());
    if (!(await exportItem.waitFor({ timeout: 15_000 }).then(() => true, () => false))) continue;
    exportOffered = true;
    await exportItem.click().catch(() => undefined);
    for (let i = 0; i < 60 && !fs.existsSync(exported); i++) await page.waitForTimeout(500);
  }
  if (exportOffered) {
    const body = fs.existsSync(exported) ? execFileSync(process.execPath, [path.join(repo, 'dist', 'cli.js'), 'import', '-o', '-', exported], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }) : '';
    check(body.includes('2023年主题教育专题一交流研讨材料\n') && body.includes('一、收获体会'), 'the Explorer menu of a .txt exports a GB/T 9704 .docx beside it (read back with import)');
  } else check(false, 'the Explorer context menu of a .txt offers "Export as Word document (GB/T 9704)"');
  await context.close().catch(() => undefined);
  cleanup();
  writeLayerResult(values.result, LAYER, { passed, failed: failures.length });
  console.log(`web smoke: ${passed} checks passed, ${failures.length} failed`);
  process.exit(failures.length ? 1 : 0);
}

main().catch((error) => {
  log(`ERROR: ${error.message}`);
  writeLayerResult(values.result, LAYER, { failed: 1 });
  process.exit(2);
});
