import * as vscode from 'vscode';
import { analyze, TextModel, type Finding } from '../core';
import type { SettingsStore } from './config';
import { localize } from './locale';
import { taskLine } from './task-line';

export const TASK_TYPE = 'study-report';
/** Contributed in package.json (problemMatchers); reads the lines this task writes. */
export const PROBLEM_MATCHER = '$study-report';
const INCLUDE = '**/*.{txt,md,TXT,MD}';
const EXCLUDE = '{**/node_modules/**,**/.*/**,**/.*}';

interface CheckTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  command: 'check';
}

/**
 * "study-report: check" per workspace folder: the engine over every report of the folder, files never
 * opened included, through a pseudoterminal (CustomExecution), so it needs no shell and no CLI and runs
 * in the web build too. Each finding is one line `path:line:column  severity  message  rule-id`, which
 * the $study-report problem matcher turns into the Problems view's entries.
 */
export function registerWorkspaceTask(context: vscode.ExtensionContext, settings: SettingsStore): void {
  context.subscriptions.push(
    vscode.tasks.registerTaskProvider(TASK_TYPE, {
      provideTasks: () => (vscode.workspace.workspaceFolders ?? []).map((folder) => checkTask(folder, settings)),
      resolveTask: (task) => {
        const definition = task.definition as CheckTaskDefinition;
        const folder = typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
        if (definition.command !== 'check' || !folder) return undefined;
        return checkTask(folder, settings, definition);
      },
    }),
  );
}

function checkTask(folder: vscode.WorkspaceFolder, settings: SettingsStore, definition: CheckTaskDefinition = { type: TASK_TYPE, command: 'check' }): vscode.Task {
  const task = new vscode.Task(
    definition,
    folder,
    vscode.l10n.t('check'),
    TASK_TYPE,
    new vscode.CustomExecution(async () => new CheckTerminal(folder, settings)),
    PROBLEM_MATCHER,
  );
  task.group = vscode.TaskGroup.Test;
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
  return task;
}

class CheckTerminal implements vscode.Pseudoterminal {
  private readonly written = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.written.event;
  readonly onDidClose = this.closed.event;
  private stopped = false;

  constructor(
    private readonly folder: vscode.WorkspaceFolder,
    private readonly settings: SettingsStore,
  ) {}

  open(): void {
    void this.run().then(
      (code) => this.closed.fire(code),
      (error) => {
        this.line(vscode.l10n.t('The check stopped: {0}', error instanceof Error ? error.message : String(error)));
        this.closed.fire(2);
      },
    );
  }

  close(): void {
    this.stopped = true;
  }

  private line(text: string): void {
    this.written.fire(text.replace(/\r?\n/g, '\r\n') + '\r\n');
  }

  private async run(): Promise<number> {
    const uris = (await vscode.workspace.findFiles(new vscode.RelativePattern(this.folder, INCLUDE), EXCLUDE))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    let problems = 0;
    let dirty = 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const uri of uris) {
      if (this.stopped) return 0;
      const relative = vscode.workspace.asRelativePath(uri, false);
      let text: string;
      try {
        text = decoder.decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        this.line(vscode.l10n.t('{0}: skipped (not UTF-8 text)', relative));
        continue;
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const findings = analyze(text, this.settings.for(uri).engine).findings;
      if (findings.length) dirty++;
      problems += findings.length;
      const model = new TextModel(text);
      for (const finding of findings) this.line(formatFinding(relative, model, finding));
      // Let the extension host breathe between files.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.line(vscode.l10n.t('Checked {0} files: {1} problems in {2} files.', uris.length, problems, dirty));
    // Findings are the task's result (in the Problems view), not its failure: VS Code reports a
    // pseudoterminal's non-zero exit as "failed to launch".
    return 0;
  }
}

function formatFinding(relative: string, model: TextModel, finding: Finding): string {
  const at = model.positionAt(finding.start);
  return taskLine(relative, at.line + 1, at.character + 1, finding.severity, localize(finding.message), finding.ruleId);
}
