import * as vscode from 'vscode';
import { withAllowedText } from './allowlist-entries';
import { SECTION } from './config';

const KEY = 'residue.allow';

/**
 * 'This is not residue': adds the exact text to studyReport.residue.allow — in the settings of the
 * document's workspace folder when there is one (the team shares it), else in the user settings —
 * never into the document itself. The settings change re-analyses, so the squiggle goes at once.
 */
export async function allowResidue(uri: vscode.Uri, text: string): Promise<void> {
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
    vscode.l10n.t('“{0}” is no longer flagged as residue (added to studyReport.residue.allow in the {1}).', shorten(text), where),
  );
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
