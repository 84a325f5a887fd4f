/**
 * Word documents in the editor: open a .docx as a report (its visible body with Word's numbering, as an
 * untitled study-report document) and clean a .docx in place after the user confirmed what goes. Only
 * vscode.workspace.fs is used, so both work in the web build (vscode.dev) too.
 */
import * as vscode from 'vscode';
import { cleanDocx, DOCX_MESSAGES, DocxError, importText, openDocx, type LeftOut, type PieceKind, type RemovedItem } from '../core';
import type { SettingsStore } from './config';
import { localize } from './locale';

export const WORD_COMMANDS = {
  open: 'studyReport.openWordDocument',
  clean: 'studyReport.cleanWordDocument',
} as const;

/** A test (or a script) may skip the Quick Pick: `{ accept: 'all' }` removes every listed item. */
export interface CleanCommandOptions {
  accept?: 'all';
}

export interface CleanCommandResult {
  removed: RemovedItem[];
  written: boolean;
}

export function registerWordCommands(context: vscode.ExtensionContext, settings: SettingsStore): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(WORD_COMMANDS.open, (uri?: vscode.Uri) => openWordDocument(uri)),
    vscode.commands.registerCommand(WORD_COMMANDS.clean, (uri?: vscode.Uri, options?: CleanCommandOptions) => cleanWordDocument(settings, uri, options)),
  );
}

async function pickDocx(uri: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (uri instanceof vscode.Uri) return uri;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t('Word documents')]: ['docx'] } });
  return picked?.[0];
}

function describeFailure(uri: vscode.Uri, error: unknown): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const reason = error instanceof DocxError ? localize(DOCX_MESSAGES[error.problem]) : error instanceof Error ? error.message : String(error);
  return vscode.l10n.t('Cannot read {0} as a Word document: {1}. Nothing was changed.', name, reason);
}

export async function openWordDocument(target?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const uri = await pickDocx(target);
  if (!uri) return undefined;
  let imported;
  try {
    imported = importText(openDocx(await vscode.workspace.fs.readFile(uri)));
  } catch (error) {
    void vscode.window.showErrorMessage(describeFailure(uri, error));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'study-report', content: imported.text });
  await vscode.window.showTextDocument(document, { preview: false });
  if (imported.leftOut.length > 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Opened the body of the Word document. Left out: {0}. Use "Clean Word Document" to remove ads from the .docx itself.', describeLeftOut(imported.leftOut)));
  }
  return document;
}

export async function cleanWordDocument(settings: SettingsStore, target?: vscode.Uri, options: CleanCommandOptions = {}): Promise<CleanCommandResult | undefined> {
  const uri = await pickDocx(target);
  if (!uri) return undefined;
  const engine = settings.for(uri).engine;
  let bytes: Uint8Array;
  let before: vscode.FileStat;
  let plan;
  try {
    before = await vscode.workspace.fs.stat(uri);
    bytes = await vscode.workspace.fs.readFile(uri);
    plan = cleanDocx(bytes, engine);
  } catch (error) {
    void vscode.window.showErrorMessage(describeFailure(uri, error));
    return undefined;
  }
  if (plan.removed.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No residue that can be removed safely was found in this Word document.'));
    return { removed: [], written: false };
  }
  const keep = options.accept === 'all' ? new Set<string>() : await askWhatToRemove(plan.removed);
  if (!keep) return { removed: [], written: false };
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Cleaning the Word document…') }, async () => {
    const result = cleanDocx(bytes, { ...engine, keep });
    const now = await vscode.workspace.fs.stat(uri);
    if (now.mtime !== before.mtime || now.size !== before.size) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The Word document changed while it was being cleaned; nothing was written. Run the command again.'));
      return { removed: [], written: false };
    }
    try {
      await writeAtomically(uri, result.bytes);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not write the cleaned Word document: {0}', error instanceof Error ? error.message : String(error)));
      return { removed: [], written: false };
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Removed {0} items from the Word document; its formatting is unchanged.', result.removed.length));
    return { removed: result.removed, written: true };
  });
}

/** Every item, ticked; returns the keys the user unticked, or undefined when cancelled or nothing is left ticked. */
async function askWhatToRemove(removed: readonly RemovedItem[]): Promise<Set<string> | undefined> {
  type Item = vscode.QuickPickItem & { key: string };
  const seen = new Set<string>();
  const items: Item[] = [];
  for (const r of removed) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    const where = r.property ? `${r.part} ${r.property}` : r.paragraph === undefined ? r.part : `${r.part} ¶${r.paragraph}`;
    items.push({ key: r.key, label: `${kindName(r.kind)}: ${r.text.length > 60 ? r.text.slice(0, 60) + '…' : r.text}`, description: where, detail: localize(r.message), picked: true });
  }
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Clean Word document: {0} items will be removed', items.length),
    placeHolder: vscode.l10n.t('Untick what should stay, then press Enter'),
    ignoreFocusOut: true,
  });
  if (!picked || picked.length === 0) return undefined;
  const chosen = new Set(picked.map((p) => p.key));
  return new Set(items.filter((i) => !chosen.has(i.key)).map((i) => i.key));
}

/** Writes next to the file, then renames over it, so a failure never leaves half a document. */
async function writeAtomically(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(uri, '..', `.${name}.${Date.now().toString(36)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, bytes);
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}

function kindName(kind: PieceKind | 'deleted'): string {
  switch (kind) {
    case 'body':
      return vscode.l10n.t('Body');
    case 'header':
      return vscode.l10n.t('Header');
    case 'footer':
      return vscode.l10n.t('Footer');
    case 'watermark':
      return vscode.l10n.t('Watermark');
    case 'textbox':
      return vscode.l10n.t('Text box');
    case 'footnote':
      return vscode.l10n.t('Footnote');
    case 'endnote':
      return vscode.l10n.t('Endnote');
    case 'comment':
      return vscode.l10n.t('Comment');
    case 'hidden':
      return vscode.l10n.t('Hidden or invisible text');
    case 'property':
      return vscode.l10n.t('Document property');
    case 'deleted':
      return vscode.l10n.t('Tracked deletion');
  }
}

function describeLeftOut(list: readonly LeftOut[]): string {
  return list.map((l) => vscode.l10n.t('{0} × {1}', kindName(l.kind), l.count)).join(', ');
}
