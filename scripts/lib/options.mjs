// Command-line options of the scripts: node:util parseArgs, strict (an unknown option or a missing value
// is an error), with the error shown as a usage message and exit code 2 instead of a stack trace.
import { parseArgs } from 'node:util';

/**
 * @param {import('node:util').ParseArgsConfig['options']} options
 * @param {{ args?: string[], allowPositionals?: boolean, usage?: (problem: string) => never }} [how]
 */
export function parseOptions(options, how = {}) {
  const { args = process.argv.slice(2), allowPositionals = false, usage = defaultUsage } = how;
  try {
    return parseArgs({ args, options, allowPositionals });
  } catch (error) {
    return usage(error.message);
  }
}

function defaultUsage(problem) {
  console.error(problem);
  process.exit(2);
}
