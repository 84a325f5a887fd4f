// Bench-only peers (native linters we compare against) live in a cache outside node_modules, so that
// the project's lockfile holds only what `npm ci` can install on every platform. autocorrect-node
// lists platform binaries as optional packages that not every registry serves; it is installed here
// on first use of `npm run bench`, from the npm registry, into ~/.cache/study-report-bench.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

const PEERS = { 'autocorrect-node': '2.14.0' };

export function benchPeerDir() {
  return process.env.STUDY_REPORT_BENCH_CACHE || path.join(os.homedir(), '.cache', 'study-report-bench');
}

/** require() a bench peer, installing it into the cache the first time. Throws with a clear message. */
export function requireBenchPeer(name) {
  const version = PEERS[name];
  if (!version) throw new Error(`unknown bench peer ${name}`);
  const dir = benchPeerDir();
  const req = createRequire(path.join(dir, 'package.json'));
  try {
    return req(name);
  } catch {
    fs.mkdirSync(dir, { recursive: true });
    if (!fs.existsSync(path.join(dir, 'package.json'))) {
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'study-report-bench-peers', private: true }) + '\n');
    }
    console.log(`[bench] installing ${name}@${version} into ${dir}`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', `${name}@${version}`], { cwd: dir, stdio: 'inherit' });
    return req(name);
  }
}

/** The resolved main file of a bench peer (installing it first), for peers whose CLI is run. */
export function requireBenchPeerPath(name) {
  requireBenchPeer(name);
  return createRequire(path.join(benchPeerDir(), 'package.json')).resolve(name);
}
