// Minimal CLI slice: check / fix / outline / count. Hardened in src/cli by later work.
import * as fs from 'fs';
import { analyze, fix } from '../core';

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const files = rest.filter((a) => !a.startsWith('--'));
  const json = rest.includes('--format') && rest[rest.indexOf('--format') + 1] === 'json';
  if (!command || files.length === 0) {
    process.stderr.write('usage: study-report check|fix|outline|count [options] FILE...\n');
    return 2;
  }
  let found = false;
  for (const file of files.filter((f) => f !== 'json')) {
    const text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
    if (command === 'check') {
      const result = analyze(text);
      found ||= result.findings.length > 0;
      if (json) process.stdout.write(JSON.stringify(result.findings) + '\n');
      else for (const f of result.findings) process.stdout.write(`${file}: ${f.ruleId} ${f.message.zh}\n`);
    } else if (command === 'fix') {
      process.stdout.write(fix(text));
    }
  }
  return found ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
