import type { RuleMeta } from '../rule';
import { CATEGORY_SEVERITY_WORDS, COUNT_MODE_WORDS, EXPORT_FONT_KEYS, RULE_SETTING_WORDS } from './types';

/**
 * The JSON Schema of .study-report.json (schemas/study-report.schema.json is this, written by
 * `npm run gen:schema`; a unit test fails when the file falls behind the rules). VS Code shows one
 * description for every display language, so each carries both: Chinese first, then English.
 */
export function buildConfigSchema(rules: ReadonlyArray<{ meta: RuleMeta }>, categories: readonly string[]): Record<string, unknown> {
  const both = (zh: string, en: string) => `${zh}\n\n${en}`;
  const ruleProperties: Record<string, unknown> = {};
  for (const { meta } of rules) {
    ruleProperties[meta.id] = { $ref: '#/definitions/ruleSetting', description: both(`${meta.description.zh}（${meta.category}）`, `${meta.description.en} (${meta.category})`) };
  }
  const categoryProperties: Record<string, unknown> = {};
  for (const category of categories) categoryProperties[category] = { $ref: '#/definitions/categorySeverity' };
  const fonts: Record<string, unknown> = {};
  for (const key of EXPORT_FONT_KEYS) fonts[key] = { type: 'string', minLength: 1, pattern: '\\S' };
  const strings = (zh: string, en: string) => ({ type: 'array', items: { type: 'string' }, uniqueItems: true, description: both(zh, en) });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.study-report.json',
    description: both('研讨材料助手的配置文件：编辑器和命令行共用。', 'Study Report config, read by the editor and the CLI alike.'),
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: both('按规则开关或设定严重级别。', 'Turn rules off or set their severity.'),
        additionalProperties: false,
        properties: ruleProperties,
      },
      severity: {
        type: 'object',
        description: both('按类别设定严重级别，default 为各规则自身的级别。', "Severity per category; default keeps each rule's own."),
        additionalProperties: false,
        properties: categoryProperties,
      },
      residue: {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: strings('不算残留的原文（“这不是残留”快速修复写入此处）。', 'Exact texts that are not residue (the "not residue" quick fix adds here).'),
          extraPatterns: strings('额外的残留正则（JavaScript 语法）；在不受信任的工作区中不生效。', 'Extra residue patterns (JavaScript regular expressions); off in untrusted workspaces.'),
        },
      },
      numbering: {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowFullWidthDot: { type: 'boolean', description: both('允许第三级使用全角点（1．）。', 'Accept a full-width dot in level three (1．).') },
          allowParenthesizedDigits: { type: 'boolean', description: both('允许第四级使用 ⑴。', 'Accept ⑴ as level four.') },
        },
      },
      count: {
        type: 'object',
        additionalProperties: false,
        properties: { mode: { enum: [...COUNT_MODE_WORDS], description: both('字数统计方式。', 'How 字数 is counted.') } },
      },
      export: {
        type: 'object',
        description: both('导出 Word 文档的设置。', 'Settings of the Word export.'),
        additionalProperties: false,
        properties: {
          fonts: { type: 'object', additionalProperties: false, properties: fonts, description: both('各部分的字体名称。', 'Font names per part.') },
          level3Bold: { type: 'boolean', description: both('第三级标题加粗（非国标）。', 'Bold level-three headings (not in the standard).') },
          dropDeclaredCount: { type: 'boolean', description: both('导出时去掉标题中的字数说明。', "Drop the title's declared count on export.") },
        },
      },
    },
    definitions: {
      ruleSetting: { anyOf: [{ type: 'boolean' }, { enum: [...RULE_SETTING_WORDS] }] },
      categorySeverity: { enum: [...CATEGORY_SEVERITY_WORDS] },
    },
  };
}
