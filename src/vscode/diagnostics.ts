import * as vscode from 'vscode';
import type { Finding, Severity } from '../core';
import type { Analyses } from './analyses';
import type { AdapterSettings } from './config-map';
import { toRange } from './fixes';
import { localize } from './locale';
import { utf8Length } from './text-size';

export const DIAGNOSTIC_SOURCE = 'study-report';
/** Per-document pause after typing before analysing. */
const DEBOUNCE_MS = 500;
/** Focus mode: squiggles on the lines being typed appear after this pause (or when the cursor leaves). */
const FOCUS_REVEAL_MS = 2000;

type Trigger = 'open' | 'type' | 'save' | 'settings' | 'demand';

interface Editing {
  document: vscode.TextDocument;
  firstLine: number;
  lastLine: number;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Keeps diagnostics in step with open documents: per-document debounce, a per-document request
 * counter that drops stale requests, no re-analysis of an unchanged version, a size limit above
 * which analysis waits for save or the user, optional focus mode. Results come from the analyses
 * service, which also holds the on/off toggle and the waiting state other views show.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly requests = new Map<string, number>();
  private readonly published = new Map<string, string>();
  private readonly editing = new Map<string, Editing>();
  private readonly largeNoticeShown = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly analyses: Analyses,
    private readonly docsBase: string,
  ) {}

  start(): void {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d, 'open')),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.refresh(d, 'save')),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
      this.analyses.onDidChangeOptions(() => this.refreshAll('settings')),
      this.analyses.onDidRequestAnalysis((d) => this.refresh(d, 'demand')),
    );
    this.refreshAll('open');
  }

  refreshAll(trigger: Trigger): void {
    vscode.workspace.textDocuments.forEach((d) => this.refresh(d, trigger));
  }

  refresh(document: vscode.TextDocument, trigger: Trigger): void {
    const key = document.uri.toString();
    if (document.isClosed || !this.analyses.isActiveFor(document)) {
      this.clear(key);
      return;
    }
    const settings = this.analyses.settingsFor(document);
    if (trigger === 'save' && settings.run === 'onType' && this.analyses.isFresh(document)) return;
    // Lazily analysed large documents wait for save or the user; a settings change still redraws the
    // ones already shown, so switching a rule off never leaves its squiggles behind.
    const waits = trigger === 'open' || trigger === 'type' || (trigger === 'settings' && !this.published.has(key));
    if (waits && !this.analyses.isFresh(document)) {
      const size = utf8Length(document.getText());
      if (size > settings.maxFileSizeKB * 1024) {
        this.analyses.setWaiting(key, true);
        this.noticeLarge(document, size, settings);
        return;
      }
    }
    this.publish(document, settings);
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0 || !this.analyses.isActiveFor(e.document)) return;
    const settings = this.analyses.settingsFor(e.document);
    if (settings.run !== 'onType') return;
    if (settings.focusMode) this.noteEditing(e);
    this.schedule(e.document);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const request = (this.requests.get(key) ?? 0) + 1;
    this.requests.set(key, request);
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      // A newer request for this document supersedes this one.
      if (this.requests.get(key) === request) this.refresh(document, 'type');
    }, DEBOUNCE_MS));
  }

  private publish(document: vscode.TextDocument, settings: AdapterSettings): void {
    const key = document.uri.toString();
    const editing = settings.focusMode ? this.editing.get(key) : undefined;
    const stamp = `${document.version}:${this.analyses.generation}:${editing ? `${editing.firstLine}-${editing.lastLine}` : ''}`;
    if (this.published.get(key) === stamp) return;
    let diagnostics = this.analyses.get(document).findings.map((f) => this.toDiagnostic(document, f));
    if (editing) diagnostics = diagnostics.filter((d) => d.range.end.line < editing.firstLine || d.range.start.line > editing.lastLine);
    this.collection.set(document.uri, diagnostics);
    this.published.set(key, stamp);
    this.analyses.setWaiting(key, false);
  }

  private noteEditing(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    let firstLine = Number.MAX_SAFE_INTEGER;
    let lastLine = 0;
    for (const change of e.contentChanges) {
      firstLine = Math.min(firstLine, change.range.start.line);
      lastLine = Math.max(lastLine, change.range.start.line + countLineBreaks(change.text));
    }
    const previous = this.editing.get(key);
    if (previous) {
      clearTimeout(previous.timer);
      firstLine = Math.min(firstLine, previous.firstLine);
      lastLine = Math.max(lastLine, previous.lastLine);
    }
    const timer = setTimeout(() => this.reveal(key), FOCUS_REVEAL_MS);
    this.editing.set(key, { document: e.document, firstLine, lastLine, timer });
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    const key = e.textEditor.document.uri.toString();
    const editing = this.editing.get(key);
    if (!editing) return;
    const line = e.selections[0]?.active.line ?? editing.firstLine;
    if (line < editing.firstLine || line > editing.lastLine) this.reveal(key);
  }

  private reveal(key: string): void {
    const editing = this.editing.get(key);
    if (!editing) return;
    clearTimeout(editing.timer);
    this.editing.delete(key);
    // Publishes from the cache: the version analysed is unchanged, only the filter goes.
    if (this.analyses.isFresh(editing.document)) this.refresh(editing.document, 'demand');
  }

  private noticeLarge(document: vscode.TextDocument, size: number, settings: AdapterSettings): void {
    const key = document.uri.toString();
    if (this.largeNoticeShown.has(key)) return;
    this.largeNoticeShown.add(key);
    const name = document.uri.path.replace(/^.*\//, '') || document.uri.toString();
    const analyse = vscode.l10n.t('Analyse now');
    const message = vscode.l10n.t(
      '{0} is {1} KB, above the limit of {2} KB (studyReport.maxFileSizeKB): it is checked on save and on demand only.',
      name,
      Math.round(size / 1024),
      settings.maxFileSizeKB,
    );
    void vscode.window.showInformationMessage(message, analyse).then((choice) => {
      if (choice === analyse && !document.isClosed) this.refresh(document, 'demand');
    });
  }

  /** The severity is the engine's: per-rule and per-category settings are resolved there, as in the CLI. */
  private toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toRange(document, finding.start, finding.end), localize(finding.message), SEVERITY[finding.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = this.docsBase
      ? { value: finding.ruleId, target: vscode.Uri.parse(this.docsBase + finding.ruleId) }
      : finding.ruleId;
    return diagnostic;
  }

  private clear(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.published.delete(key);
    const editing = this.editing.get(key);
    if (editing) clearTimeout(editing.timer);
    this.editing.delete(key);
    this.collection.delete(vscode.Uri.parse(key));
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.clear(key);
    this.requests.delete(key);
    this.largeNoticeShown.delete(key);
    this.analyses.forget(document);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.editing.forEach((e) => clearTimeout(e.timer));
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The rule id of one of our diagnostics, whether `code` is a plain id or { value, target }. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  if (typeof code === 'string') return code;
  if (code && typeof code === 'object') return String(code.value);
  return undefined;
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
