import type * as vscode from 'vscode';
import type { AnalyzeResult } from '../core';
import type { DiagnosticsController } from './diagnostics';

/**
 * The engine result the structure views (Outline, folding, numbering commands) read: always for the
 * study-report language, elsewhere only where the extension is active. Never re-parses: the cache holds
 * one analysis per document version.
 */
export function structureFor(controller: DiagnosticsController, document: vscode.TextDocument): AnalyzeResult | undefined {
  if (document.languageId !== 'study-report' && !controller.isActiveFor(document)) return undefined;
  return controller.cache.get(document);
}
