// Shared helpers for the integration suite, which runs INSIDE a real VS Code (code-server's Node
// extension host here and in CI, VS Code desktop via @vscode/test-electron elsewhere).
//
// HOW TO ADD TESTS
// - Put a file test/integration/<topic>.test.ts (subfolders are fine): every
//   test/integration/**/*.test.ts is compiled and run by mocha (bdd: describe/it), nothing to register.
// - `import * as vscode from 'vscode'` and these helpers; src/core may be imported too (each test
//   file is bundled on its own, so keep state out of module scope you share with other files).
// - The workspace folder is a fresh copy of test/fixtures/ for every run: open fixtures with
//   openFixture('seed/seed-report.txt'); write scratch files with writeWorkspaceFile(). Files you
//   create or edit there are thrown away after the run.
// - Leave the window clean: call `await resetEditors()` in afterEach if you edit documents.
// - Wait for results with waitFor/waitForDiagnostics (analysis is debounced); never sleep fixed times.
// - Run: `npm run test:integration` (English) or `npm run test:integration -- --locale zh-cn`;
//   one file or test: `npm run test:integration -- --grep 'outline'`. The whole pipeline: `npm test`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'study-report.study-report';
export const LANGUAGE_ID = 'study-report';
export const DIAGNOSTIC_SOURCE = 'study-report';

/** The display language the runner started VS Code with ('en' or 'zh-cn'), from run-config.json. */
export function requestedLocale(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const config = path.join(dir, 'run-config.json');
    if (fs.existsSync(config)) return JSON.parse(fs.readFileSync(config, 'utf8')).locale;
    if (path.dirname(dir) === dir) return 'en'; // run by a host that writes no config (test-electron)
  }
}

/** True when VS Code's display language is Chinese (messages then come in zh). */
export function isChineseUi(): boolean {
  return vscode.env.language.toLowerCase().startsWith('zh');
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded in this VS Code`);
  await extension.activate();
  return extension;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration runner opens a workspace folder (a copy of test/fixtures)');
  return folder.uri;
}

export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a file of the workspace (a copy of test/fixtures) in an editor with the given language. */
export async function openFixture(relativePath: string, languageId: string = LANGUAGE_ID): Promise<vscode.TextEditor> {
  let document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  if (languageId && document.languageId !== languageId) document = await vscode.languages.setTextDocumentLanguage(document, languageId);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Opens an untitled document with this content (nothing on disk). */
export async function openText(content: string, languageId: string = LANGUAGE_ID): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ content, language: languageId });
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Writes a file into the workspace folder (for tests that need a file with a given name). */
export async function writeWorkspaceFile(relativePath: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const uri = fixtureUri(relativePath);
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  await vscode.workspace.fs.writeFile(uri, bytes);
  return uri;
}

/** Polls `probe` until `accept` holds for its value; fails with `what` and the last value seen. */
export async function waitFor<T>(
  what: string,
  probe: () => T | Thenable<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${describe(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value, null, 1)?.slice(0, 2000) ?? String(value);
  } catch {
    return String(value);
  }
}

/** This extension's diagnostics for `uri` (other sources filtered out). */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function ruleCode(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** Waits until this extension's diagnostics for `uri` satisfy `accept`, then returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 15000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics of ${uri.toString(true)}`, () => ourDiagnostics(uri), accept, timeoutMs);
}

/** Waits for at least one diagnostic of rule `ruleId`; returns those. */
export async function waitForRule(uri: vscode.Uri, ruleId: string, timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  const all = await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleCode(d) === ruleId), timeoutMs);
  return all.filter((d) => ruleCode(d) === ruleId);
}

/** Code actions VS Code collects for `range` (all providers, as the light bulb would show them). */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', uri, range, kind?.value,
  );
  // A bare Command has a string `command`; a CodeAction's `command` is an object or absent.
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** Applies a code action the way the light bulb does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of "${action.title}" was rejected`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Document symbols (the Outline's data), waiting until a provider answers. */
export async function documentSymbols(uri: vscode.Uri, timeoutMs = 15000): Promise<vscode.DocumentSymbol[]> {
  return waitFor(
    `document symbols of ${uri.toString(true)}`,
    async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [],
    (symbols) => symbols.length > 0,
    timeoutMs,
  );
}

/** Waits until the document's text satisfies `accept` (e.g. after an edit or a command). */
export function waitForText(document: vscode.TextDocument, accept: (text: string) => boolean, timeoutMs = 15000): Promise<string> {
  return waitFor(`text of ${document.uri.toString(true)}`, () => document.getText(), accept, timeoutMs);
}

/** Reverts the documents tests edited (untitled ones and workspace files) and closes all editors. */
export async function resetEditors(): Promise<void> {
  const root = workspaceRoot().toString();
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    if (document.isUntitled) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } else if (document.uri.toString().startsWith(root)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
