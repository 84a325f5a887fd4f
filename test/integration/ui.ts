// Asks the runner (scripts/lib/ui-bridge.mjs) to act on the workbench page with playwright, for what an
// extension cannot reach through its API (the Refactor Preview's check boxes). Only the offline runner
// has the bridge; elsewhere `hasUiBridge()` is false and such tests skip.
import * as fs from 'fs';
import * as path from 'path';

export type UiStep =
  | { action: 'wait'; selector: string; timeout?: number }
  | { action: 'texts'; selector: string }
  | { action: 'checked'; selector: string }
  | { action: 'click'; selector: string; index?: number; timeout?: number }
  | { action: 'press'; key: string }
  | { action: 'screenshot'; file: string };

function suiteDir(): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'run-config.json'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function hasUiBridge(): boolean {
  return suiteDir() !== undefined;
}

let next = 0;

/** Runs the steps in order on the page; resolves with each step's result, rejects on the first failure. */
export async function ui(steps: UiStep[], timeoutMs = 60000): Promise<unknown[]> {
  const dir = path.join(suiteDir() ?? '', 'ui');
  fs.mkdirSync(dir, { recursive: true });
  const id = `${process.pid}-${++next}`;
  const request = path.join(dir, `request-${id.replace('-', '')}.json`);
  const response = path.join(dir, `response-${id.replace('-', '')}.json`);
  fs.writeFileSync(`${request}.tmp`, JSON.stringify({ steps }));
  fs.renameSync(`${request}.tmp`, request);
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(response)) {
    if (Date.now() > deadline) throw new Error(`the runner did not answer the ui request ${JSON.stringify(steps)} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const answer = JSON.parse(fs.readFileSync(response, 'utf8')) as { results: unknown[]; error?: string };
  if (answer.error) throw new Error(`ui step failed: ${answer.error} (after ${answer.results.length} steps of ${JSON.stringify(steps)})`);
  return answer.results;
}
