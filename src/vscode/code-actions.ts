import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, range, type DiagnosticsController } from './diagnostics';
import { DOCUMENT_SELECTOR } from './languages';

class ResidueActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  constructor(private readonly controller: DiagnosticsController) {}

  provideCodeActions(document: vscode.TextDocument, selection: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const findings = this.controller.findingsFor(document);
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = findings.find((f) => f.ruleId === diagnostic.code && range(document, f.start, f.end).isEqual(diagnostic.range));
      if (!finding?.fix) continue;
      const title = vscode.env.language.startsWith('zh') ? finding.fix.title.zh : finding.fix.title.en;
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = finding.fix.safe;
      action.edit = new vscode.WorkspaceEdit();
      for (const e of finding.fix.edits) action.edit.replace(document.uri, range(document, e.start, e.end), e.newText);
      actions.push(action);
    }
    void selection;
    return actions;
  }
}

export function registerCodeActions(context: vscode.ExtensionContext, controller: DiagnosticsController): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(DOCUMENT_SELECTOR, new ResidueActions(controller), {
      providedCodeActionKinds: ResidueActions.kinds,
    }),
  );
}
