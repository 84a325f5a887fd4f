/** Public entry of the engine (dist/core.js): free of any editor API. */
export { analyze, fix, safeEdits, type AnalyzeResult, type CountResult } from './engine';
export { IncrementalAnalyzer } from './incremental';
export { applyEdits, nonOverlapping } from './edits';
export { resolveOptions, type CountMode, type EngineOptions, type ResolvedOptions, type RuleSetting, type SeveritySetting } from './options';
export { ALL_RULES } from './rules';
export type { Section, Level } from './sections';
export { TextModel } from './text-model';
export type { Category, Finding, Fix, Locale, Messages, Severity, TextEdit } from './types';
export { CATEGORIES, PROOFREADING_CATEGORIES } from './types';
export { allowSnippet } from './proofreading/allow';
export { compileUserPatterns, type PatternProblem } from './user-patterns';
export { countCharacters, countExcluding, type Span } from './wordcount';
export { countDocument, countSelection, residueSpans } from './count';
export { nextOrdinals, continueNumbering, type OrdinalSuggestion } from './completion';
export { ALL_TEMPLATES, previewLine, renderSnippet, snippetBody, type Template } from './templates';
export { changeLevel, renumberDocument, renumberSiblingsFrom } from './numbering/renumber';
export { DETECT_MAX_CHARS, DETECT_MAX_LINES, looksLikeReport } from './detect-report';
export {
  CONFIG_FILE_NAME, addAllowedText, allowedTexts, buildConfigSchema, configReader, engineOptionsFrom, layered, parseConfig, validateConfig,
  type ConfigParseResult, type ConfigProblem, type ExportConfig, type SettingReader, type StudyReportConfig,
} from './config';
export {
  openDocx,
  analyzeDocx,
  cleanDocx,
  importText,
  itemKey,
  DocxError,
  DOCX_MESSAGES,
  type DocxDocument,
  type DocxAnalysis,
  type DocxFinding,
  type DocxProblem,
  type RemovedItem,
  type CleanResult,
  type LeftOut,
  type PieceKind,
  type Story,
} from './docx';
export * from './export';
