// One JSON result per test layer, { "layer", "passed", "failed", "skipped" }, written by the layer itself
// (the mocha reporter, the integration runner, web smoke, the scope check, the grammar runner);
// scripts/test-all.sh sums the files. Written atomically, so a half-written file never counts.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function writeLayerResult(file, layer, { passed = 0, failed = 0, skipped = 0 }) {
  if (!file) return;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify({ layer, passed, failed, skipped })}\n`);
  fs.renameSync(tmp, file);
}
