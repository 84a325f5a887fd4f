import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import type { Analyses } from './analyses';
import { REPORT_LANGUAGE } from './detection';

/**
 * The {} item next to the language mode of a study report: says whether checks run (on, off, or
 * waiting for save because the file is large) and offers the way back to plain text.
 */
export function registerLanguageStatus(context: vscode.ExtensionContext, analyses: Analyses): void {
  const selector: vscode.DocumentSelector = { language: REPORT_LANGUAGE };
  const checks = vscode.languages.createLanguageStatusItem('studyReport.checks', selector);
  checks.name = vscode.l10n.t('Study Report checks');
  const plain = vscode.languages.createLanguageStatusItem('studyReport.plainText', selector);
  plain.name = vscode.l10n.t('Study Report detection');
  plain.text = vscode.l10n.t('Study report');
  plain.detail = vscode.l10n.t('Not a report?');
  plain.command = { command: COMMANDS.openAsPlainText, title: vscode.l10n.t('Open as plain text') };

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return;
    if (analyses.isSuspended || !analyses.isActiveFor(document)) {
      checks.text = vscode.l10n.t('Checks off');
      checks.severity = vscode.LanguageStatusSeverity.Information;
      checks.command = { command: COMMANDS.toggle, title: vscode.l10n.t('Turn on') };
    } else if (analyses.isWaiting(document)) {
      checks.text = vscode.l10n.t('Large file: checked on save');
      checks.severity = vscode.LanguageStatusSeverity.Warning;
      checks.command = { command: COMMANDS.analyseNow, title: vscode.l10n.t('Check now') };
    } else {
      checks.text = vscode.l10n.t('Checks on');
      checks.severity = vscode.LanguageStatusSeverity.Information;
      checks.command = { command: COMMANDS.toggle, title: vscode.l10n.t('Turn off') };
    }
  };
  update();
  context.subscriptions.push(
    checks,
    plain,
    vscode.window.onDidChangeActiveTextEditor(update),
    analyses.onDidChangeState(update),
    analyses.onDidChangeOptions(update),
  );
}
