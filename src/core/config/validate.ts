import { CATEGORIES } from '../types';
import {
  CATEGORY_SEVERITY_WORDS, COUNT_MODE_WORDS, EXPORT_FONT_KEYS, RULE_SETTING_WORDS,
  type ConfigProblem, type StudyReportConfig,
} from './types';

/**
 * Checks a parsed config against the fixed shape: unknown keys are refused (a typo must not silently
 * do nothing), rule ids must be rules of the engine, values must be of the documented kinds.
 * Hand-written (no JSON Schema engine in the web bundle); a unit test keeps it in step with the schema.
 */
export function validateConfig(value: unknown, ruleIds: readonly string[]): { config?: StudyReportConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const at = (path: string, zh: string, en: string) => problems.push({ path, message: { zh, en } });
  if (!isObject(value)) {
    at('', '配置文件的内容必须是一个 JSON 对象（{ … }）。', 'the config must be a JSON object ({ … }).');
    return { problems };
  }
  const known = ['$schema', 'rules', 'severity', 'residue', 'numbering', 'count', 'export'];
  for (const key of Object.keys(value)) if (!known.includes(key)) at(key, `未知的配置项“${key}”，可用：${known.slice(1).join('、')}。`, `unknown key "${key}"; known keys: ${known.slice(1).join(', ')}.`);
  if (value.$schema !== undefined && typeof value.$schema !== 'string') at('$schema', '$schema 应为字符串。', '$schema must be a string.');

  section(value, 'rules', at, (rules) => {
    for (const [id, setting] of Object.entries(rules)) {
      if (!ruleIds.includes(id)) at(`rules.${id}`, `未知规则“${id}”。规则列表见 README 的“规则”一节。`, `unknown rule "${id}". The rules are listed in the README.`);
      else if (typeof setting !== 'boolean' && !RULE_SETTING_WORDS.includes(setting as string)) {
        at(`rules.${id}`, `规则“${id}”的取值应为 ${RULE_SETTING_WORDS.join('、')}、true 或 false。`, `rule "${id}" takes ${RULE_SETTING_WORDS.join(', ')}, true or false.`);
      }
    }
  });
  section(value, 'severity', at, (severity) => {
    for (const [category, setting] of Object.entries(severity)) {
      if (!(CATEGORIES as readonly string[]).includes(category)) at(`severity.${category}`, `未知类别“${category}”，可用：${CATEGORIES.join('、')}。`, `unknown category "${category}"; use ${CATEGORIES.join(', ')}.`);
      else if (!CATEGORY_SEVERITY_WORDS.includes(setting as string)) at(`severity.${category}`, `类别“${category}”的取值应为 ${CATEGORY_SEVERITY_WORDS.join('、')}。`, `category "${category}" takes ${CATEGORY_SEVERITY_WORDS.join(', ')}.`);
    }
  });
  section(value, 'residue', at, (residue) => {
    onlyKeys(residue, 'residue', ['allow', 'extraPatterns'], at);
    for (const key of ['allow', 'extraPatterns']) {
      const list = residue[key];
      if (list !== undefined && !(Array.isArray(list) && list.every((s) => typeof s === 'string'))) at(`residue.${key}`, `residue.${key} 应为字符串数组。`, `residue.${key} must be an array of strings.`);
    }
  });
  section(value, 'numbering', at, (numbering) => {
    onlyKeys(numbering, 'numbering', ['allowFullWidthDot', 'allowParenthesizedDigits'], at);
    for (const key of ['allowFullWidthDot', 'allowParenthesizedDigits']) booleanAt(numbering, 'numbering', key, at);
  });
  section(value, 'count', at, (count) => {
    onlyKeys(count, 'count', ['mode'], at);
    if (count.mode !== undefined && !COUNT_MODE_WORDS.includes(count.mode as string)) at('count.mode', `count.mode 应为 ${COUNT_MODE_WORDS.join('、')}。`, `count.mode takes ${COUNT_MODE_WORDS.join(', ')}.`);
  });
  section(value, 'export', at, (exp) => {
    onlyKeys(exp, 'export', ['fonts', 'level3Bold', 'dropDeclaredCount'], at);
    booleanAt(exp, 'export', 'level3Bold', at);
    booleanAt(exp, 'export', 'dropDeclaredCount', at);
    section(exp, 'fonts', at, (fonts) => {
      onlyKeys(fonts, 'export.fonts', EXPORT_FONT_KEYS, at);
      for (const [key, font] of Object.entries(fonts)) {
        if (EXPORT_FONT_KEYS.includes(key) && (typeof font !== 'string' || font.trim() === '')) at(`export.fonts.${key}`, `export.fonts.${key} 应为字体名称（非空字符串）。`, `export.fonts.${key} must be a font name (a non-empty string).`);
      }
    }, 'export.');
  });
  return problems.length ? { problems } : { config: value as StudyReportConfig, problems };
}

type At = (path: string, zh: string, en: string) => void;

function section(parent: Record<string, unknown>, key: string, at: At, check: (value: Record<string, unknown>) => void, prefix = ''): void {
  const value = parent[key];
  if (value === undefined) return;
  if (!isObject(value)) at(prefix + key, `${prefix}${key} 应为对象（{ … }）。`, `${prefix}${key} must be an object ({ … }).`);
  else check(value);
}

function onlyKeys(value: Record<string, unknown>, where: string, keys: readonly string[], at: At): void {
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) at(`${where}.${key}`, `${where} 下没有“${key}”这一项，可用：${keys.join('、')}。`, `${where} has no key "${key}"; known keys: ${keys.join(', ')}.`);
  }
}

function booleanAt(value: Record<string, unknown>, where: string, key: string, at: At): void {
  if (value[key] !== undefined && typeof value[key] !== 'boolean') at(`${where}.${key}`, `${where}.${key} 应为 true 或 false。`, `${where}.${key} must be true or false.`);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
