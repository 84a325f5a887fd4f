import * as vscode from 'vscode';
import { registerCodeActions } from './code-actions';
import { DiagnosticsController } from './diagnostics';
import { registerSymbols } from './symbols';
import { SUPPORTED_LANGUAGES } from './languages';

export function activate(context: vscode.ExtensionContext): void {
  const controller = new DiagnosticsController();
  context.subscriptions.push(controller);
  controller.start();
  registerCodeActions(context, controller);
  registerSymbols(context, controller);
  context.subscriptions.push(
    vscode.commands.registerCommand('studyReport.removeAllResidue', () => controller.fixAllInActiveEditor()),
  );
  void SUPPORTED_LANGUAGES;
}

export function deactivate(): void {
  // Disposables in context.subscriptions clean up.
}
