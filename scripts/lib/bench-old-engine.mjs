// The engine before the residue rework (commit ecf2480), built from this repository's own history into
// bench-out/, so the bench can time the old and the new engine in one process. Its sources are taken
// with `git archive` and bundled with esbuild as dist/core.js is; nothing is downloaded.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

export const OLD_ENGINE_COMMIT = 'ecf2480';

/** require()s the old engine's core bundle, building it first if needed; throws with a clear message. */
export async function loadOldEngine(root) {
  const dir = path.join(root, 'bench-out', `engine-${OLD_ENGINE_COMMIT}`);
  const bundle = path.join(dir, 'core.js');
  if (!fs.existsSync(bundle)) {
    try {
      execFileSync('git', ['-C', root, 'cat-file', '-e', `${OLD_ENGINE_COMMIT}^{commit}`], { stdio: 'ignore' });
    } catch {
      throw new Error(`commit ${OLD_ENGINE_COMMIT} is not in this clone (a shallow clone?): old-engine figures left out`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const tar = path.join(dir, 'src.tar');
    execFileSync('git', ['-C', root, 'archive', '--format=tar', `--output=${tar}`, OLD_ENGINE_COMMIT, 'src/core']);
    execFileSync('tar', ['-xf', tar, '-C', dir]);
    fs.rmSync(tar);
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [path.join(dir, 'src/core/index.ts')],
      outfile: bundle,
      bundle: true,
      minify: true,
      platform: 'neutral',
      format: 'cjs',
      target: 'es2022',
      mainFields: ['module', 'main'],
      nodePaths: [path.join(root, 'node_modules')],
      alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
      logLevel: 'warning',
    });
  }
  return createRequire(import.meta.url)(bundle);
}
