import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, parseConfig, type StudyReportConfig } from '../core';

export interface ConfigFile {
  uri: vscode.Uri;
  /** Undefined while the file is broken (it is then ignored, and the user is told once). */
  config?: StudyReportConfig;
}

/**
 * The `.study-report.json` files of the workspace, read through workspace.fs (so the web build reads
 * them too) and kept in step by a file watcher. A document gets the nearest one between its folder and
 * its workspace folder's root, as the CLI finds the nearest one upwards.
 */
export class ConfigFiles implements vscode.Disposable {
  private readonly files = new Map<string, ConfigFile>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly warned = new Set<string>();
  /** Fires when a config file appeared, changed or went away. */
  readonly onDidChange = this.changed.event;
  /** Resolves once the first scan is done. */
  readonly ready: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.load(uri)),
      watcher.onDidChange((uri) => void this.load(uri)),
      watcher.onDidDelete((uri) => {
        if (this.files.delete(uri.toString())) this.changed.fire();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan()),
    );
    this.ready = this.scan();
  }

  /** The config file that applies to `uri`, if any. */
  for(uri: vscode.Uri | undefined): ConfigFile | undefined {
    if (!uri || this.files.size === 0) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const root = folder.uri.path.replace(/\/$/, '');
    let dir = uri.path.slice(0, uri.path.lastIndexOf('/'));
    for (;;) {
      const found = this.files.get(uri.with({ path: `${dir}/${CONFIG_FILE_NAME}`, query: '', fragment: '' }).toString());
      if (found) return found;
      if (dir.length <= root.length || !dir.includes('/')) return undefined;
      dir = dir.slice(0, dir.lastIndexOf('/'));
    }
  }

  /** Reads one file again now (after the extension wrote it), without waiting for the watcher. */
  async load(uri: vscode.Uri): Promise<void> {
    let entry: ConfigFile;
    try {
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      const parsed = parseConfig(text);
      entry = parsed.ok ? { uri, config: parsed.config } : { uri };
      if (!parsed.ok) this.warn(uri, parsed.problems.map((p) => (p.path ? `${p.path}: ` : '') + p.message[vscode.env.language.startsWith('zh') ? 'zh' : 'en']).join(' '));
    } catch {
      if (this.files.delete(uri.toString())) this.changed.fire();
      return;
    }
    this.files.set(uri.toString(), entry);
    this.changed.fire();
  }

  private async scan(): Promise<void> {
    let found: vscode.Uri[] = [];
    try {
      found = await vscode.workspace.findFiles(`**/${CONFIG_FILE_NAME}`, '**/node_modules/**');
    } catch {
      // A file system without search (some virtual workspaces): the folder roots are still read.
    }
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const root = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
      if (!found.some((u) => u.toString() === root.toString())) found.push(root);
    }
    this.files.clear();
    await Promise.all(found.map((uri) => this.load(uri)));
    this.changed.fire();
  }

  private warn(uri: vscode.Uri, detail: string): void {
    const key = `${uri.toString()}\n${detail}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not valid and is ignored until it is fixed: {1}', vscode.workspace.asRelativePath(uri), detail));
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
