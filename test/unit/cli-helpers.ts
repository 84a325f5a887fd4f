/** Runs the CLI in-process with captured output, in a fresh temporary folder per test. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { WriteHooks } from '../../src/cli/file-io';
import { runCli } from '../../src/cli/run';

export interface CliRun {
  code: number;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

export function cli(argv: string[], options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv; hooks?: WriteHooks } = {}): CliRun {
  const out: Buffer[] = [];
  let stderr = '';
  const code = runCli(argv, {
    stdout: (chunk) => out.push(Buffer.from(chunk)),
    stderr: (chunk) => {
      stderr += chunk;
    },
    readStdin: () => (options.stdin === undefined ? Buffer.alloc(0) : Buffer.from(options.stdin)),
    env: options.env ?? { LANG: 'zh_CN.UTF-8' },
    hooks: options.hooks,
  });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'study-report-cli-'));
}

export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

export const SEED = path.join(__dirname, '..', 'fixtures', 'seed', 'seed-report.txt');

/** A short report with one marker glued inside a sentence (the seed's case) and nothing else wrong. */
export const DIRTY = '学习心得\n一、收获体会\n（一）理论学习。一是##paidbegin##对新理论学习不够深入。\n';
export const DIRTY_FIXED = '学习心得\n一、收获体会\n（一）理论学习。一是对新理论学习不够深入。\n';
