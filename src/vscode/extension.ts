import * as vscode from 'vscode';
import { Analyses } from './analyses';
import { registerCodeActions } from './code-actions';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { SettingsStore } from './config';
import { ConfigFiles } from './config-files';
import { ReportDetector } from './detection';
import { DiagnosticsController } from './diagnostics';
import { registerLanguageStatus } from './language-status';
import { registerFolding } from './folding';
import { registerNumberingCommands } from './numbering-commands';
import { ruleDocsBase } from './rule-docs';
import { registerStatusBar } from './status-bar';
import { registerSymbols } from './symbols';
import { registerTemplates } from './templates-command';
import { registerWordCommands } from './word-commands';
import { registerWorkspaceTask } from './workspace-task';
import { registerFolderCleanup } from './folder-cleanup';
import { registerExportCommand } from './export-command';
import { registerPagePreview } from './page-preview';

export function activate(context: vscode.ExtensionContext): void {
  const configFiles = new ConfigFiles();
  const settings = new SettingsStore(configFiles);
  // The one service every feature reads engine results and editor state from.
  const analyses = new Analyses(settings);
  const diagnostics = new DiagnosticsController(analyses, ruleDocsBase(context.extension.packageJSON));
  const detector = new ReportDetector(settings);
  context.subscriptions.push(configFiles, settings, analyses, diagnostics, detector);
  detector.start();
  diagnostics.start();
  registerCodeActions(context, analyses);
  registerCommands(context, analyses, detector, configFiles);
  registerLanguageStatus(context, analyses);
  registerSymbols(context, analyses);
  registerFolding(context, analyses);
  registerNumberingCommands(context, analyses);
  registerTemplates(context, analyses);
  registerCompletion(context, analyses);
  registerStatusBar(context, analyses);
  registerWordCommands(context, settings);
  registerWorkspaceTask(context, settings);
  registerFolderCleanup(context, analyses, settings);
  registerExportCommand(context, analyses, configFiles);
  registerPagePreview(context, analyses, configFiles);
}

export function deactivate(): void {
  // Disposables in context.subscriptions clean up.
}
