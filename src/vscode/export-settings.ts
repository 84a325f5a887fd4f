import * as vscode from 'vscode';
import { configReader, FONT_ROLES, layered, resolveExportOptions, type ExportOptions, type SettingReader } from '../core';
import type { ConfigFiles } from './config-files';
import { SECTION } from './config';

/**
 * The export options for a document, layered like every other setting (see config.ts): defaults < user
 * settings < the nearest .study-report.json ("export") < workspace settings < folder settings.
 */
export function exportOptionsFor(uri: vscode.Uri, configFiles?: ConfigFiles): ExportOptions {
  const config = vscode.workspace.getConfiguration(SECTION, uri);
  const file = configFiles?.for(uri)?.config;
  const layer = (pick: 'defaultValue' | 'globalValue' | 'workspaceValue' | 'workspaceFolderValue'): SettingReader => (key) => config.inspect(key)?.[pick];
  const read = layered([layer('defaultValue'), layer('globalValue'), file && configReader(file), layer('workspaceValue'), layer('workspaceFolderValue')]);
  const fonts: Record<string, unknown> = {};
  for (const role of FONT_ROLES) fonts[role] = read(`export.fonts.${role}`);
  return resolveExportOptions({ fonts, level3Bold: read('export.level3Bold'), dropDeclaredCount: read('export.dropDeclaredCount') });
}
