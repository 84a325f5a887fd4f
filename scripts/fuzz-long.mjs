// Nightly-style fuzz run: many more cases and a fresh seed each time (printed, so a failure can be
// replayed with FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npm run fuzz:long). CI runs the same suite with a
// fixed seed and few runs.
import { spawnSync } from 'node:child_process';

const seed = process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31);
const runs = process.env.FUZZ_RUNS ?? '20000';
console.log(`[fuzz:long] FUZZ_SEED=${seed} FUZZ_RUNS=${runs}`);
const result = spawnSync(
  process.execPath,
  ['node_modules/mocha/bin/mocha.js', '-r', 'ts-node/register/transpile-only', '--timeout', '0', 'test/unit/fuzz.test.ts', 'test/unit/user-patterns.test.ts'],
  { stdio: 'inherit', env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs } },
);
if (result.status !== 0) console.log(`[fuzz:long] failed; replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz:long`);
process.exit(result.status ?? 1);
