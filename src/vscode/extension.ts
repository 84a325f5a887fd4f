import * as vscode from 'vscode';
import { registerCodeActions } from './code-actions';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { SettingsStore } from './config';
import { ReportDetector } from './detection';
import { DiagnosticsController } from './diagnostics';
import { registerLanguageStatus } from './language-status';
import { registerFolding } from './folding';
import { registerNumberingCommands } from './numbering-commands';
import { ruleDocsBase } from './rule-docs';
import { registerStatusBar } from './status-bar';
import { registerSymbols } from './symbols';
import { registerTemplates } from './templates-command';

export function activate(context: vscode.ExtensionContext): void {
  const settings = new SettingsStore();
  const controller = new DiagnosticsController(settings, ruleDocsBase(context.extension.packageJSON));
  const detector = new ReportDetector(settings);
  context.subscriptions.push(settings, controller, detector);
  detector.start();
  controller.start();
  registerCodeActions(context, controller);
  registerCommands(context, controller, detector);
  registerLanguageStatus(context, controller);
  registerSymbols(context, controller);
  registerFolding(context, controller);
  registerNumberingCommands(context, controller);
  registerTemplates(context, controller);
  registerCompletion(context, controller);
  registerStatusBar(context, controller);
}

export function deactivate(): void {
  // Disposables in context.subscriptions clean up.
}
