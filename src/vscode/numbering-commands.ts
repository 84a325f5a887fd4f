import * as vscode from 'vscode';
import { changeLevel, renumberDocument, renumberSiblingsFrom, type TextEdit } from '../core';
import type { Analyses } from './analyses';
import { toRange } from './fixes';
import { localize } from './locale';

export const NUMBERING_COMMANDS = {
  renumberDocument: 'studyReport.renumberDocument',
  renumberSiblings: 'studyReport.renumberSiblings',
  promoteHeading: 'studyReport.promoteHeading',
  demoteHeading: 'studyReport.demoteHeading',
} as const;

type Compute = (editor: vscode.TextEditor) => { edits: TextEdit[] } | { error: string };

/**
 * Thin commands over the pure edit computations of core/numbering/renumber.ts. Each applies its edits
 * with one editor.edit call: one undo step. Returns true when the document changed.
 */
export function registerNumberingCommands(context: vscode.ExtensionContext, analyses: Analyses): void {
  const headingsOf = (editor: vscode.TextEditor) => analyses.structureFor(editor.document)?.headings ?? [];
  const line = (editor: vscode.TextEditor) => editor.selection.active.line;
  const level = (delta: -1 | 1): Compute => (editor) => {
    const result = changeLevel(headingsOf(editor), line(editor), delta);
    return 'error' in result ? { error: localize(result.error) } : result;
  };
  const commands: Array<[string, Compute]> = [
    [NUMBERING_COMMANDS.renumberDocument, (editor) => ({ edits: renumberDocument(headingsOf(editor)) })],
    [NUMBERING_COMMANDS.renumberSiblings, (editor) => ({ edits: renumberSiblingsFrom(headingsOf(editor), line(editor)) })],
    [NUMBERING_COMMANDS.promoteHeading, level(-1)],
    [NUMBERING_COMMANDS.demoteHeading, level(1)],
  ];
  for (const [id, compute] of commands) {
    context.subscriptions.push(vscode.commands.registerCommand(id, () => run(compute)));
  }
}

async function run(compute: Compute): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a report in the editor first.'));
    return false;
  }
  const result = compute(editor);
  if ('error' in result) {
    void vscode.window.showInformationMessage(result.error);
    return false;
  }
  if (result.edits.length === 0) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Numbering is already consecutive.'), 3000);
    return false;
  }
  const document = editor.document;
  return editor.edit((builder) => {
    for (const e of result.edits) builder.replace(toRange(document, e.start, e.end), e.newText);
  });
}
