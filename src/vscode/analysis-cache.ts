import type * as vscode from 'vscode';
import { analyze, type AnalyzeResult } from '../core';

/** One analysis per document version: views read results from here and never re-parse. */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; result: AnalyzeResult }>();

  get(document: vscode.TextDocument): AnalyzeResult {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.result;
    const result = analyze(document.getText());
    this.entries.set(key, { version: document.version, result });
    return result;
  }

  delete(document: vscode.TextDocument): void {
    this.entries.delete(document.uri.toString());
  }
}
