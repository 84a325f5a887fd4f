import * as vscode from 'vscode';
import { DETECT_MAX_CHARS, DETECT_MAX_LINES, looksLikeReport } from '../core';
import type { SettingsStore } from './config';
import { isUserDocument } from './report-document';

export const REPORT_LANGUAGE = 'study-report';

/**
 * Opens .txt files that read like a report (by name or first lines) as study-report, leaving other
 * text files alone. A file the user switched back to plain text stays plain text for the session.
 */
export class ReportDetector implements vscode.Disposable {
  private readonly optedOut = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly settings: SettingsStore) {}

  start(): void {
    this.disposables.push(vscode.workspace.onDidOpenTextDocument((d) => void this.detect(d)));
    vscode.workspace.textDocuments.forEach((d) => void this.detect(d));
  }

  /** Switches a document back to plain text and keeps it so (until VS Code restarts). */
  async switchToPlaintext(document: vscode.TextDocument): Promise<void> {
    this.optedOut.add(document.uri.toString());
    if (document.languageId !== 'plaintext') await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
  }

  async switchToReport(document: vscode.TextDocument): Promise<void> {
    this.optedOut.delete(document.uri.toString());
    if (document.languageId !== REPORT_LANGUAGE) await vscode.languages.setTextDocumentLanguage(document, REPORT_LANGUAGE);
  }

  private async detect(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== 'plaintext' || !/\.txt$/i.test(document.uri.path) || !isUserDocument(document)) return;
    if (this.optedOut.has(document.uri.toString()) || !this.settings.for(document.uri).detectReports) return;
    const lastLine = Math.min(document.lineCount - 1, DETECT_MAX_LINES);
    const head = document.getText(new vscode.Range(0, 0, lastLine, DETECT_MAX_CHARS));
    if (!looksLikeReport(document.uri.path, head)) return;
    try {
      await vscode.languages.setTextDocumentLanguage(document, REPORT_LANGUAGE);
    } catch {
      // The document closed meanwhile; nothing to switch.
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
