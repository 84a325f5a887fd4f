import * as vscode from 'vscode';
import type { Finding } from '../core';
import { AnalysisCache } from './analysis-cache';
import { isSupported } from './languages';

const DEBOUNCE_MS = 300;
export const DIAGNOSTIC_SOURCE = 'study-report';

/** Keeps diagnostics in step with open documents: per-document debounce, stale versions dropped. */
export class DiagnosticsController implements vscode.Disposable {
  readonly cache = new AnalysisCache();
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  start(): void {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
    );
    vscode.workspace.textDocuments.forEach((d) => this.refresh(d));
  }

  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.refresh(document);
    }, DEBOUNCE_MS));
  }

  refresh(document: vscode.TextDocument): void {
    if (!isSupported(document) || document.isClosed) {
      this.collection.delete(document.uri);
      return;
    }
    const result = this.cache.get(document);
    this.collection.set(document.uri, result.findings.map((f) => toDiagnostic(document, f)));
  }

  findingsFor(document: vscode.TextDocument): Finding[] {
    return isSupported(document) ? this.cache.get(document).findings : [];
  }

  async fixAllInActiveEditor(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const edit = new vscode.WorkspaceEdit();
    for (const f of this.findingsFor(editor.document)) {
      if (f.category !== 'residue' || !f.fix?.safe) continue;
      for (const e of f.fix.edits) edit.replace(editor.document.uri, range(editor.document, e.start, e.end), e.newText);
    }
    await vscode.workspace.applyEdit(edit);
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.cache.delete(document);
    this.collection.delete(document.uri);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.disposables.forEach((d) => d.dispose());
  }
}

export function range(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const message = vscode.env.language.startsWith('zh') ? finding.message.zh : finding.message.en;
  const diagnostic = new vscode.Diagnostic(range(document, finding.start, finding.end), message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = finding.ruleId;
  return diagnostic;
}
