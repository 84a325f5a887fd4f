import * as vscode from 'vscode';
import { configReader, layered, type SettingReader } from '../core';
import type { ConfigFiles } from './config-files';
import { mapSettings, type AdapterSettings } from './config-map';

export const SECTION = 'studyReport';

/**
 * Settings per workspace folder and config file, memoised until the next change of either.
 * `generation` goes up on every change that can alter results, so cached analyses made with older
 * options are not reused.
 *
 * Precedence, lowest first: defaults < user settings < .study-report.json < workspace settings <
 * folder settings. The config file is what the folder's materials carry (the CLI reads it too), so it
 * overrides the user's personal defaults; a setting made for this workspace is the most specific choice
 * and wins. Lists (residue.allow, extraPatterns) are joined over all layers; `rules` is merged per rule.
 */
export class SettingsStore implements vscode.Disposable {
  private current = 0;
  private readonly memo = new Map<string, AdapterSettings>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires after settings changed (the generation is already bumped). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly configFiles?: ConfigFiles) {
    if (configFiles) this.disposables.push(configFiles.onDidChange(() => this.bump()));
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) this.bump();
      }),
      // Trust unlocks the workspace's own extra patterns.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.bump()),
    );
  }

  get generation(): number {
    return this.current;
  }

  for(uri: vscode.Uri | undefined): AdapterSettings {
    const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    const file = this.configFiles?.for(uri);
    const key = `${folder ? folder.uri.toString() : ''}|${file?.uri.toString() ?? ''}`;
    let settings = this.memo.get(key);
    if (!settings) {
      settings = read(folder?.uri ?? uri, file?.config && configReader(file.config));
      this.memo.set(key, settings);
    }
    return settings;
  }

  bump(): void {
    this.current++;
    this.memo.clear();
    this.changed.fire();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function read(scope: vscode.Uri | undefined, fromFile: SettingReader | undefined): AdapterSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  // An untrusted workspace must not run its own patterns (a pattern can be made to hang): neither its
  // settings' nor its config file's. The user's own global patterns still apply.
  const trusted = vscode.workspace.isTrusted;
  const layer = (pick: 'defaultValue' | 'globalValue' | 'workspaceValue' | 'workspaceFolderValue'): SettingReader => (key) =>
    !trusted && key === 'residue.extraPatterns' && (pick === 'workspaceValue' || pick === 'workspaceFolderValue') ? undefined : config.inspect(key)?.[pick];
  const file: SettingReader | undefined = fromFile && ((key) => (!trusted && key === 'residue.extraPatterns' ? undefined : fromFile(key)));
  return mapSettings(layered([layer('defaultValue'), layer('globalValue'), file, layer('workspaceValue'), layer('workspaceFolderValue')]));
}
