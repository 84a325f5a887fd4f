import type { CountMode, EngineOptions, RuleSetting, SeveritySetting } from '../options';
import { CATEGORIES, type Category } from '../types';
import type { StudyReportConfig } from './types';
import { isObject } from './validate';

/**
 * Settings are read by key below `studyReport.` (`rules`, `severity.residue`, `residue.allow`, …);
 * the config file, the editor's settings and the command line are all such readers, so the one
 * mapping below turns any of them, or a stack of them, into engine options.
 */
export type SettingReader = (key: string) => unknown;

/** Keys whose values are lists joined over all layers (an allowed text stays allowed wherever it was added). */
const LIST_KEYS = new Set(['residue.allow', 'residue.extraPatterns']);
/** Keys whose values are objects merged key by key, the higher layer winning per key. */
const OBJECT_KEYS = new Set(['rules']);

/** The config file seen as settings. */
export function configReader(config: StudyReportConfig): SettingReader {
  return (key) => {
    let value: unknown = config;
    for (const part of key.split('.')) value = isObject(value) ? value[part] : undefined;
    return value;
  };
}

/**
 * Stacks readers, lowest precedence first: a scalar comes from the highest layer that sets it,
 * lists are concatenated without duplicates, `rules` is merged per rule id.
 */
export function layered(readers: ReadonlyArray<SettingReader | undefined>): SettingReader {
  const layers = readers.filter((r): r is SettingReader => !!r);
  return (key) => {
    if (LIST_KEYS.has(key)) {
      let found = false;
      const all: unknown[] = [];
      for (const read of layers) {
        const value = read(key);
        if (Array.isArray(value)) {
          found = true;
          for (const item of value) if (!all.includes(item)) all.push(item);
        }
      }
      return found ? all : undefined;
    }
    if (OBJECT_KEYS.has(key)) {
      let merged: Record<string, unknown> | undefined;
      for (const read of layers) {
        const value = read(key);
        if (isObject(value)) merged = { ...(merged ?? {}), ...value };
      }
      return merged;
    }
    for (let i = layers.length - 1; i >= 0; i--) {
      const value = layers[i](key);
      if (value !== undefined) return value;
    }
    return undefined;
  };
}

/** Setting values use VS Code's words ('information'); the engine uses 'info'. */
const SEVERITY_WORDS: Record<string, SeveritySetting> = {
  error: 'error',
  warning: 'warning',
  information: 'info',
  info: 'info',
  hint: 'hint',
  off: 'off',
};
const COUNT_MODES: readonly CountMode[] = ['cjk-punct', 'cjk', 'non-space'];

function severityWord(value: unknown): SeveritySetting | undefined {
  return typeof value === 'string' && Object.hasOwn(SEVERITY_WORDS, value) ? SEVERITY_WORDS[value] : undefined;
}

/**
 * The engine options a stack of settings means; values of a wrong shape are ignored, as VS Code does
 * with settings. The editor's settings, the config file and the CLI all go through here.
 */
export function engineOptionsFrom(read: SettingReader): EngineOptions {
  const severity: Partial<Record<Category, SeveritySetting>> = {};
  for (const category of CATEGORIES) {
    const mapped = severityWord(read(`severity.${category}`));
    if (mapped) severity[category] = mapped;
  }
  const countMode = read('count.mode');
  return {
    // Per-rule off/severity is resolved by the engine.
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
  };
}

/** `rules` with the values the schema allows; anything else is dropped. */
function ruleSettings(value: unknown): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (!isObject(value)) return rules;
  for (const [id, setting] of Object.entries(value)) {
    if (typeof setting === 'boolean') rules[id] = setting;
    else {
      const mapped = severityWord(setting);
      if (mapped) rules[id] = mapped;
    }
  }
  return rules;
}

export function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}
