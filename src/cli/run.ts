/** The CLI without process globals: argument parsing, expansion of folders and globs, config, dispatch and exit code. */
import { parseArgs } from './args';
import { runCheck } from './commands/check';
import type { CommandContext } from './commands/context';
import { runCount } from './commands/count';
import { runExport } from './commands/export';
import { runFix } from './commands/fix';
import { runImport } from './commands/import';
import { runOutline } from './commands/outline';
import { ConfigResolver, describeConfigProblems } from './config-file';
import { EXIT_CLEAN, EXIT_ERROR, type CliIo } from './io';
import { localeFromEnv, t } from './messages';
import { Progress } from './progress';
import { expandTargets } from './targets';
import { version } from '../../package.json';

export function runCli(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv);
  const envLocale = localeFromEnv(io.env);
  if (!parsed.ok) {
    const locale = argv.includes('en') && argv.includes('--lang') ? 'en' : envLocale;
    io.stderr(`study-report: ${t(locale, parsed.error.key, ...parsed.error.args)}\n\n${t(locale, 'usage')}\n`);
    return EXIT_ERROR;
  }
  const { args } = parsed;
  const locale = args.lang ?? envLocale;
  if (args.help) {
    io.stdout(t(locale, 'usage') + '\n');
    return EXIT_CLEAN;
  }
  if (args.version) {
    io.stdout(version + '\n');
    return EXIT_CLEAN;
  }

  const expansion = expandTargets(args.files);
  const files = expansion.files;
  if (args.stdout && files.length > 1) {
    io.stderr(`study-report: ${t(locale, 'stdoutOneFile')}\n`);
    return EXIT_ERROR;
  }
  // Every config is checked before any file is touched: a broken one stops the run (exit 2).
  const configs = new ConfigResolver(args.config);
  const broken = new Set<string>();
  for (const file of files.length ? files : ['-']) {
    const lookup = configs.for(file);
    if (lookup.ok || broken.has(lookup.file)) continue;
    broken.add(lookup.file);
    for (const line of describeConfigProblems(lookup, locale)) io.stderr(`study-report: ${line}\n`);
  }
  if (broken.size > 0) {
    io.stderr(`study-report: ${t(locale, 'configStopped')}\n`);
    return EXIT_ERROR;
  }

  const many = expansion.expanded || files.length > 1;
  const progress = many ? new Progress(io, files.length, locale) : undefined;
  const runIo: CliIo = progress ? { ...io, stderr: progress.stderr } : io;
  for (const failure of expansion.failures) runIo.stderr(`study-report: ${t(locale, failure.key, ...failure.args)}\n`);
  const ctx: CommandContext = { args: { ...args, files }, io: runIo, locale, configs, progress, many };
  let code: number;
  switch (args.command) {
    case 'check':
      code = runCheck(ctx);
      break;
    case 'fix':
      code = runFix(ctx);
      break;
    case 'outline':
      code = runOutline(ctx);
      break;
    case 'count':
      code = runCount(ctx);
      break;
    case 'import':
      code = runImport(ctx);
      break;
    case 'export':
      code = runExport(ctx);
      break;
    default:
      code = EXIT_ERROR;
  }
  progress?.clear();
  return expansion.failures.length > 0 ? EXIT_ERROR : code;
}
