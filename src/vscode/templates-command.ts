import * as vscode from 'vscode';
import { ALL_TEMPLATES, previewLine, snippetBody, type Template } from '../core';
import type { Analyses } from './analyses';
import { localize } from './locale';

export const INSERT_TEMPLATE_COMMAND = 'studyReport.insertTemplate';

interface TemplatePick extends vscode.QuickPickItem {
  template: Template;
}

/**
 * 插入报告模板: a Quick Pick of the frames (label, prefix, preview line), inserted at the cursor as a
 * snippet so the writer tabs through the parts to fill in. With a template id as argument (a
 * keybinding or a test) it inserts without asking. Without an editor it opens a new report.
 */
async function insertTemplate(id?: unknown): Promise<boolean> {
  const template = typeof id === 'string' ? ALL_TEMPLATES.find((t) => t.id === id) : await pickTemplate();
  if (!template) return false;
  let editor = vscode.window.activeTextEditor;
  if (!editor) {
    const document = await vscode.workspace.openTextDocument({ language: 'study-report', content: '' });
    editor = await vscode.window.showTextDocument(document);
  }
  return editor.insertSnippet(new vscode.SnippetString(snippetBody(template)));
}

async function pickTemplate(): Promise<Template | undefined> {
  const items: TemplatePick[] = ALL_TEMPLATES.map((template) => ({
    template,
    label: localize(template.label),
    description: template.prefixes.join(' · '),
    detail: previewLine(template),
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Insert report template'),
    placeHolder: vscode.l10n.t('Choose a frame to insert at the cursor (type a name or its pinyin initials)'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.template;
}

export function registerTemplates(context: vscode.ExtensionContext, _analyses: Analyses): void {
  context.subscriptions.push(vscode.commands.registerCommand(INSERT_TEMPLATE_COMMAND, insertTemplate));
}
