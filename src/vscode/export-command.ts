/**
 * "Export as Word document (GB/T 9704)": the report through the pure writer in src/core/export, written
 * with vscode.workspace.fs (so it works in the web build too). Residue errors stop it first with a
 * modal: remove them and export, export anyway, or cancel.
 */
import * as vscode from 'vscode';
import { exportDocx, residueErrors } from '../core';
import type { Analyses } from './analyses';
import type { ConfigFiles } from './config-files';
import { exportOptionsFor } from './export-settings';
import { bulkEdit, bulkEdits, bulkFixable } from './fixes';
import { localize } from './locale';
import { needsReview, reviewMetadata, reviewSettings } from './review';

export const EXPORT_COMMAND = 'studyReport.exportWord';

/** For scripts and tests: skip the dialogs. */
export interface ExportCommandOptions {
  /** Where to write (default: the sibling .docx; untitled documents ask). */
  target?: vscode.Uri;
  /** What to do about residue errors without asking. */
  residue?: 'remove' | 'force' | 'cancel';
  /** Replace an existing file without asking. */
  replace?: boolean;
}

export interface ExportCommandResult {
  written?: vscode.Uri;
  pages?: number;
  residueLeft?: number;
}

export function registerExportCommand(context: vscode.ExtensionContext, analyses: Analyses, configFiles: ConfigFiles): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_COMMAND, (uri?: vscode.Uri, options?: ExportCommandOptions) => exportWord(analyses, configFiles, uri, options)),
  );
}

export async function exportWord(analyses: Analyses, configFiles: ConfigFiles, uri?: vscode.Uri, options: ExportCommandOptions = {}): Promise<ExportCommandResult> {
  const document = await documentFor(uri);
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a report in the editor first.'));
    return {};
  }
  let analysis = analyses.get(document);
  let residue = residueErrors(analysis);
  if (residue.length > 0) {
    const choice = options.residue ?? (await askAboutResidue(residue.length, residue.slice(0, 5).map((f) => `· ${localize(f.message)}：${f.text.trim().slice(0, 30)}`)));
    if (choice === 'cancel') return { residueLeft: residue.length };
    if (choice === 'remove') {
      const removable = bulkFixable(analysis.findings, (f) => f.category === 'residue');
      if (removable.length > 0) {
        // Like every bulk removal: through the Refactor Preview when studyReport.review.* asks for it; a
        // preview discarded there cancels the export.
        const { mode, threshold } = reviewSettings(document.uri);
        const review = needsReview(bulkEdits(removable).length, mode, threshold);
        if (!(await vscode.workspace.applyEdit(bulkEdit(document, removable, review ? reviewMetadata() : undefined).edit))) return { residueLeft: residue.length };
      }
      analysis = analyses.get(document);
      residue = residueErrors(analysis);
    }
  }
  const target = options.target ?? (await chooseTarget(document));
  if (!target) return { residueLeft: residue.length };
  if (!options.replace && !options.target && (await exists(target))) {
    const replace = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it?', baseName(target)), { modal: true }, replace);
    if (answer !== replace) return { residueLeft: residue.length };
  }
  const exported = exportDocx(document.getText(), exportOptionsFor(document.uri, configFiles), undefined, analysis);
  try {
    await vscode.workspace.fs.writeFile(target, exported.bytes);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', baseName(target), error instanceof Error ? error.message : String(error)));
    return { residueLeft: residue.length };
  }
  const reveal = vscode.l10n.t('Reveal in Explorer');
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} (GB/T 9704, about {1} pages).', baseName(target), exported.pages.length), reveal).then((answer) => {
    if (answer === reveal) void vscode.commands.executeCommand('revealInExplorer', target);
  });
  return { written: target, pages: exported.pages.length, residueLeft: residue.length };
}

async function askAboutResidue(count: number, sample: string[]): Promise<'remove' | 'force' | 'cancel'> {
  const remove = vscode.l10n.t('Remove and export');
  const force = vscode.l10n.t('Export anyway');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} residue errors (ads, paywall markers, watermarks) are still in the report.', count),
    { modal: true, detail: sample.join('\n') },
    remove,
    force,
  );
  return answer === remove ? 'remove' : answer === force ? 'force' : 'cancel';
}

/** The open document for `uri` (explorer), or the active editor's. */
async function documentFor(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) {
    try {
      return await vscode.workspace.openTextDocument(uri);
    } catch {
      return undefined;
    }
  }
  return vscode.window.activeTextEditor?.document;
}

/** report.txt → report.docx beside it; an untitled document asks where. */
async function chooseTarget(document: vscode.TextDocument): Promise<vscode.Uri | undefined> {
  if (!document.isUntitled) return siblingDocx(document.uri);
  return vscode.window.showSaveDialog({ filters: { [vscode.l10n.t('Word documents')]: ['docx'] } });
}

export function siblingDocx(uri: vscode.Uri): vscode.Uri {
  const name = baseName(uri);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 && /^\.(txt|md|markdown|text)$/i.test(name.slice(dot)) ? name.slice(0, dot) : name;
  // report.report.txt (the study-report extension) exports as report.docx
  return vscode.Uri.joinPath(uri, '..', `${stem.replace(/\.report$/i, '')}.docx`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
