// Entry of dist/cli.js (the `study-report` command).
import * as fs from 'fs';
import { runCli } from './run';

// A reader that stops early (`study-report check … | head`) closes the pipe: that ends the output, it is
// not an error worth a stack trace. The run itself is synchronous and has finished by then.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const code = runCli(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  stderrIsTTY: process.stderr.isTTY === true,
  readStdin: () => fs.readFileSync(0),
  env: process.env,
});
process.exitCode = code;
