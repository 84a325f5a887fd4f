import * as vscode from 'vscode';
import { ALLOW_RESIDUE_COMMAND } from './code-actions';
import { allowResidue, type AllowKind } from './allowlist';
import type { ConfigFiles } from './config-files';
import type { Analyses } from './analyses';
import type { ReportDetector } from './detection';
import { bulkEdit, bulkEdits, bulkFixable } from './fixes';
import { needsReview, reviewMetadata, reviewSettings } from './review';
import type { Finding } from '../core';

/** Command ids as contributed in package.json. */
export const COMMANDS = {
  removeAllResidue: 'studyReport.removeAllResidue',
  fixAll: 'studyReport.fixAll',
  toggle: 'studyReport.toggle',
  analyseNow: 'studyReport.analyzeNow',
  openAsPlainText: 'studyReport.openAsPlainText',
  openAsReport: 'studyReport.openAsReport',
  openSample: 'studyReport.openSample',
  allowResidue: ALLOW_RESIDUE_COMMAND,
} as const;

export function registerCommands(context: vscode.ExtensionContext, analyses: Analyses, detector: ReportDetector, configFiles?: ConfigFiles): void {
  const onEditor = (run: (document: vscode.TextDocument) => unknown) => () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a report in the editor first.'));
      return;
    }
    return run(document);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.removeAllResidue, onEditor((d) =>
      applyBulk(analyses, d, (f) => f.category === 'residue', (n) => vscode.l10n.t('Removed {0} residue items (ads, paywall markers, watermarks).', n), vscode.l10n.t('No residue that can be removed safely was found.')))),
    vscode.commands.registerCommand(COMMANDS.fixAll, onEditor((d) =>
      applyBulk(analyses, d, () => true, (n) => vscode.l10n.t('Fixed {0} problems.', n), vscode.l10n.t('No problem that can be fixed safely was found.')))),
    vscode.commands.registerCommand(COMMANDS.toggle, () => {
      analyses.setSuspended(!analyses.isSuspended);
      void vscode.window.showInformationMessage(analyses.isSuspended
        ? vscode.l10n.t('Study Report checks are off for this session.')
        : vscode.l10n.t('Study Report checks are on.'));
    }),
    vscode.commands.registerCommand(COMMANDS.analyseNow, onEditor((d) => analyses.analyseNow(d))),
    vscode.commands.registerCommand(COMMANDS.openAsPlainText, onEditor((d) => detector.switchToPlaintext(d))),
    vscode.commands.registerCommand(COMMANDS.openAsReport, onEditor((d) => detector.switchToReport(d))),
    vscode.commands.registerCommand(COMMANDS.openSample, () => openSample(context.extensionUri)),
    vscode.commands.registerCommand(COMMANDS.allowResidue, (uri: vscode.Uri, text: string, kind?: AllowKind) => allowResidue(uri, text, configFiles, kind)),
  );
}

/**
 * Applies the safe fixes chosen by `accept` as one edit (one undo step) and says how many. The
 * document is left unsaved: the user sees the change and decides.
 */
async function applyBulk(
  analyses: Analyses,
  document: vscode.TextDocument,
  accept: (f: Finding) => boolean,
  done: (count: number) => string,
  nothing: string,
): Promise<number> {
  // An explicit command runs even where on-type checks are off (language, toggle, size limit).
  const findings = bulkFixable(analyses.get(document).findings, accept);
  if (findings.length === 0) {
    void vscode.window.showInformationMessage(nothing);
    return 0;
  }
  const { mode, threshold } = reviewSettings(document.uri);
  const review = needsReview(bulkEdits(findings).length, mode, threshold);
  const { edit, fixed } = bulkEdit(document, findings, review ? reviewMetadata() : undefined);
  // With entries that need confirmation VS Code shows the refactor preview; false when discarded there.
  const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  if (!applied) {
    if (review) void vscode.window.showInformationMessage(vscode.l10n.t('Nothing was changed.'));
    return 0;
  }
  void vscode.window.showInformationMessage(review ? vscode.l10n.t('Applied the changes you kept in the preview.') : done(fixed));
  return fixed;
}

/** Opens the bundled sample report as an untitled copy, so that trying a fix never edits the extension. */
async function openSample(extensionUri: vscode.Uri): Promise<void> {
  const samples = vscode.Uri.joinPath(extensionUri, 'samples');
  let text: string;
  try {
    const names = (await vscode.workspace.fs.readDirectory(samples)).map(([name]) => name).filter((n) => n.endsWith('.txt')).sort();
    const name = names.includes(SAMPLE_FILE) ? SAMPLE_FILE : names[0];
    if (!name) throw new Error('no sample');
    text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(samples, name)));
  } catch {
    void vscode.window.showErrorMessage(vscode.l10n.t('The sample report is missing from this installation.'));
    return;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'study-report', content: text });
  await vscode.window.showTextDocument(document);
}

/** Preferred sample; any other samples/*.txt is taken when it is absent. */
export const SAMPLE_FILE = 'residue-demo.txt';
