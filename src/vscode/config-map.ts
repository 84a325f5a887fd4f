import { CATEGORIES, type Category, type CountMode, type EngineOptions, type RuleSetting, type SeveritySetting } from '../core';

/**
 * Turns raw setting values into what the adapter and the engine use. Free of the vscode API so
 * that the mapping (the one place settings meet EngineOptions) is unit-tested on plain objects.
 */

export type RunMode = 'onType' | 'onSave';

export interface AdapterSettings {
  enabled: boolean;
  run: RunMode;
  focusMode: boolean;
  languages: string[];
  detectReports: boolean;
  maxFileSizeKB: number;
  engine: EngineOptions;
}

/** Reads one setting below `studyReport.`; undefined when unset or of the wrong shape. */
export type SettingReader = (key: string) => unknown;

export const DEFAULT_LANGUAGES = ['study-report', 'plaintext', 'markdown'];
export const DEFAULT_MAX_FILE_SIZE_KB = 2048;
const COUNT_MODES: readonly CountMode[] = ['cjk-punct', 'cjk', 'non-space'];

/** Setting values use VS Code's words ('information'); the engine uses 'info'. */
const SEVERITY_WORDS: Record<string, SeveritySetting> = {
  error: 'error',
  warning: 'warning',
  information: 'info',
  info: 'info',
  hint: 'hint',
  off: 'off',
};

function severityWord(value: unknown): SeveritySetting | undefined {
  return typeof value === 'string' && Object.hasOwn(SEVERITY_WORDS, value) ? SEVERITY_WORDS[value] : undefined;
}

export function mapSettings(read: SettingReader): AdapterSettings {
  const severity: Partial<Record<Category, SeveritySetting>> = {};
  for (const category of CATEGORIES) {
    const value = read(`severity.${category}`);
    const mapped = severityWord(value);
    if (mapped) severity[category] = mapped;
  }

  const countMode = read('count.mode');
  const maxKB = read('maxFileSizeKB');
  return {
    enabled: read('enable') !== false,
    run: read('run') === 'onSave' ? 'onSave' : 'onType',
    focusMode: read('focusMode') === true,
    languages: stringList(read('languages')) ?? DEFAULT_LANGUAGES,
    detectReports: read('detectReports') !== false,
    maxFileSizeKB: typeof maxKB === 'number' && maxKB > 0 ? maxKB : DEFAULT_MAX_FILE_SIZE_KB,
    engine: {
      // Per-rule off/severity is resolved by the engine, the same way for the CLI's config file.
      rules: ruleSettings(read('rules')),
      severity,
      residue: {
        allow: stringList(read('residue.allow')) ?? [],
        extraPatterns: stringList(read('residue.extraPatterns')) ?? [],
      },
      numbering: {
        allowFullWidthDot: read('numbering.allowFullWidthDot') === true,
        allowParenthesizedDigits: read('numbering.allowParenthesizedDigits') === true,
      },
      count: { mode: COUNT_MODES.includes(countMode as CountMode) ? (countMode as CountMode) : 'cjk-punct' },
    },
  };
}

/** studyReport.rules with the values the schema allows; anything else is dropped. */
function ruleSettings(value: unknown): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (!isPlainObject(value)) return rules;
  for (const [id, setting] of Object.entries(value)) {
    if (typeof setting === 'boolean') rules[id] = setting;
    else {
      const mapped = severityWord(setting);
      if (mapped) rules[id] = mapped;
    }
  }
  return rules;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}
