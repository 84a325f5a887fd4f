import * as vscode from 'vscode';
import { addAllowedText, allowedTexts } from '../core';
import { withAllowedText } from './allowlist-entries';
import { SECTION } from './config';
import type { ConfigFiles } from './config-files';

const KEY = 'residue.allow';

/** 'residue': the 'not residue' action; 'ignore': 'Ignore here' for a proofreading finding. */
export type AllowKind = 'residue' | 'ignore';

/**
 * 'This is not residue' (or, for a proofreading finding, 'Ignore here' with the finding in context): adds
 * the exact text to residue.allow of the .study-report.json that applies to the document when there is one
 * (the CLI then agrees), else to studyReport.residue.allow — in the settings of the document's workspace
 * folder when there is one (the team shares it), else in the user settings — never into the document
 * itself. The change re-analyses, so the squiggle goes at once.
 */
export async function allowResidue(uri: vscode.Uri, text: string, configFiles?: ConfigFiles, kind: AllowKind = 'residue'): Promise<void> {
  const file = configFiles?.for(uri);
  if (file && (await allowInConfigFile(file.uri, text, configFiles!, kind))) return;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const target = folder
    ? vscode.ConfigurationTarget.WorkspaceFolder
    : vscode.workspace.workspaceFolders?.length
      ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  const config = vscode.workspace.getConfiguration(SECTION, folder?.uri ?? uri);
  const inspected = config.inspect<unknown>(KEY);
  const current =
    target === vscode.ConfigurationTarget.WorkspaceFolder
      ? inspected?.workspaceFolderValue
      : target === vscode.ConfigurationTarget.Workspace
        ? inspected?.workspaceValue
        : inspected?.globalValue;
  const next = withAllowedText(current, text);
  if (!next) return;
  await config.update(KEY, next, target);
  const where = target === vscode.ConfigurationTarget.Global ? vscode.l10n.t('user settings') : vscode.l10n.t('workspace settings');
  void vscode.window.showInformationMessage(
    kind === 'ignore'
      ? vscode.l10n.t('“{0}” is no longer checked here (added to studyReport.residue.allow in the {1}).', shorten(text), where)
      : vscode.l10n.t('“{0}” is no longer flagged as residue (added to studyReport.residue.allow in the {1}).', shorten(text), where),
  );
}

/**
 * Edits the config file with a minimal JSON edit (other keys and the layout stay). An open, unsaved copy
 * is edited in the editor and left for the user to save; otherwise the file is written and re-read.
 * False when the file is not a JSON object we can add to (the settings are used instead).
 */
async function allowInConfigFile(uri: vscode.Uri, text: string, configFiles: ConfigFiles, kind: AllowKind): Promise<boolean> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  let before: string;
  try {
    before = open ? open.getText() : new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return false;
  }
  const after = addAllowedText(before, text);
  if (after === undefined) {
    // Already allowed there: nothing to write. Not a JSON object we can add to: the settings take it.
    return allowedTexts(before)?.includes(text) ?? false;
  }
  const name = vscode.workspace.asRelativePath(uri);
  if (open) {
    const wasDirty = open.isDirty;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(before.length)), after);
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    if (!wasDirty) await open.save();
    else {
      void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” was added to residue.allow in {1}; save that file to apply it.', shorten(text), name));
      return true;
    }
  } else {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(after));
  }
  await configFiles.load(uri);
  void vscode.window.showInformationMessage(
    kind === 'ignore'
      ? vscode.l10n.t('“{0}” is no longer checked here (added to residue.allow in {1}).', shorten(text), name)
      : vscode.l10n.t('“{0}” is no longer flagged as residue (added to residue.allow in {1}).', shorten(text), name),
  );
  return true;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
