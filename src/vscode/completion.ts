import * as vscode from 'vscode';
import { continueNumbering, nextOrdinals, TextModel } from '../core';
import type { Analyses } from './analyses';
import { localize } from './locale';

export const CONTINUE_NUMBERING_COMMAND = 'studyReport.continueNumbering';

// Markdown has its own list numbering (1. 2.), so next-ordinal completion stays out of it.
const COMPLETION_SELECTOR: vscode.DocumentSelector = [{ language: 'study-report' }, { language: 'plaintext' }];

/** Next-ordinal completion: （二）→（三）, 一、→（一）, 二是→三是. Headings come from the cached analysis. */
class OrdinalCompletions implements vscode.CompletionItemProvider {
  constructor(private readonly analyses: Analyses) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!this.analyses.isActiveFor(document)) return [];
    const { model, headings } = this.analyses.get(document);
    const suggestions = nextOrdinals(model, headings, document.offsetAt(position));
    return suggestions.map((s) => {
      const item = new vscode.CompletionItem(s.label, vscode.CompletionItemKind.EnumMember);
      item.range = new vscode.Range(document.positionAt(s.replaceStart), position);
      item.detail = localize(s.detail);
      // Ahead of word and snippet suggestions; the best guess is preselected.
      item.sortText = `0${String(s.rank).padStart(2, '0')}`;
      item.preselect = s.rank === 0;
      return item;
    });
  }
}

/**
 * Enter with studyReport.completion.continueNumberingOnEnter on (the keybinding's `when` checks it):
 * continue the numbering where the core says so, otherwise a plain Enter.
 */
async function enterContinuingNumbering(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selections.length !== 1 || !editor.selection.isEmpty) {
    await vscode.commands.executeCommand('type', { text: '\n' });
    return;
  }
  const document = editor.document;
  const edit = continueNumbering(new TextModel(document.getText()), document.offsetAt(editor.selection.active));
  if (!edit) {
    await vscode.commands.executeCommand('type', { text: '\n' });
    return;
  }
  const range = new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
  const applied = await editor.edit((builder) => builder.replace(range, edit.newText));
  if (!applied) return;
  const caret = document.positionAt(edit.start + edit.newText.length);
  editor.selection = new vscode.Selection(caret, caret);
}

export function registerCompletion(context: vscode.ExtensionContext, analyses: Analyses): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(COMPLETION_SELECTOR, new OrdinalCompletions(analyses), '（'),
    vscode.commands.registerCommand(CONTINUE_NUMBERING_COMMAND, enterContinuingNumbering),
  );
}
