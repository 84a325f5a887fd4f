// Runs the same integration suite in VS Code desktop through @vscode/test-electron, the ecosystem's
// standard host. It downloads VS Code from Microsoft's update server, so it needs internet (or a
// desktop VS Code: set VSCODE_EXECUTABLE=/path/to/code). Offline, use scripts/run-integration.mjs.
//
//   node scripts/run-electron.mjs [--grep PATTERN] [--version stable|1.95.0]
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { parseOptions } from './lib/options.mjs';
import { compileSuite, readResults, summaryLine } from './lib/suite.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOWNLOAD_TIMEOUT_MS = 120_000;

const { values } = parseOptions({ grep: { type: 'string' }, version: { type: 'string', default: 'stable' } }, { usage: fail });

function fail(message) {
  console.error(`[electron] ${message}`);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(2);
}

async function vscodeExecutable() {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  const version = values.version;
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${DOWNLOAD_TIMEOUT_MS / 1000} s`)), DOWNLOAD_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      downloadAndUnzipVSCode({ version, cachePath: path.join(repo, '.vscode-test'), timeout: 30_000 }),
      timeout,
    ]);
  } catch (error) {
    fail(`cannot download VS Code ${version} from Microsoft's update server (${error.message.split('\n')[0]}).\n` +
      '[electron] This host needs internet, or VSCODE_EXECUTABLE pointing at an installed VS Code desktop.\n' +
      '[electron] Offline, run the same suite in code-server instead: npm run test:integration');
  } finally {
    clearTimeout(timer);
  }
}

async function main() {
  execFileSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  const executable = await vscodeExecutable();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-report-electron-'));
  const suiteDir = path.join(repo, 'out', 'integration', path.basename(runDir));
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(path.join(repo, 'test', 'fixtures'), workspace, { recursive: true });
  try {
    const suiteIndex = await compileSuite(repo, suiteDir, { grep: values.grep ?? null, locale: 'en' });
    const exitCode = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: repo,
      extensionTestsPath: suiteIndex,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--locale', 'en',
        '--user-data-dir', path.join(runDir, 'ud'), '--extensions-dir', path.join(runDir, 'ext')],
    }).catch(() => 1);
    const { output, counts } = readResults(suiteDir);
    process.stdout.write(output);
    console.log(summaryLine(counts));
    process.exitCode = exitCode === 0 && counts && counts.failed === 0 ? 0 : 1;
  } finally {
    fs.rmSync(suiteDir, { recursive: true, force: true });
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().catch((error) => fail(error.message));
