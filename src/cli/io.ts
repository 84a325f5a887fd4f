/** What a CLI run talks to; tests pass their own to capture output and reach the write hook. */
import type { WriteHooks } from './file-io';

export interface CliIo {
  stdout(chunk: string | Uint8Array): void;
  stderr(chunk: string): void;
  /** Standard error is a terminal: folder runs show progress there. */
  stderrIsTTY?: boolean;
  /** All of standard input. */
  readStdin(): Buffer;
  env: NodeJS.ProcessEnv;
  hooks?: WriteHooks;
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
