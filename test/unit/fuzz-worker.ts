/** Runs adversarial cases off the main thread, so a hang is caught by terminating the worker. */
import { parentPort, workerData } from 'worker_threads';
import { fix } from '../../src/core';
import { ADVERSARIAL, fixWithProof, spanProblems } from './fuzz-support';

for (const name of workerData.names as string[]) {
  const started = Date.now();
  try {
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
