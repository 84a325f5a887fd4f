import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

// The web extension (vscode.dev, web worker host) runs the same engine and adapter: no Node API may
// creep into src/core or src/vscode.

const root = path.join(__dirname, '..', '..');
const NODE_MODULE = /\bfrom\s+['"](?:node:)?(?:fs|fs\/promises|path|os|child_process|crypto|util|stream|buffer|worker_threads|url|http|https|net|zlib|events|readline|v8|perf_hooks)['"]/;
const NODE_GLOBAL = /\b(?:require\s*\(|Buffer\.|process\.|__dirname|__filename|setImmediate\s*\()/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Drops comments so that prose about `process.` in a comment does not count. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

export function nodeApiUses(source: string): string[] {
  const body = code(source);
  return [NODE_MODULE.exec(body)?.[0], NODE_GLOBAL.exec(body)?.[0]].filter((m): m is string => !!m);
}

describe('web safety', () => {
  it('detects Node APIs when they are there (the scan itself works)', () => {
    assert.deepStrictEqual(nodeApiUses("import * as fs from 'fs';\nconst x = process.env.X;"), ["from 'fs'", 'process.']);
    assert.deepStrictEqual(nodeApiUses('// uses process.env in a comment only\nconst a = 1;'), []);
  });

  it('src/core and src/vscode use no Node module or Node global', () => {
    const offenders = ['core', 'vscode'].flatMap((dir) => sourceFiles(path.join(root, 'src', dir)))
      .map((file) => ({ file: path.relative(root, file), uses: nodeApiUses(fs.readFileSync(file, 'utf8')) }))
      .filter((o) => o.uses.length > 0);
    assert.deepStrictEqual(offenders, []);
  });

  it('the extension bundles for the browser platform without any Node built-in', async () => {
    const result = await esbuild.build({
      entryPoints: [path.join(root, 'src', 'vscode', 'extension.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      logLevel: 'silent',
    });
    const text = result.outputFiles[0].text;
    const requires = [...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    assert.deepStrictEqual([...new Set(requires)], ['vscode']);
  });
});
