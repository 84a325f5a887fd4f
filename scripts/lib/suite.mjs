// Compiles the integration suite (test/integration/**/*.ts) for a VS Code extension host: one
// CommonJS bundle per *.test.ts plus index.js; `vscode` comes from the host, mocha from node_modules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

function sources(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sources(full));
    else if (entry.name.endsWith('.ts')) found.push(full);
  }
  return found;
}

/**
 * Compiles into `outDir` (keep it inside the repo so `require('mocha')` resolves) and writes the
 * run-config.json that index.ts and helpers.ts read.
 */
export async function compileSuite(repo, outDir, config) {
  const root = path.join(repo, 'test', 'integration');
  await esbuild.build({
    entryPoints: sources(root).filter((f) => f.endsWith('.test.ts') || f === path.join(root, 'index.ts')),
    outdir: outDir,
    outbase: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    // jsonc-parser's "main" is a UMD build whose inner require('./impl/…') breaks when bundled: take its ESM build.
    mainFields: ['module', 'main'],
    logLevel: 'error',
  });
  fs.writeFileSync(path.join(outDir, 'run-config.json'), JSON.stringify(config));
  return path.join(outDir, 'index.js');
}

/** Reads what index.ts left behind: mocha's output and { passed, failed, skipped }, or null. */
export function readResults(outDir) {
  const logFile = path.join(outDir, 'mocha.log');
  const resultsFile = path.join(outDir, 'results.json');
  return {
    output: fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '',
    counts: fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : null,
  };
}

export function summaryLine(counts) {
  const c = counts ?? { passed: 0, failed: 1, skipped: 0 };
  return `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
}
