/** Human-readable output: `file:line:column  severity  message  rule-id`, the shape editors can jump to. */
import type { Locale } from '../core';
import type { EslintFileResult } from './format-eslint';
import { t } from './messages';

export function formatTextResult(result: EslintFileResult, locale: Locale): string {
  return result.messages
    .map((m) => {
      const severity = t(locale, m.severity === 2 ? 'severityError' : 'severityWarning');
      return `${result.filePath}:${m.line}:${m.column}  ${severity}  ${m.message}  ${m.ruleId}\n`;
    })
    .join('');
}

export function formatTextSummary(results: readonly EslintFileResult[], locale: Locale): string {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors + warnings === 0) return t(locale, 'clean') + '\n';
  return t(locale, 'summary', String(errors + warnings), String(errors), String(warnings)) + '\n';
}
