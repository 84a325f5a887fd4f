// Compiles the integration suite into a folder (default out/integration/debug) for the
// "Extension Tests" launch configuration (F5 in VS Code desktop).
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions } from './lib/options.mjs';
import { compileSuite } from './lib/suite.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { positionals } = parseOptions({}, { allowPositionals: true });
const outDir = path.resolve(repo, positionals[0] ?? 'out/integration/debug');
await compileSuite(repo, outDir, { grep: null, locale: 'en' });
console.log(`[suite] compiled into ${path.relative(repo, outDir)}`);
