/** ESLint's JSON format, so CI tools and problem matchers that read ESLint read this too. */
import { TextModel, type Finding, type Locale, type Severity } from '../core';

export interface EslintMessage {
  ruleId: string;
  category: string;
  /** 2 error, 1 warning (info and hint are reported as warnings). */
  severity: 1 | 2;
  message: string;
  /** 1-based line and UTF-16 column, end exclusive as in ESLint. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Word documents: the part (word/document.xml, word/header1.xml …) and the 0-based w:p index in it. */
  part?: string;
  paragraph?: number;
  /** Word documents: body, header, footer, watermark, textbox, footnote, endnote, comment, hidden, property. */
  where?: string;
  /** Word documents: the document property (dc:title, Company) holding the finding. */
  property?: string;
}

export interface EslintFileResult {
  filePath: string;
  messages: EslintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export function eslintSeverity(severity: Severity): 1 | 2 {
  return severity === 'error' ? 2 : 1;
}

export function toEslintResult(filePath: string, text: string, findings: readonly Finding[], locale: Locale): EslintFileResult {
  const model = new TextModel(text);
  const messages = findings.map((f): EslintMessage => {
    const start = model.positionAt(f.start);
    const end = model.positionAt(f.end);
    return {
      ruleId: f.ruleId,
      category: f.category,
      severity: eslintSeverity(f.severity),
      message: f.message[locale],
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
    };
  });
  const isFixable = (f: Finding) => !!(f.fix && f.fix.safe);
  return {
    filePath,
    messages,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity !== 'error').length,
    fixableErrorCount: findings.filter((f) => f.severity === 'error' && isFixable(f)).length,
    fixableWarningCount: findings.filter((f) => f.severity !== 'error' && isFixable(f)).length,
  };
}
