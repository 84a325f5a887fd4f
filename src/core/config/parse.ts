import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ALL_RULES } from '../rules';
import { TextModel } from '../text-model';
import type { ConfigParseResult } from './types';
import { validateConfig } from './validate';

/**
 * Parses and validates the text of a config file. Strict JSON (the file is `.json`; VS Code validates
 * it as such): comments and trailing commas are errors, reported with line and column.
 */
export function parseConfig(text: string, ruleIds: readonly string[] = ALL_RULES.map((r) => r.meta.id)): ConfigParseResult {
  const errors: ParseError[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [{ path: '', message: { zh: '配置文件是空的；至少写 {}。', en: 'the config file is empty; write at least {}.' } }] };
  const value: unknown = parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length) {
    const model = new TextModel(body);
    return {
      ok: false,
      problems: errors.filter((e, i) => i === 0 || e.offset !== errors[i - 1].offset).slice(0, 3).map((e) => {
        const position = model.positionAt(e.offset);
        const code = printParseErrorCode(e.error);
        return { path: '', line: position.line + 1, column: position.character + 1, message: { zh: `不是有效的 JSON（${code}）。`, en: `not valid JSON (${code}).` } };
      }),
    };
  }
  const { config, problems } = validateConfig(value, ruleIds);
  return config ? { ok: true, config } : { ok: false, problems };
}
