// A folder of reports for the CLI benchmarks: copies of test/fixtures/residue/*.dirty.* round-robin,
// spread over nested Chinese folders, in a fresh temporary directory.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const GROUPS = ['第一组', '第二组/学习心得', '第三组/研讨发言/专题一', '第四组'];

/** The source reports (names), sorted. */
export function treeSources(repo) {
  return fs.readdirSync(path.join(repo, 'test', 'fixtures', 'residue')).filter((n) => /\.dirty\.(txt|md)$/.test(n)).sort();
}

/** Makes the tree; returns its root, the folder to pass to the CLI (`材料` inside it) and its size. */
export function makeTree(repo, count) {
  const sources = treeSources(repo);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'study-report-bench-'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const dir = path.join(root, '材料', GROUPS[i % GROUPS.length]);
    fs.mkdirSync(dir, { recursive: true });
    const text = fs.readFileSync(path.join(repo, 'test', 'fixtures', 'residue', source));
    bytes += text.length;
    fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}-${source.replace('.dirty', '')}`), text);
  }
  return { root, folder: path.join(root, '材料'), bytes, sources: sources.length };
}
