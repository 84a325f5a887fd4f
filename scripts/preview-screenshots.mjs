// Opens the cleaned seed report in a real VS Code (code-server + headless Chromium), opens the page
// preview beside it and saves a screenshot with a light and with a dark theme:
//   node scripts/preview-screenshots.mjs [--out docs/images]
// Needs the host of scripts/install-host.sh and a build (npm run build). Run it under
// flock /tmp/study-report-vscode.lock like the integration suite. Exit 1 when the preview never draws.
/* global document -- read inside page.waitForFunction callbacks, which run in the browser */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  killGroup, launchChromium, log, makeRunDir, onExit, reapLeftovers, remoteUri, startCodeServer, writeUserSettings,
} from './lib/host.mjs';
import { parseOptions } from './lib/options.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseOptions({ out: { type: 'string' } });
const outDir = path.resolve(values.out ?? path.join(repo, 'docs', 'images'));
const REPORT_NAME = 'seed.report.txt';
const THEMES = [['light', 'Light Modern'], ['dark', 'Dark Modern']];

const runDir = makeRunDir('study-report-preview-');
const userDataDir = path.join(runDir, 'ud');
const workspace = path.join(runDir, 'ws');
fs.mkdirSync(workspace, { recursive: true });
fs.copyFileSync(path.join(repo, 'test', 'fixtures', 'residue', 'seed-report.expected.txt'), path.join(workspace, REPORT_NAME));
writeUserSettings(userDataDir, {
  'workbench.colorTheme': 'Default Light Modern', 'editor.fontSize': 14, 'editor.minimap.enabled': false, 'workbench.activityBar.visible': false,
  'workbench.startupEditor': 'none',
});

let server;
let browser;
onExit(() => {
  browser?.close().catch(() => undefined);
  if (server) killGroup(server.child.pid);
  reapLeftovers(runDir);
});

let failed = false;
try {
  server = await startCodeServer({ runDir, userDataDir, extensionsDir: path.join(runDir, 'ext'), logFile: path.join(runDir, 'code-server.log') });
  browser = await launchChromium(path.join(runDir, 'chromium'), { width: 1600, height: 1000 });
  const page = browser.pages()[0] ?? await browser.newPage();
  const payload = [['extensionDevelopmentPath', remoteUri(server.origin, repo)]];
  await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForTimeout(3000);
  const runCommand = async (label) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(label);
    await page.waitForTimeout(800);
    await page.keyboard.press('Enter');
  };
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: REPORT_NAME }).dblclick({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('收获体会'), null, { timeout: 60_000 });
  await page.waitForTimeout(2000);
  await runCommand('Study Report: Open Page Preview to the Side');
  // The pages are drawn inside the webview's nested frames.
  const drawn = async () => {
    for (const frame of page.frames()) {
      const n = await frame.evaluate(() => document.querySelectorAll('.page').length).catch(() => 0);
      if (n > 0) return n;
    }
    return 0;
  };
  let pages = 0;
  for (let i = 0; i < 120 && pages === 0; i++) {
    pages = await drawn();
    if (pages === 0) await page.waitForTimeout(250);
  }
  if (pages === 0) throw new Error('the page preview never drew a page');
  log(`preview drew ${pages} pages`);
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, theme] of THEMES) {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.waitForTimeout(800);
    await page.keyboard.type(theme, { delay: 20 });
    await page.waitForTimeout(1200);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(2500);
    const file = path.join(outDir, `preview-${name}.png`);
    await page.screenshot({ path: file });
    log(`saved ${path.relative(repo, file)}`);
  }
} catch (error) {
  failed = true;
  console.error(`[preview-shots] ${error.message}`);
} finally {
  await browser?.close().catch(() => undefined);
  if (server) killGroup(server.child.pid);
}
process.exit(failed ? 1 : 0);
