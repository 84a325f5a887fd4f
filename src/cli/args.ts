/** Command-line parsing: strict, so a typo is a usage error (exit 2) rather than a silent default. */
import { CATEGORIES, type Category, type Locale } from '../core';
import type { MessageKey } from './messages';

export type Command = 'check' | 'fix' | 'outline' | 'count' | 'import' | 'export';
export type Format = 'text' | 'json';

export interface CliArgs {
  command?: Command;
  help: boolean;
  version: boolean;
  format: Format;
  only?: Category[];
  stdout: boolean;
  lang?: Locale;
  /** Extra residue patterns (--pattern, repeatable), as studyReport.residue.extraPatterns. */
  patterns: string[];
  /** --config FILE: this config file for every input instead of the nearest .study-report.json. */
  config?: string;
  files: string[];
  /** import and export: -o/--output (default: the sibling .txt / .docx). */
  output?: string;
  /** export: write although residue errors remain, and replace an existing output file. */
  force: boolean;
}

export interface UsageError {
  key: MessageKey;
  args: string[];
}

const COMMANDS: readonly Command[] = ['check', 'fix', 'outline', 'count', 'import', 'export'];
const OPTIONS_OF: Record<Command, readonly string[]> = {
  check: ['--format', '--only', '--pattern', '--config'],
  fix: ['--only', '--stdout', '--pattern', '--config'],
  outline: ['--format', '--config'],
  count: ['--format', '--config'],
  import: ['--output', '--config'],
  export: ['--output', '--force', '--pattern', '--config'],
};

export function parseArgs(argv: readonly string[]): { ok: true; args: CliArgs } | { ok: false; error: UsageError } {
  const args: CliArgs = { help: false, version: false, format: 'text', stdout: false, patterns: [], files: [], force: false };
  const fail = (key: MessageKey, ...rest: string[]) => ({ ok: false as const, error: { key, args: rest } });
  const seen: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      if (!args.command && !onlyFiles && args.files.length === 0 && !args.help && !args.version) {
        if (!(COMMANDS as readonly string[]).includes(arg)) return fail('unknownCommand', arg);
        args.command = arg as Command;
      } else {
        args.files.push(arg);
      }
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const takesValue = name === '--format' || name === '--only' || name === '--lang' || name === '--pattern' || name === '--config' || name === '--output' || name === '-o';
    let value: string | undefined;
    if (takesValue) {
      value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') return fail('missingValue', name);
    } else if (eq > 0) {
      return fail('unknownOption', arg);
    }
    seen.push(name);
    switch (name) {
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--version':
      case '-v':
        args.version = true;
        break;
      case '--stdout':
        args.stdout = true;
        break;
      case '--format':
        if (value !== 'text' && value !== 'json') return fail('badFormat', value!);
        args.format = value;
        break;
      case '--force':
        args.force = true;
        break;
      case '-o':
      case '--output':
        args.output = value!;
        seen[seen.length - 1] = '--output';
        break;
      case '--pattern':
        args.patterns.push(value!);
        break;
      case '--config':
        args.config = value!;
        break;
      case '--lang':
        if (value !== 'zh' && value !== 'en') return fail('badLang', value!);
        args.lang = value;
        break;
      case '--only': {
        const cats = value!.split(',').map((c) => c.trim()).filter(Boolean);
        const bad = cats.find((c) => !(CATEGORIES as readonly string[]).includes(c));
        if (bad !== undefined || cats.length === 0) return fail('badCategory', bad ?? value!, CATEGORIES.join(', '));
        args.only = [...new Set(cats)] as Category[];
        break;
      }
      default:
        return fail('unknownOption', arg);
    }
  }
  if (args.help || args.version) return { ok: true, args };
  if (!args.command) return fail('noFiles');
  const misplaced = seen.find((o) => o !== '--lang' && !OPTIONS_OF[args.command!].includes(o));
  if (misplaced) return fail('optionNotFor', misplaced, args.command);
  if (args.files.length === 0) return fail('noFiles');
  if (args.command === 'import' && args.files.length > 1) return fail('importOneFile');
  if (args.command === 'export' && args.files.length > 1) return fail('exportOneFile');
  if (args.stdout && args.files.length > 1) return fail('stdoutOneFile');
  if (args.files.filter((f) => f === '-').length > 1) return fail('stdinTwice');
  return { ok: true, args };
}
