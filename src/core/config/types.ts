/**
 * The config file `.study-report.json` at a folder root, shared by the CLI, the desktop and the web
 * extension. Its shape is fixed by the project (see docs/config.md) and by schemas/study-report.schema.json.
 */
import type { Messages } from '../types';

export const CONFIG_FILE_NAME = '.study-report.json';

export type RuleSettingValue = 'off' | 'error' | 'warning' | 'information' | 'hint' | boolean;
export type CategorySeverityValue = 'default' | 'error' | 'warning' | 'information' | 'hint' | 'off';
export type CountModeValue = 'cjk-punct' | 'cjk' | 'non-space';

export const RULE_SETTING_WORDS: readonly string[] = ['off', 'error', 'warning', 'information', 'hint'];
export const CATEGORY_SEVERITY_WORDS: readonly string[] = ['default', 'error', 'warning', 'information', 'hint', 'off'];
export const COUNT_MODE_WORDS: readonly string[] = ['cjk-punct', 'cjk', 'non-space'];
export const EXPORT_FONT_KEYS: readonly string[] = ['title', 'body', 'heading1', 'heading2', 'heading3', 'heading4', 'pageNumber'];

/** Settings for the Word export; validated here, read by the export work. */
export interface ExportConfig {
  fonts?: Partial<Record<'title' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'pageNumber', string>>;
  level3Bold?: boolean;
  dropDeclaredCount?: boolean;
}

export interface StudyReportConfig {
  $schema?: string;
  rules?: Record<string, RuleSettingValue>;
  severity?: Record<string, CategorySeverityValue>;
  residue?: { allow?: string[]; extraPatterns?: string[] };
  numbering?: { allowFullWidthDot?: boolean; allowParenthesizedDigits?: boolean };
  count?: { mode?: CountModeValue };
  export?: ExportConfig;
}

/** One thing wrong with a config file; `line`/`column` (1-based) when the JSON itself is broken. */
export interface ConfigProblem {
  /** Where in the JSON, dotted (`rules.residue-url`); '' for the whole file. */
  path: string;
  line?: number;
  column?: number;
  message: Messages;
}

export type ConfigParseResult = { ok: true; config: StudyReportConfig } | { ok: false; problems: ConfigProblem[] };
