import * as vscode from 'vscode';
import { countSelection, type CountMode, type CountResult } from '../core';
import type { Analyses } from './analyses';

export const SHOW_COUNT_COMMAND = 'studyReport.showCount';
const UPDATE_DELAY_MS = 250;

export interface CountStatus {
  /** 字数 of the document, residue left out: the engine's own figure. */
  document: number;
  /** 字数 of the selections (0 when nothing is selected). */
  selection: number;
  declared?: number;
  mode: CountMode;
  /** What the status bar item shows. */
  text: string;
}

function modeName(mode: CountMode): string {
  switch (mode) {
    case 'cjk':
      return vscode.l10n.t('Chinese characters only');
    case 'non-space':
      return vscode.l10n.t('all non-blank characters');
    default:
      return vscode.l10n.t('Chinese characters and full-width punctuation');
  }
}

/** The 字数 of the active editor, from the cached analysis (the same figure the engine and CLI give). */
export function countStatus(analyses: Analyses, editor: vscode.TextEditor): CountStatus {
  const document = editor.document;
  const count: CountResult = analyses.get(document).count;
  const text = document.getText();
  let selection = 0;
  for (const s of editor.selections) {
    if (!s.isEmpty) selection += countSelection(text, count, document.offsetAt(s.start), document.offsetAt(s.end));
  }
  const label = selection > 0
    ? vscode.l10n.t('{0}/{1} characters', selection, count.characters)
    : vscode.l10n.t('{0} characters', count.characters);
  return { document: count.characters, selection, declared: count.declared, mode: count.mode, text: label };
}

class CountStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('studyReport.count', vscode.StatusBarAlignment.Right, 100);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly analyses: Analyses) {
    this.item.name = vscode.l10n.t('Study Report character count');
    this.item.command = { title: vscode.l10n.t('Change the counting mode'), command: 'workbench.action.openSettings', arguments: ['studyReport.count.mode'] };
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), UPDATE_DELAY_MS);
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.analyses.isActiveFor(editor.document)) {
      this.item.hide();
      return;
    }
    const status = countStatus(this.analyses, editor);
    this.item.text = status.text;
    const lines = [vscode.l10n.t('Counted as: {0}. Residue (ads, paywall text) is not counted.', modeName(status.mode))];
    if (status.declared !== undefined) lines.push(vscode.l10n.t('The title declares {0}.', status.declared));
    lines.push(vscode.l10n.t('Click to change the counting mode.'));
    this.item.tooltip = lines.join('\n');
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
  }
}

async function showCount(analyses: Analyses): Promise<CountStatus | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a report in the editor first.'));
    return undefined;
  }
  const status = countStatus(analyses, editor);
  const declared = status.declared === undefined ? '' : ' ' + vscode.l10n.t('The title declares {0}.', status.declared);
  void vscode.window.showInformationMessage(
    (status.selection > 0
      ? vscode.l10n.t('字数: {0} in the selection, {1} in the document ({2}).', status.selection, status.document, modeName(status.mode))
      : vscode.l10n.t('字数: {0} ({1}).', status.document, modeName(status.mode))) + declared,
  );
  return status;
}

export function registerStatusBar(context: vscode.ExtensionContext, analyses: Analyses): void {
  const bar = new CountStatusBar(analyses);
  context.subscriptions.push(
    bar,
    vscode.window.onDidChangeActiveTextEditor(() => bar.update()),
    vscode.window.onDidChangeTextEditorSelection(() => bar.schedule()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) bar.schedule();
    }),
    // A language change (Open as Study Report) reopens the document.
    vscode.workspace.onDidOpenTextDocument(() => bar.schedule()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('studyReport')) bar.schedule();
    }),
    vscode.commands.registerCommand(SHOW_COUNT_COMMAND, () => showCount(analyses)),
  );
  bar.update();
}
