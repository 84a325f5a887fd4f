// Opens a folder in a real VS Code (code-server on 127.0.0.1) with the packaged extension installed
// from a .vsix, in its own user-data and extensions dirs. Serves until Ctrl-C, or with --screenshot
// opens a report in headless Chromium, waits for the squiggles, saves a PNG and exits.
//
//   node scripts/open-vscode.mjs --vsix study-report.vsix [--folder samples] [--open FILE]
//        [--screenshot out.png] [--theme light|dark] [--locale zh-cn] [--panel problems|outline|none]
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CODE_SERVER, NODE24_BIN, TOOLS, assertHostInstalled, installStandInLanguagePack, killGroup, launchChromium, log,
  makeRunDir, onExit, reapLeftovers, remoteUri, startCodeServer, writeUserSettings,
} from './lib/host.mjs';
import { parseOptions } from './lib/options.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const THEMES = { light: 'Light Modern', dark: 'Dark Modern' };

function readOptions() {
  const { values } = parseOptions({
    vsix: { type: 'string' },
    folder: { type: 'string', default: path.join(repo, 'samples') },
    open: { type: 'string' },
    screenshot: { type: 'string' },
    theme: { type: 'string', default: 'light' },
    locale: { type: 'string' },
    panel: { type: 'string', default: 'problems' },
  }, { usage: fail });
  const opts = {
    ...values,
    vsix: values.vsix && path.resolve(values.vsix),
    folder: path.resolve(values.folder),
    screenshot: values.screenshot && path.resolve(values.screenshot),
    locale: values.locale?.toLowerCase(),
  };
  if (!opts.vsix || !fs.existsSync(opts.vsix)) fail(`--vsix must name a built .vsix (got ${opts.vsix ?? 'nothing'}); run npm run package`);
  if (!fs.existsSync(opts.folder)) fail(`folder ${opts.folder} does not exist`);
  if (!THEMES[opts.theme]) fail(`--theme must be light or dark (got ${opts.theme})`);
  if (!['problems', 'outline', 'none'].includes(opts.panel)) fail(`--panel must be problems, outline or none`);
  return opts;
}

function fail(message) {
  console.error(`[open] ${message}`);
  process.exit(2);
}

/** The report to show: --open, else the first .txt of the folder (sorted), else nothing. */
function reportToOpen(opts) {
  if (opts.open) {
    const file = path.resolve(opts.folder, opts.open);
    if (!fs.existsSync(file)) fail(`--open ${opts.open}: no such file in ${opts.folder}`);
    return path.relative(opts.folder, file);
  }
  return fs.readdirSync(opts.folder).filter((f) => f.endsWith('.txt')).sort()[0];
}

async function main() {
  const opts = readOptions();
  assertHostInstalled();
  // A profile of its own, kept between runs (cache dir), so the user's code-server setup is untouched.
  const profile = path.join(TOOLS, 'start-profile');
  const userDataDir = path.join(profile, 'user-data');
  const extensionsDir = path.join(profile, 'extensions');
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir, { 'workbench.colorTheme': THEMES[opts.theme] });
  if (opts.locale && opts.locale !== 'en') installStandInLanguagePack(userDataDir, extensionsDir, opts.locale);
  else fs.rmSync(path.join(userDataDir, 'languagepacks.json'), { force: true });

  log(`installing ${path.relative(repo, opts.vsix)} into ${extensionsDir}`);
  execFileSync(CODE_SERVER, ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', opts.vsix], {
    env: { ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  const runDir = makeRunDir('study-report-open-');
  let server;
  const cleanup = onExit(() => {
    if (server) killGroup(server.child.pid);
    reapLeftovers(runDir);
    fs.rmSync(runDir, { recursive: true, force: true });
  });
  server = await startCodeServer({
    runDir, userDataDir, extensionsDir, locale: opts.locale, logFile: path.join(runDir, 'code-server.log'),
    testDriver: Boolean(opts.screenshot),
  });
  const url = `${server.origin}/?folder=${encodeURIComponent(opts.folder)}`;

  if (!opts.screenshot) {
    console.log(`\nVS Code with study-report is running: ${url}\n(folder ${opts.folder}; Ctrl-C stops it)\n`);
    await new Promise(() => undefined); // until a signal; onExit stops the server
  }

  const report = reportToOpen(opts);
  const context = await launchChromium(path.join(runDir, 'chrome'), { colorScheme: opts.theme });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    // The workbench opens the report itself when the URL carries an openFile payload.
    const payload = report ? [['openFile', remoteUri(server.origin, path.join(opts.folder, report))]] : [];
    await page.goto(`${url}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    if (report) {
      await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 90_000 });
      await page.locator('.squiggly-error, .squiggly-warning, .squiggly-info').first().waitFor({ timeout: 60_000 })
        .catch(() => log('no squiggle appeared within 60 s (the screenshot shows the editor as it is)'));
      if (opts.panel === 'problems') await page.keyboard.press('Control+Shift+M');
      if (opts.panel === 'outline') await runCommand(page, 'Explorer: Focus on Outline View');
      await page.mouse.move(0, 0);
      await page.waitForTimeout(1500); // let the panel and decorations paint
    }
    fs.mkdirSync(path.dirname(opts.screenshot), { recursive: true });
    await page.screenshot({ path: opts.screenshot });
    const squiggles = report ? await page.locator('.squiggly-error, .squiggly-warning, .squiggly-info').count() : 0;
    log(`screenshot ${path.relative(process.cwd(), opts.screenshot)} (${report ?? 'no report open'}; ${squiggles} squiggle element(s) in view)`);
  } finally {
    await context.close().catch(() => undefined);
    cleanup();
  }
}

async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 30_000 });
  await page.keyboard.type(title);
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
}

main().catch((error) => {
  console.error(`[open] ERROR: ${error.message}`);
  process.exit(1);
});
