// Opens the seed report in a real VS Code (code-server + headless Chromium), checks with the workbench's
// own token inspector that VS Code assigns the grammar's scopes, and saves a screenshot with a dark
// and with a light theme:   node scripts/grammar-screenshots.mjs [--out docs/images] [--result FILE]
// (--result: the layer's JSON { layer, passed, failed, skipped }, one test per probe, for scripts/test-all.sh)
// Needs the host of scripts/install-host.sh and a build (npm run build). Exit 1 when a scope is missing.
/* global document -- read inside page.waitForFunction callbacks, which run in the browser */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  killGroup, launchChromium, log, makeRunDir, onExit, reapLeftovers, remoteUri, startCodeServer, writeUserSettings,
} from './lib/host.mjs';
import { writeLayerResult } from './lib/layer-result.mjs';
import { parseOptions } from './lib/options.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseOptions({ out: { type: 'string' }, result: { type: 'string' } });
const outDir = path.resolve(values.out ?? path.join(repo, 'docs', 'images'));
const LAYER = 'scopes (real VS Code)';
const SEED_NAME = 'seed.report.txt';
// File name part and the label the theme picker lists.
const THEMES = [['dark', 'Dark Modern'], ['light', 'Light Modern']];

// Line (1-based), text to put the cursor on, scope the inspector must show there.
const PROBES = [
  [1, '2023年主题', 'markup.heading.title.study-report'],
  [4, '一、', 'punctuation.definition.heading.1.study-report'],
  [4, '收获体会', 'entity.name.section.1.study-report'],
  [5, '（一）', 'punctuation.definition.heading.2.study-report'],
  [5, '两个确立', 'string.quoted.double.study-report'],
  [9, '##paidbegin##', 'invalid.illegal.residue.paywall.study-report'],
  [9, '一是', 'keyword.other.enumeration.ordinal.study-report'],
  [9, '比如', 'markup.italic.example.study-report'],
  [19, '【哒哒素材库】', 'invalid.illegal.residue.site.study-report'],
];

const runDir = makeRunDir('study-report-shots-');
const userDataDir = path.join(runDir, 'ud');
const workspace = path.join(runDir, 'ws');
fs.mkdirSync(workspace, { recursive: true });
const seedText = fs.readFileSync(path.join(repo, 'test', 'fixtures', 'seed', 'seed-report.txt'), 'utf8');
fs.writeFileSync(path.join(workspace, SEED_NAME), seedText);
const seedLines = seedText.split(/\r?\n/);
writeUserSettings(userDataDir, {
  'workbench.colorTheme': 'Default Dark Modern', 'editor.fontSize': 15, 'editor.minimap.enabled': false, 'workbench.activityBar.visible': false,
});

let server;
let browser;
onExit(() => {
  browser?.close().catch(() => undefined);
  if (server) killGroup(server.child.pid);
  reapLeftovers(runDir);
});

/** The editor's visible column (1-based) of character `index`: wide East Asian characters count two. */
function visibleColumn(lineText, index) {
  let column = 1;
  for (const ch of lineText.slice(0, index)) {
    const c = ch.codePointAt(0);
    const wide = (c >= 0x2e80 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff01 && c <= 0xff5e) || (c >= 0xffe0 && c <= 0xffe6);
    column += wide ? 2 : 1;
  }
  return column;
}

const failures = [];
try {
  server = await startCodeServer({ runDir, userDataDir, extensionsDir: path.join(runDir, 'ext'), logFile: path.join(runDir, 'code-server.log') });
  browser = await launchChromium(path.join(runDir, 'chromium'), { width: 1500, height: 950 });
  const page = browser.pages()[0] ?? await browser.newPage();
  const payload = [['extensionDevelopmentPath', remoteUri(server.origin, repo)]];
  await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForTimeout(3000);

  const runCommand = async (label) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(label);
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
  };
  // Moves the cursor and waits until the status bar confirms the position.
  const goTo = async (line, column, statusColumn = column) => {
    await runCommand('Go to Line/Column');
    await page.waitForTimeout(300);
    await page.keyboard.type(`${line}:${column}`, { delay: 40 });
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    try {
      await page.waitForFunction((want) => document.body.innerText.includes(want), `Ln ${line}, Col ${statusColumn}`, { timeout: 8000 });
    } catch (error) {
      await page.screenshot({ path: path.join(runDir, 'goto.png') });
      throw new Error(`cursor did not reach ${line}:${column} (see ${path.join(runDir, 'goto.png')}): ${error.message}`, { cause: error });
    }
  };
  // Open the seed from the Explorer and wait for its text to render.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEED_NAME }).dblclick({ timeout: 60_000 });
  try {
    await page.waitForFunction(() => document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('收获体会'), null, { timeout: 60_000 });
  } catch (error) {
    await page.screenshot({ path: path.join(runDir, 'not-opened.png') });
    throw new Error(`the seed did not open (see ${path.join(runDir, 'not-opened.png')}): ${error.message}`, { cause: error });
  }
  await page.waitForTimeout(4000);

  for (const [line, text, scope] of PROBES) {
    // One character into the probe text. Go to Line counts visible columns (CJK characters are two
    // wide); the status bar shows character columns.
    const index = seedLines[line - 1].indexOf(text) + 1;
    await goTo(line, visibleColumn(seedLines[line - 1], index), index + 1);
    await runCommand('Developer: Inspect Editor Tokens and Scopes');
    let shown = '';
    try {
      await page.waitForFunction((s) => document.querySelector('.token-inspect-widget')?.textContent?.includes(s), scope, { timeout: 8000 });
      shown = scope;
    } catch {
      shown = await page.evaluate(() => document.querySelector('.token-inspect-widget')?.textContent ?? '(no inspector)');
    }
    if (shown !== scope) failures.push(`line ${line} "${text}": expected ${scope}; inspector showed ${shown.slice(0, 300)}`);
    else log(`scope ok: line ${line} "${text}" → ${scope}`);
    await page.keyboard.press('Escape');
  }

  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, theme] of THEMES) {
    // Ctrl+K Ctrl+T: the theme picker (the palette's fuzzy match can land on the Marketplace entry).
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.waitForTimeout(800);
    await page.keyboard.type(theme, { delay: 20 });
    await page.waitForTimeout(1200);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(2500);
    await goTo(1, 1);
    await page.waitForTimeout(1000);
    const file = path.join(outDir, `seed-${name}.png`);
    await page.screenshot({ path: file });
    log(`saved ${path.relative(repo, file)}`);
  }
} finally {
  await browser?.close().catch(() => undefined);
  if (server) killGroup(server.child.pid);
}
for (const f of failures) console.error(`[shots] ${f}`);
writeLayerResult(values.result, LAYER, { passed: PROBES.length - failures.length, failed: failures.length });
console.log(`${PROBES.length - failures.length} scopes confirmed, ${failures.length} missing`);
process.exit(failures.length ? 1 : 0);
