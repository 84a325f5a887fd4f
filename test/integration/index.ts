// Entry point the VS Code extension host calls (extensionTestsPath). Runs every compiled
// *.test.js next to this file with mocha, writes mocha's output to mocha.log (the host swallows
// console.log) and the counts to results.json; the runner prints both.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';

// mocha 11 is CommonJS; the runner keeps it external so it loads from the repo's node_modules.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha = require('mocha') as typeof import('mocha');

interface RunConfig {
  grep: string | null;
  locale: string;
}

function testFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...testFiles(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

export function run(): Promise<void> {
  const logFile = path.join(__dirname, 'mocha.log');
  const resultsFile = path.join(__dirname, 'results.json');
  fs.writeFileSync(logFile, '');
  const write = (...args: unknown[]) => fs.appendFileSync(logFile, `${util.format(...args)}\n`);
  Mocha.reporters.Base.consoleLog = write;
  // The spec reporter prints its ✓ marks through process.stdout in places; keep colours off for a file.
  (Mocha.reporters.Base as unknown as { useColors: boolean }).useColors = false;

  const configFile = path.join(__dirname, 'run-config.json');
  const config: RunConfig = fs.existsSync(configFile)
    ? JSON.parse(fs.readFileSync(configFile, 'utf8'))
    : { grep: null, locale: 'en' };

  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60000, slow: 5000 });
  if (config.grep) mocha.grep(config.grep);
  const files = testFiles(__dirname);
  files.forEach((f) => mocha.addFile(f));
  write(`[suite] ${files.length} test file(s), VS Code display language requested: ${config.locale}`);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
        fs.writeFileSync(resultsFile, JSON.stringify({
          passed: stats.passes,
          failed: failures,
          skipped: stats.pending,
        }));
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
    } catch (error) {
      write(`[suite] mocha could not start: ${error instanceof Error ? error.stack : String(error)}`);
      fs.writeFileSync(resultsFile, JSON.stringify({ passed: 0, failed: 1, skipped: 0 }));
      reject(error);
    }
  });
}
