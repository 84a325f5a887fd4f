/**
 * Finds and reads `.study-report.json` for the CLI: the nearest one upwards from each file's folder
 * (standard input: from the working folder), or the one named by --config for every file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME, parseConfig, type ConfigProblem, type Locale, type StudyReportConfig } from '../core';
import { t } from './messages';

export interface LoadedConfig {
  file: string;
  config: StudyReportConfig;
}

export type ConfigLookup = { ok: true; config?: LoadedConfig } | { ok: false; file: string; problems: ConfigProblem[]; readError?: string };

export class ConfigResolver {
  private readonly byDir = new Map<string, ConfigLookup>();
  private readonly byFile = new Map<string, ConfigLookup>();

  /** `explicit`: the --config file, used for every input. */
  constructor(private readonly explicit?: string) {}

  /** The config that applies to `file` ('-' for standard input). */
  for(file: string): ConfigLookup {
    if (this.explicit) return this.read(path.resolve(this.explicit));
    const start = file === '-' ? process.cwd() : path.dirname(path.resolve(file));
    return this.lookUp(start);
  }

  private lookUp(dir: string): ConfigLookup {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    let result: ConfigLookup;
    if (isFile(candidate)) result = this.read(candidate);
    else {
      const parent = path.dirname(dir);
      result = parent === dir ? { ok: true } : this.lookUp(parent);
    }
    this.byDir.set(dir, result);
    return result;
  }

  private read(file: string): ConfigLookup {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    let result: ConfigLookup;
    try {
      const parsed = parseConfig(fs.readFileSync(file, 'utf8'));
      result = parsed.ok ? { ok: true, config: { file, config: parsed.config } } : { ok: false, file, problems: parsed.problems };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      result = { ok: false, file, problems: [], readError: code === 'ENOENT' ? 'ENOENT' : code ?? String(error) };
    }
    this.byFile.set(file, result);
    return result;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** `file:line:column: message` lines, the way compilers point at a broken file. */
export function describeConfigProblems(lookup: Extract<ConfigLookup, { ok: false }>, locale: Locale): string[] {
  const shown = path.relative(process.cwd(), lookup.file) || lookup.file;
  if (lookup.readError) return [t(locale, 'configUnreadable', shown, lookup.readError === 'ENOENT' ? t(locale, 'noSuchFile') : lookup.readError)];
  return lookup.problems.map((p) => {
    const where = p.line ? `${shown}:${p.line}:${p.column}` : shown;
    return t(locale, 'configProblem', where, p.message[locale]) + (p.path ? t(locale, 'configAt', p.path) : '');
  });
}
