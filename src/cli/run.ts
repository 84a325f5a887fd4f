/** The CLI without process globals: argument parsing, dispatch and exit code. */
import { parseArgs } from './args';
import { runCheck } from './commands/check';
import type { CommandContext } from './commands/context';
import { runCount } from './commands/count';
import { runFix } from './commands/fix';
import { runOutline } from './commands/outline';
import { EXIT_CLEAN, EXIT_ERROR, type CliIo } from './io';
import { localeFromEnv, t } from './messages';
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
  const ctx: CommandContext = { args, io, locale };
  switch (args.command) {
    case 'check':
      return runCheck(ctx);
    case 'fix':
      return runFix(ctx);
    case 'outline':
      return runOutline(ctx);
    case 'count':
      return runCount(ctx);
    default:
      return EXIT_ERROR;
  }
}
