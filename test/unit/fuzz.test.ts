import * as assert from 'assert';
import * as fc from 'fast-check';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { analyze, fix } from '../../src/core';
import { ADVERSARIAL, FUZZ_RUNS, FUZZ_SEED, fixWithProof, PATTERN_CASE, reportText, spanProblems, uncoveredEdits } from './fuzz-support';

// Fixed seed and bounded runs in CI; `npm run fuzz:long` raises both (FUZZ_RUNS, FUZZ_SEED).
const params = { seed: FUZZ_SEED, numRuns: FUZZ_RUNS };

describe('fuzz: the proof checker itself', () => {
  const text = '正文。##paidend##\n下一段。\n';
  const finding = { start: 3, end: 14 };
  it('accepts removing the finding and the blank line break after it', () => {
    assert.deepStrictEqual(uncoveredEdits(text, [finding], [{ start: 3, end: 15, newText: '' }]), []);
  });
  it('flags an edit that reaches into real text', () => {
    assert.strictEqual(uncoveredEdits(text, [finding], [{ start: 3, end: 16, newText: '' }]).length, 1);
    assert.strictEqual(uncoveredEdits(text, [finding], [{ start: 0, end: 1, newText: '' }]).length, 1);
    assert.strictEqual(uncoveredEdits(text, [finding], [{ start: 17, end: 17, newText: 'x' }]).length, 1);
  });
});

describe('fuzz: random report-like texts', function () {
  this.timeout(120_000);

  it('analyze never throws and every span lies in the text', () => {
    fc.assert(fc.property(reportText, (text) => assert.deepStrictEqual(spanProblems(text), [])), params);
  });

  it('fix removes or changes no character outside a finding', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const { fixed, violations } = fixWithProof(text);
        assert.deepStrictEqual(violations, []);
        assert.strictEqual(fixed, fix(text));
      }),
      params,
    );
  });

  it('fix is idempotent', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const once = fix(text);
        assert.strictEqual(fix(once), once);
      }),
      params,
    );
  });

  it('fix keeps a final newline and adds none', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const fixed = fix(text);
        if (fixed.length > 0) assert.strictEqual(/\n$/.test(fixed), /\n$/.test(text));
      }),
      params,
    );
  });

  it('--only residue fixes never touch numbering, and the reverse', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        for (const only of [['residue'], ['numbering']] as const) {
          const findings = analyze(text, { only: [...only] }).findings;
          assert.ok(findings.every((f) => f.category === only[0]), `only ${only[0]}`);
        }
      }),
      { ...params, numRuns: Math.ceil(FUZZ_RUNS / 3) },
    );
  });
});

interface CaseResult {
  problems: string[];
  ms: number;
}

/**
 * Per case, a hang guard only: a synchronous endless loop cannot be stopped by mocha's timeout, so each
 * case runs in a worker that is ended after this long. Set far above any normal run (a few seconds, on
 * a loaded machine too) so it never judges speed; speed is measured by npm run bench, and the pattern
 * case counts its work (regex-steps.ts).
 */
const CASE_LIMIT_MS = Number(process.env.FUZZ_CASE_LIMIT_MS ?? 180_000);

function runInWorkers(names: string[]): Promise<Map<string, CaseResult>> {
  const results = new Map<string, CaseResult>();
  return new Promise((resolve) => {
    const start = (remaining: string[]): void => {
      if (remaining.length === 0) return resolve(results);
      const worker = new Worker(`require('ts-node/register/transpile-only'); require(${JSON.stringify(path.join(__dirname, 'fuzz-worker.ts'))});`, {
        eval: true,
        workerData: { names: remaining },
      });
      let current = 0;
      let timer = setTimeout(onTimeout, CASE_LIMIT_MS + 5_000); // first case also pays for compiling the sources
      function onTimeout(): void {
        results.set(remaining[current], { problems: [`did not finish within ${CASE_LIMIT_MS / 1000} s`], ms: CASE_LIMIT_MS });
        void worker.terminate();
        start(remaining.slice(current + 1));
      }
      worker.on('message', (message: { name: string } & CaseResult) => {
        clearTimeout(timer);
        results.set(message.name, { problems: message.problems, ms: message.ms });
        current++;
        if (current < remaining.length) timer = setTimeout(onTimeout, CASE_LIMIT_MS);
        else {
          void worker.terminate();
          resolve(results);
        }
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        results.set(remaining[current], { problems: [`worker error: ${error.message}`], ms: 0 });
        start(remaining.slice(current + 1));
      });
    };
    start(names);
  });
}

describe('fuzz: adversarial inputs (analyse, fix with proof, idempotence; each in a worker with a hang guard)', function () {
  const names = [...Object.keys(ADVERSARIAL), PATTERN_CASE];
  let results: Map<string, CaseResult>;
  this.timeout(names.length * (CASE_LIMIT_MS + 10_000));

  before(async () => {
    results = await runInWorkers(names);
  });

  for (const name of names) {
    it(name, () => {
      const result = results.get(name);
      assert.ok(result, 'case ran');
      if (process.env.FUZZ_VERBOSE) console.log(`      ${result.ms} ms`);
      assert.deepStrictEqual(result.problems, []);
    });
  }
});
