// Writes snippets/*.json from src/core/templates (the one source of the frames). Run by `npm run build`
// (prebuild); test/unit/templates-snippets.test.ts fails if a committed file is out of date.
import * as esbuild from 'esbuild';
import { writeFileSync } from 'fs';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
import path from 'path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bundled = await esbuild.build({
  entryPoints: [path.join(root, 'src/core/templates/index.ts')],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'cjs',
  logLevel: 'warning',
});
const module = { exports: {} };
new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
const { ALL_TEMPLATES, SNIPPET_FILES, toSnippetFile } = module.exports;

for (const { path: file, include } of SNIPPET_FILES) {
  const json = JSON.stringify(toSnippetFile(ALL_TEMPLATES, include), null, 2) + '\n';
  writeFileSync(path.join(root, file), json);
  console.log(`[snippets] ${file}`);
}
