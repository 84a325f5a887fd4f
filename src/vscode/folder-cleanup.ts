import * as vscode from 'vscode';
import { cleanDocx, type Finding } from '../core';
import type { Analyses } from './analyses';
import type { SettingsStore } from './config';
import { bulkEdit, bulkEdits, bulkFixable } from './fixes';
import { needsReview, reviewMetadata, reviewSettings } from './review';
import { cleanWordDocument } from './word-commands';

export const REMOVE_RESIDUE_IN_FOLDER = 'studyReport.removeResidueInFolder';

/** What the folder command reads: the same kinds of file as the CLI, without hidden folders and node_modules. */
const INCLUDE = '**/*.{txt,md,TXT,MD}';
const EXCLUDE = '{**/node_modules/**,**/.*/**,**/.*}';

interface Planned {
  document: vscode.TextDocument;
  /** The version analysed: a document changed after this is left alone. */
  version: number;
  wasDirty: boolean;
  findings: Finding[];
}

export function registerFolderCleanup(context: vscode.ExtensionContext, analyses: Analyses, settings: SettingsStore): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(REMOVE_RESIDUE_IN_FOLDER, (uri?: vscode.Uri) => removeResidueInFolder(analyses, settings, uri instanceof vscode.Uri ? uri : undefined)),
  );
}

/**
 * "Remove residue in this folder": every report below the folder is read and analysed (progress,
 * cancellable), the safe residue removals of all of them become one WorkspaceEdit that goes through
 * the refactor preview (studyReport.review.deletions), and the files that were not open with unsaved
 * changes are saved. A file that changed after it was read is not written. Word documents (.docx)
 * of the folder are then cleaned by the Word writer, each after its list of removals (the same
 * review setting decides whether that list is shown).
 */
export async function removeResidueInFolder(analyses: Analyses, settings: SettingsStore, target?: vscode.Uri): Promise<void> {
  const folder = target ?? (await pickFolder());
  if (!folder) return;
  const plan = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Looking for residue in {0}', vscode.workspace.asRelativePath(folder)), cancellable: true },
    (progress, token) => planFolder(analyses, folder, progress, token),
  );
  if (!plan) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Cancelled; no file was changed.'));
    return;
  }
  await removeInText(plan, folder);
  for (const uri of plan.docx) await cleanWord(settings, uri, folder);
}

async function removeInText(plan: { files: Planned[]; scanned: number }, folder: vscode.Uri): Promise<void> {
  const changes = plan.files.reduce((n, p) => n + bulkEdits(p.findings).length, 0);
  if (changes === 0) {
    if (plan.scanned > 0) void vscode.window.showInformationMessage(vscode.l10n.t('No residue that can be removed safely was found in {0} files.', plan.scanned));
    return;
  }
  const { mode, threshold } = reviewSettings(folder);
  const review = needsReview(changes, mode, threshold);
  const metadata = review ? reviewMetadata() : undefined;
  const edit = new vscode.WorkspaceEdit();
  const stale: string[] = [];
  const applied: Planned[] = [];
  for (const planned of plan.files) {
    // Never write what changed since it was read (typed into, or reloaded from disk).
    if (planned.document.isClosed || planned.document.version !== planned.version) {
      stale.push(vscode.workspace.asRelativePath(planned.document.uri));
      continue;
    }
    bulkEdit(planned.document, planned.findings, metadata, edit);
    applied.push(planned);
  }
  const ok = applied.length > 0 && (await vscode.workspace.applyEdit(edit, { isRefactoring: true }));
  const staleNote = stale.length ? ' ' + vscode.l10n.t('Not changed because they changed after they were read: {0}.', stale.join(', ')) : '';
  if (!ok) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing was changed.') + staleNote);
    return;
  }
  let saved = 0;
  for (const planned of applied) {
    // A file that was open with unsaved work stays unsaved: the writer saves it. Others are saved if
    // the preview left a change in them.
    if (planned.wasDirty || !planned.document.isDirty) continue;
    if (await planned.document.save()) saved++;
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('Residue removed in {0} of {1} files and saved.', saved, plan.scanned) + staleNote);
}

async function planFolder(
  analyses: Analyses,
  folder: vscode.Uri,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<{ files: Planned[]; scanned: number; docx: vscode.Uri[] } | undefined> {
  const pattern = new vscode.RelativePattern(folder, INCLUDE);
  const uris = (await vscode.workspace.findFiles(pattern, EXCLUDE, undefined, token)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const docx = (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{docx,DOCX}'), EXCLUDE, undefined, token))
    .filter((u) => !u.path.slice(u.path.lastIndexOf('/') + 1).startsWith('~$'))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files: Planned[] = [];
  let done = 0;
  for (const uri of uris) {
    if (token.isCancellationRequested) return undefined;
    done++;
    progress.report({ message: `${done}/${uris.length}`, increment: 100 / uris.length });
    if (await isLink(uri)) continue; // links are not followed: their target may lie outside the folder
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch {
      continue; // binary or unreadable: nothing to clean here
    }
    const findings = bulkFixable(analyses.get(document).findings, (f) => f.category === 'residue');
    if (findings.length) files.push({ document, version: document.version, wasDirty: document.isDirty, findings });
  }
  return token.isCancellationRequested ? undefined : { files, scanned: uris.length, docx };
}

/** One Word document through the Word writer: its removals listed for review unless the setting says otherwise. */
async function cleanWord(settings: SettingsStore, uri: vscode.Uri, folder: vscode.Uri): Promise<void> {
  if (await isLink(uri)) return;
  let removals: number;
  try {
    removals = cleanDocx(await vscode.workspace.fs.readFile(uri), settings.for(uri).engine).removed.length;
  } catch {
    removals = 0; // the Word command explains an unreadable document itself
  }
  const { mode, threshold } = reviewSettings(folder);
  await cleanWordDocument(settings, uri, needsReview(removals, mode, threshold) ? {} : { accept: 'all' });
}

async function isLink(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.SymbolicLink) !== 0;
  } catch {
    return true;
  }
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  if (folders.length > 1) return (await vscode.window.showWorkspaceFolderPick())?.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false });
  return picked?.[0];
}
