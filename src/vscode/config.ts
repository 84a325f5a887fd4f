import * as vscode from 'vscode';
import { mapSettings, type AdapterSettings } from './config-map';

export const SECTION = 'studyReport';

/**
 * Settings per workspace folder, memoised until the next configuration change. `generation` goes up
 * on every change that can alter results, so cached analyses made with older options are not reused.
 */
export class SettingsStore implements vscode.Disposable {
  private current = 0;
  private readonly memo = new Map<string, AdapterSettings>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires after settings changed (the generation is already bumped). */
  readonly onDidChange = this.changed.event;

  constructor() {
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
    const key = folder ? folder.uri.toString() : '';
    let settings = this.memo.get(key);
    if (!settings) {
      settings = read(folder?.uri ?? uri);
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

function read(scope: vscode.Uri | undefined): AdapterSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return mapSettings((key) => {
    // An untrusted workspace must not run its own patterns (a pattern can be made to hang);
    // the user's own global patterns still apply.
    if (key === 'residue.extraPatterns' && !vscode.workspace.isTrusted) return config.inspect(key)?.globalValue;
    return config.get(key);
  });
}
