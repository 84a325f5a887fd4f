// Writes schemas/study-report.schema.json from the engine's rule list (run after adding a rule:
// `npm run gen:schema`; the unit tests fail while the file lags behind).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: 'inherit' });
const core = createRequire(import.meta.url)(path.join(repo, 'dist', 'core.js'));
const schema = core.buildConfigSchema(core.ALL_RULES, core.CATEGORIES);
const file = path.join(repo, 'schemas', 'study-report.schema.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
console.log(`wrote ${path.relative(repo, file)} (${core.ALL_RULES.length} rules)`);
