// Prints "passed failed skipped" from a layer's JSON result file, or nothing when the file is missing or
// not of the shape { layer, passed, failed, skipped } with counts that are whole numbers (scripts/test-all.sh
// then counts the layer as one failure).
import * as fs from 'node:fs';

const [file] = process.argv.slice(2);
try {
  const result = JSON.parse(fs.readFileSync(file, 'utf8'));
  const counts = [result.passed, result.failed, result.skipped];
  if (typeof result.layer === 'string' && counts.every((n) => Number.isInteger(n) && n >= 0)) console.log(counts.join(' '));
} catch {
  // missing or unreadable: print nothing
}
