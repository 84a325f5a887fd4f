import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, FONT_ROLES, parseConfig, resolveExportOptions, type ExportOptions } from '../core';
import { SECTION } from './config';

/**
 * The export options for a document: the studyReport.export.* settings, with the "export" section of
 * the folder's .study-report.json on top (the file is what a team shares). Read through
 * vscode.workspace.fs, so it works on virtual file systems and in the web build.
 */
export async function exportOptionsFor(uri: vscode.Uri): Promise<ExportOptions> {
  const config = vscode.workspace.getConfiguration(SECTION, uri);
  const fonts: Record<string, unknown> = {};
  for (const role of FONT_ROLES) fonts[role] = config.get(`export.fonts.${role}`);
  const fromSettings = { fonts, level3Bold: config.get('export.level3Bold'), dropDeclaredCount: config.get('export.dropDeclaredCount') };
  const fromFile = await configFileExport(uri);
  return resolveExportOptions(merge(fromSettings, fromFile));
}

async function configFileExport(uri: vscode.Uri): Promise<Record<string, unknown> | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME)));
  } catch {
    return undefined; // no config file: settings only
  }
  const parsed = parseConfig(text);
  return parsed.ok && parsed.config.export ? (parsed.config.export as Record<string, unknown>) : undefined;
}

function merge(lower: Record<string, unknown>, upper: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!upper) return lower;
  const fonts = { ...(lower.fonts as object), ...((upper.fonts as object | undefined) ?? {}) };
  return { ...lower, ...upper, fonts };
}
