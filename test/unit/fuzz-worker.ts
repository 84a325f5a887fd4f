/** Runs adversarial cases off the main thread, so a hang is caught by terminating the worker. */
import { parentPort, workerData } from 'worker_threads';
import { fix } from '../../src/core';
import { compileUserPattern } from '../../src/core/user-patterns';
import { ADVERSARIAL, fixWithProof, PATTERN_CASE, runPatternCase, spanProblems } from './fuzz-support';

for (const name of workerData.names as string[]) {
  const started = Date.now();
  try {
    if (name === PATTERN_CASE) {
      parentPort!.postMessage({ name, problems: runPatternCase(compileUserPattern), ms: Date.now() - started });
      continue;
    }
    const text = ADVERSARIAL[name]();
    const problems = spanProblems(text);
    const { fixed, violations } = fixWithProof(text);
    problems.push(...violations.slice(0, 3));
    if (fixed !== fix(text)) problems.push('fix differs from the checked fix loop');
    if (fix(fixed) !== fixed) problems.push('fix is not idempotent');
    parentPort!.postMessage({ name, problems, ms: Date.now() - started });
  } catch (error) {
    parentPort!.postMessage({ name, problems: [`threw: ${error instanceof Error ? error.stack : String(error)}`], ms: Date.now() - started });
  }
}
