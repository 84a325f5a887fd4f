import { engineOptionsFrom, type EngineOptions, type SettingReader } from '../core';

/**
 * Turns raw setting values into what the adapter and the engine use. Free of the vscode API so
 * that the mapping is unit-tested on plain objects. The engine part is the config model's
 * (src/core/config), shared with the CLI: a setting and the same key in .study-report.json mean the same.
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
export type { SettingReader };

export const DEFAULT_LANGUAGES = ['study-report', 'plaintext', 'markdown'];
export const DEFAULT_MAX_FILE_SIZE_KB = 2048;

export function mapSettings(read: SettingReader): AdapterSettings {
  const maxKB = read('maxFileSizeKB');
  return {
    enabled: read('enable') !== false,
    run: read('run') === 'onSave' ? 'onSave' : 'onType',
    focusMode: read('focusMode') === true,
    languages: stringList(read('languages')) ?? DEFAULT_LANGUAGES,
    detectReports: read('detectReports') !== false,
    maxFileSizeKB: typeof maxKB === 'number' && maxKB > 0 ? maxKB : DEFAULT_MAX_FILE_SIZE_KB,
    engine: engineOptionsFrom(read),
  };
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}
