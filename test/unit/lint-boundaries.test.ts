import * as assert from 'assert';
import { spawnSync } from 'child_process';
import type { ESLint } from 'eslint';
import * as path from 'path';

// The architecture's import boundaries live in eslint.config.mjs. These tests lint small probe sources
// as if they were files at the given paths (nothing is written into src/), with the project's own config,
// so a change that loosens a boundary fails here.

const root = path.join(__dirname, '..', '..');
const RULE = '@typescript-eslint/no-restricted-imports';
let eslint: ESLint;

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('lint: import boundaries', function () {
  this.timeout(120_000); // loading the TypeScript parser is slow on a busy machine

  before(() => {
    // Loaded here, so a checkout whose node_modules predates eslint fails these tests with a clear message
    // instead of stopping the whole unit run.
    let api: typeof import('eslint');
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (above)
      api = require('eslint');
    } catch {
      throw new Error('eslint is not installed: run `npm ci` (package-lock.json lists it)');
    }
    eslint = new api.ESLint({ cwd: root });
  });

  it('src/vscode may not reach past src/core/index.ts', async () => {
    assert.strictEqual((await restricted('src/vscode/probe.ts', "import { analyze } from '../core/engine';\nvoid analyze;\n")).length, 1);
    assert.strictEqual((await restricted('src/vscode/probe.ts', "import { scanResidue } from '../core/residue/scan';\nvoid scanResidue;\n")).length, 1);
    assert.strictEqual((await restricted('src/vscode/probe.ts', "import type { CountMode } from '../core/options';\nexport type X = CountMode;\n")).length, 1);
    assert.deepStrictEqual(await restricted('src/vscode/probe.ts', "import { analyze } from '../core';\nvoid analyze;\n"), []);
    assert.deepStrictEqual(await restricted('src/vscode/probe.ts', "import { analyze } from '../core/index';\nvoid analyze;\n"), []);
    assert.deepStrictEqual(await restricted('src/vscode/probe.ts', "import * as vscode from 'vscode';\nvoid vscode;\n"), []);
  });

  it('src/cli may not reach past src/core/index.ts, nor import vscode', async () => {
    assert.strictEqual((await restricted('src/cli/commands/probe.ts', "import { analyze } from '../../core/engine';\nvoid analyze;\n")).length, 1);
    assert.strictEqual((await restricted('src/cli/probe.ts', "import type { Locale } from '../core/types';\nexport type X = Locale;\n")).length, 1);
    assert.strictEqual((await restricted('src/cli/probe.ts', "import * as vscode from 'vscode';\nvoid vscode;\n")).length, 1);
    assert.deepStrictEqual(await restricted('src/cli/commands/probe.ts', "import { analyze } from '../../core';\nimport * as fs from 'node:fs';\nvoid analyze; void fs;\n"), []);
  });

  it('src/core imports neither vscode nor a Node built-in, with or without node:', async () => {
    for (const spec of ['vscode', 'fs', 'node:fs', 'path', 'node:path', 'os', 'child_process', 'worker_threads', 'fs/promises', 'node:util', 'util', 'buffer']) {
      const messages = await restricted('src/core/rules/probe.ts', `import * as m from '${spec}';\nvoid m;\n`);
      assert.strictEqual(messages.length, 1, `${spec}: ${messages}`);
    }
    assert.strictEqual((await restricted('src/core/probe.ts', "import { x } from '../vscode/diagnostics';\nvoid x;\n")).length, 1);
    assert.deepStrictEqual(await restricted('src/core/rules/probe.ts', "import { TextModel } from '../text-model';\nvoid TextModel;\n"), []);
  });

  it('unit tests may not read the clock (no wall-clock thresholds)', async () => {
    const [result] = await eslint.lintText("const started = Date.now();\nexport const late = () => Date.now() - started > 400;\n", { filePath: path.join(root, 'test/unit/probe.test.ts') });
    assert.ok(result.messages.some((m) => m.ruleId === 'no-restricted-properties'), JSON.stringify(result.messages));
  });

  it('the eslint command itself exits non-zero when src/vscode imports ../core/engine', () => {
    const run = (code: string) => spawnSync(process.execPath, [path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--stdin', '--stdin-filename', 'src/vscode/probe.ts'], {
      cwd: root,
      input: code,
      encoding: 'utf8',
    });
    const bad = run("import { analyze } from '../core/engine';\nvoid analyze;\n");
    assert.strictEqual(bad.status, 1, bad.stderr);
    assert.match(bad.stdout, /src\/core\/index\.ts only/);
    const good = run("import { analyze } from '../core';\nvoid analyze;\n");
    assert.strictEqual(good.status, 0, good.stdout + good.stderr);
  });
});
