// Runs the integration suite (test/integration/**/*.test.ts) inside a real VS Code, offline:
// code-server's Node extension host, opened in headless Debian Chromium via playwright-core.
//
//   node scripts/run-integration.mjs [--locale zh-cn] [--grep PATTERN] [--screenshot FILE]
//                                    [--timeout SECONDS] [--idle-timeout SECONDS] [--keep] [--no-build]
//                                    [--result FILE]
//
// Bounded twice: --idle-timeout (default 240 s) without a new line of mocha output, and --timeout
// (default 1800 s) in all, so a hung host fails fast while a slow, busy machine still finishes.
// Prints mocha's output and ends with exactly one line `N passed, N failed, N skipped`; --result writes the
// same counts as the layer's JSON ({ layer, passed, failed, skipped }) for scripts/test-all.sh.
// Exit code: 0 when every test passed, 1 on failures, 2 when the run could not complete.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assertHostInstalled, installStandInLanguagePack, killGroup, launchChromium, log, makeRunDir, onExit,
  processesMentioning, reapLeftovers, remoteUri, startCodeServer, writeUserSettings,
} from './lib/host.mjs';
import { writeLayerResult } from './lib/layer-result.mjs';
import { parseOptions } from './lib/options.mjs';
import { compileSuite, readResults, summaryLine } from './lib/suite.mjs';
import { startUiBridge } from './lib/ui-bridge.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const options = readOptions();

function readOptions() {
  const { values } = parseOptions({
    locale: { type: 'string' },
    grep: { type: 'string' },
    screenshot: { type: 'string' },
    timeout: { type: 'string', default: '1800' },
    'idle-timeout': { type: 'string', default: '240' },
    keep: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    result: { type: 'string' },
  }, { usage });
  const opts = {
    locale: values.locale?.toLowerCase(),
    grep: values.grep,
    screenshot: values.screenshot && path.resolve(values.screenshot),
    timeout: Number(values.timeout),
    idleTimeout: Number(values['idle-timeout']),
    keep: values.keep,
    build: !values['no-build'],
    result: values.result && path.resolve(values.result),
  };
  if (!(opts.timeout > 0) || !(opts.idleTimeout > 0)) usage('--timeout and --idle-timeout take a positive number of seconds');
  return opts;
}

function usage(problem) {
  console.error(`${problem}\nusage: node scripts/run-integration.mjs [--locale zh-cn] [--grep PATTERN] [--screenshot FILE] [--timeout SECONDS] [--idle-timeout SECONDS] [--keep] [--no-build] [--result FILE]`);
  process.exit(2);
}

async function main() {
  assertHostInstalled();
  const started = Date.now();
  if (options.build) execFileSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });

  const runDir = makeRunDir('study-report-it-');
  const suiteDir = path.join(repo, 'out', 'integration', path.basename(runDir));
  const userDataDir = path.join(runDir, 'ud');
  const extensionsDir = path.join(runDir, 'ext');
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.cpSync(path.join(repo, 'test', 'fixtures'), workspace, { recursive: true });
  // The web workbench auto-saves 1 s after an edit by default; desktop does not. Off, as on desktop,
  // so tests see their edits still unsaved and explicit saves run codeActionsOnSave.
  writeUserSettings(userDataDir, { 'files.autoSave': 'off' });
  if (options.locale && options.locale !== 'en') installStandInLanguagePack(userDataDir, extensionsDir, options.locale);

  let server;
  const cleanup = onExit(() => {
    if (server) killGroup(server.child.pid);
    reapLeftovers(runDir);
    const left = processesMentioning(runDir).length;
    if (left > 0) log(`WARNING: ${left} process(es) of this run are still alive`);
    if (!options.keep) {
      fs.rmSync(suiteDir, { recursive: true, force: true });
      fs.rmSync(runDir, { recursive: true, force: true });
    }
  });

  const suiteIndex = await compileSuite(repo, suiteDir, { grep: options.grep ?? null, locale: options.locale ?? 'en' });

  const serverLog = path.join(runDir, 'code-server.log');
  server = await startCodeServer({ runDir, userDataDir, extensionsDir, locale: options.locale, logFile: serverLog });
  log(`code-server on ${server.origin} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const context = await launchChromium(path.join(runDir, 'chrome'));
  const page = context.pages()[0] ?? await context.newPage();
  let settle;
  const exited = new Promise((resolve) => { settle = resolve; });
  await page.exposeFunction('codeAutomationExit', (code) => settle({ code }));
  await page.exposeFunction('codeAutomationLog', () => undefined);
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server.origin, repo)],
    ['extensionTestsPath', remoteUri(server.origin, suiteIndex)],
  ];
  const url = `${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const timer = setTimeout(() => settle({ timeout: `the suite did not finish within ${options.timeout} s` }), options.timeout * 1000);
  const stopUiBridge = startUiBridge(page, suiteDir, log);
  const mochaLog = path.join(suiteDir, 'mocha.log');
  let lastSize = -1;
  let lastProgress = Date.now();
  const watchdog = setInterval(() => {
    const size = fs.existsSync(mochaLog) ? fs.statSync(mochaLog).size : 0;
    if (size !== lastSize) {
      lastSize = size;
      lastProgress = Date.now();
    } else if (Date.now() - lastProgress > options.idleTimeout * 1000) {
      settle({ timeout: `no progress for ${options.idleTimeout} s (${size > 0 ? 'a test hangs' : 'the suite never started'})` });
    }
  }, 2000);
  // A loaded machine can take long to serve the workbench; the run's own timeout bounds it.
  page.goto(url, { waitUntil: 'domcontentloaded', timeout: options.timeout * 1000 })
    .then(() => log(`workbench page loaded (${((Date.now() - started) / 1000).toFixed(1)} s)`))
    .catch((error) => settle({ code: 1, error: `could not open the workbench: ${error.message.split('\n')[0]}` }));
  const outcome = await exited;
  clearTimeout(timer);
  clearInterval(watchdog);
  stopUiBridge();
  log(`suite finished after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  if (options.screenshot) {
    fs.mkdirSync(path.dirname(options.screenshot), { recursive: true });
    await page.screenshot({ path: options.screenshot }).catch((e) => log(`screenshot failed: ${e.message}`));
  }
  await context.close().catch(() => undefined);

  const { output, counts: results } = readResults(suiteDir);
  process.stdout.write(output);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  let exitCode;
  if (outcome.timeout) {
    log(`TIMEOUT: ${outcome.timeout}; code-server log tail:`);
    process.stderr.write(tail(serverLog));
    exitCode = 2;
  } else if (outcome.error) {
    log(outcome.error);
    exitCode = 2;
  } else if (!results) {
    log(`the suite did not report results (workbench exit code ${outcome.code}); it probably failed to load. code-server log tail:`);
    process.stderr.write(tail(serverLog));
    exitCode = 2;
  } else {
    exitCode = results.failed > 0 || outcome.code !== 0 ? 1 : 0;
  }
  log(`integration run${options.locale ? ` (${options.locale})` : ''} took ${seconds} s`);
  cleanup();
  // A run that could not complete counts as (at least) one failure.
  const counts = results ?? { passed: 0, failed: 0, skipped: 0 };
  const layerCounts = exitCode !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
  writeLayerResult(options.result, layerName(), layerCounts);
  console.log(summaryLine(layerCounts));
  process.exit(exitCode);
}

function tail(file, lines = 40) {
  if (!fs.existsSync(file)) return '';
  return `${fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')}\n`;
}

function layerName() {
  return `integration (${options.locale ?? 'en'})`;
}

main().catch((error) => {
  log(`ERROR: ${error.message}`);
  writeLayerResult(options.result, layerName(), { passed: 0, failed: 1, skipped: 0 });
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(2);
});
