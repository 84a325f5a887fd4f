/** Human-readable output: `file:line:column  severity  message  rule-id`, the shape editors can jump to. */
import type { Locale } from '../core';
import type { EslintFileResult, EslintMessage } from './format-eslint';
import { t } from './messages';

export function formatTextResult(result: EslintFileResult, locale: Locale): string {
  return result.messages
    .map((m) => {
      const severity = t(locale, m.severity === 2 ? 'severityError' : 'severityWarning');
      return `${result.filePath}:${m.line}:${m.column}  ${severity}  ${m.message}  ${m.ruleId}${wordLocation(m)}\n`;
    })
    .join('');
}

export function formatTextSummary(results: readonly EslintFileResult[], locale: Locale): string {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors + warnings === 0) return t(locale, 'clean') + '\n';
  return t(locale, 'summary', String(errors + warnings), String(errors), String(warnings)) + '\n';
}

/** Where in a Word document: body findings are at body-text line:column, others name their part. */
function wordLocation(m: EslintMessage): string {
  if (!m.part) return '';
  const where = m.property ? `${m.part} ${m.property}` : m.paragraph === undefined ? m.part : `${m.part} ¶${m.paragraph}`;
  return `  [${m.where ?? 'body'}: ${where}]`;
}
