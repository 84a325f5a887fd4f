// Runs the integration suite (test/integration/**/*.test.ts) inside a real VS Code, offline:
// code-server's Node extension host, opened in headless Debian Chromium via playwright-core.
//
//   node scripts/run-integration.mjs [--locale zh-cn] [--grep PATTERN] [--screenshot FILE]
//                                    [--timeout SECONDS] [--keep]
//
// Prints mocha's output and ends with exactly one line `N passed, N failed, N skipped`.
// Exit code: 0 when every test passed, 1 on failures, 2 when the run could not complete.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import {
  assertHostInstalled, installStandInLanguagePack, killGroup, launchChromium, log, makeRunDir, onExit,
  processesMentioning, reapLeftovers, remoteUri, startCodeServer, writeUserSettings,
} from './lib/host.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const options = parseArgs(process.argv.slice(2));

function parseArgs(argv) {
  const opts = { locale: undefined, grep: undefined, screenshot: undefined, timeout: 300, keep: false, build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--locale') opts.locale = value().toLowerCase();
    else if (arg === '--grep') opts.grep = value();
    else if (arg === '--screenshot') opts.screenshot = path.resolve(value());
    else if (arg === '--timeout') opts.timeout = Number(value());
    else if (arg === '--keep') opts.keep = true;
    else if (arg === '--no-build') opts.build = false;
    else usage(`unknown option ${arg}`);
  }
  if (!(opts.timeout > 0)) usage('--timeout must be a positive number of seconds');
  return opts;
}

function usage(problem) {
  console.error(`${problem}\nusage: node scripts/run-integration.mjs [--locale zh-cn] [--grep PATTERN] [--screenshot FILE] [--timeout SECONDS] [--keep] [--no-build]`);
  process.exit(2);
}

function suiteFiles(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...suiteFiles(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(full);
  }
  return found;
}

/** Each run compiles into its own folder under out/integration/, so parallel runs do not collide. */
async function compileSuite(outDir) {
  const sources = suiteFiles(path.join(repo, 'test', 'integration'));
  await esbuild.build({
    entryPoints: sources.filter((f) => f.endsWith('.test.ts') || path.basename(f) === 'index.ts'),
    outdir: outDir,
    outbase: path.join(repo, 'test', 'integration'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'error',
  });
}

function summarise(results) {
  return `${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`;
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
  writeUserSettings(userDataDir);
  if (options.locale && options.locale !== 'en') installStandInLanguagePack(userDataDir, extensionsDir, options.locale);

  let server;
  let context;
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

  await compileSuite(suiteDir);
  fs.writeFileSync(path.join(suiteDir, 'run-config.json'), JSON.stringify({ grep: options.grep ?? null, locale: options.locale ?? 'en' }));

  const serverLog = path.join(runDir, 'code-server.log');
  server = await startCodeServer({ runDir, userDataDir, extensionsDir, locale: options.locale, logFile: serverLog });
  log(`code-server on ${server.origin} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  context = await launchChromium(path.join(runDir, 'chrome'));
  const page = context.pages()[0] ?? await context.newPage();
  let settle;
  const exited = new Promise((resolve) => { settle = resolve; });
  await page.exposeFunction('codeAutomationExit', (code) => settle({ code }));
  await page.exposeFunction('codeAutomationLog', () => undefined);
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server.origin, repo)],
    ['extensionTestsPath', remoteUri(server.origin, path.join(suiteDir, 'index.js'))],
  ];
  const url = `${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  log(`workbench page loaded (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const timer = setTimeout(() => settle({ timeout: true }), options.timeout * 1000);
  const outcome = await exited;
  clearTimeout(timer);
  log(`suite finished after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  if (options.screenshot) {
    fs.mkdirSync(path.dirname(options.screenshot), { recursive: true });
    await page.screenshot({ path: options.screenshot }).catch((e) => log(`screenshot failed: ${e.message}`));
  }
  await context.close().catch(() => undefined);
  context = undefined;

  const mochaLog = path.join(suiteDir, 'mocha.log');
  if (fs.existsSync(mochaLog)) process.stdout.write(fs.readFileSync(mochaLog, 'utf8'));
  const resultsFile = path.join(suiteDir, 'results.json');
  const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : null;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  let exitCode;
  if (outcome.timeout) {
    log(`TIMEOUT: the suite did not finish within ${options.timeout} s; code-server log tail:`);
    process.stderr.write(tail(serverLog));
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
  console.log(summarise(results ?? { passed: 0, failed: 1, skipped: 0 }));
  process.exit(exitCode);
}

function tail(file, lines = 40) {
  if (!fs.existsSync(file)) return '';
  return `${fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')}\n`;
}

main().catch((error) => {
  log(`ERROR: ${error.message}`);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(2);
});
