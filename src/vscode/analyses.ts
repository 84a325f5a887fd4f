import * as vscode from 'vscode';
import type { AnalyzeResult, Finding } from '../core';
import { AnalysisCache } from './analysis-cache';
import type { SettingsStore } from './config';
import type { AdapterSettings } from './config-map';
import { isUserDocument, type ReportDocument } from './report-document';

/**
 * The one service every feature gets: engine results per document version (from the cache, never
 * re-parsed), whether the extension is active on a document, the session toggle, and which large
 * documents wait for save. Diagnostics, code actions, commands, outline, folding, completion and the
 * status bar all read from here, so none of them needs the diagnostics controller.
 */
export class Analyses implements vscode.Disposable {
  private readonly cache: AnalysisCache;
  private suspended = false;
  private readonly waiting = new Set<string>();
  private readonly optionsChanged = new vscode.EventEmitter<void>();
  private readonly stateChanged = new vscode.EventEmitter<void>();
  private readonly requested = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.optionsChanged, this.stateChanged, this.requested];
  /** Settings or the toggle changed: results and which documents are analysed may differ. */
  readonly onDidChangeOptions = this.optionsChanged.event;
  /** A document started or stopped waiting for save (the language status shows it). */
  readonly onDidChangeState = this.stateChanged.event;
  /** The user asked for an analysis now, whatever the size ('Check now'). */
  readonly onDidRequestAnalysis = this.requested.event;

  constructor(private readonly settings: SettingsStore) {
    this.cache = new AnalysisCache(settings);
    this.disposables.push(settings.onDidChange(() => this.optionsChanged.fire()));
  }

  /** Bumped on every settings change; part of every cache key. */
  get generation(): number {
    return this.settings.generation;
  }

  settingsFor(document: ReportDocument): AdapterSettings {
    return this.settings.for(document.uri);
  }

  /** The analysis of the current version, for any document (explicit commands run everywhere). */
  get(document: ReportDocument): AnalyzeResult {
    return this.cache.get(document);
  }

  /** True when `get` would answer without analysing. */
  isFresh(document: ReportDocument): boolean {
    return this.cache.isFresh(document);
  }

  /** True when the linter runs on this document (enabled, not toggled off, language chosen). */
  isActiveFor(document: ReportDocument): boolean {
    if (this.suspended || !isUserDocument(document)) return false;
    const settings = this.settingsFor(document);
    return settings.enabled && settings.languages.includes(document.languageId);
  }

  /** Findings of the current version, for code actions; [] where the linter is off. */
  findingsFor(document: ReportDocument): Finding[] {
    return this.isActiveFor(document) ? this.cache.get(document).findings : [];
  }

  /**
   * The result the structure views (Outline, folding, numbering commands) read: always for the
   * study-report language, elsewhere only where the extension is active.
   */
  structureFor(document: ReportDocument): AnalyzeResult | undefined {
    if (document.languageId !== 'study-report' && !this.isActiveFor(document)) return undefined;
    return this.cache.get(document);
  }

  get isSuspended(): boolean {
    return this.suspended;
  }

  /** The toggle command: off clears every squiggle at once, on brings them back. */
  setSuspended(suspended: boolean): void {
    this.suspended = suspended;
    this.optionsChanged.fire();
  }

  /** True when the document is too large to check while typing and has changed since its last check. */
  isWaiting(document: ReportDocument): boolean {
    return this.waiting.has(document.uri.toString());
  }

  setWaiting(key: string, waiting: boolean): void {
    if (this.waiting.has(key) === waiting) return;
    if (waiting) this.waiting.add(key);
    else this.waiting.delete(key);
    this.stateChanged.fire();
  }

  /** Analyses and shows results now, whatever the size (the 'Check now' command and notice button). */
  analyseNow(document: vscode.TextDocument): void {
    this.requested.fire(document);
  }

  /** A closed document: its cached result and state go. */
  forget(document: ReportDocument): void {
    this.cache.delete(document);
    this.waiting.delete(document.uri.toString());
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
