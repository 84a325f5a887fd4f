// Entry of dist/cli.js (the `study-report` command).
import * as fs from 'fs';
import { runCli } from './run';

const code = runCli(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  readStdin: () => fs.readFileSync(0),
  env: process.env,
});
process.exitCode = code;
