// The VS Code adapter in a real VS Code: diagnostics with rule links, quick fixes (one, all of a rule,
// all residue in one undo step), 'this is not residue' writing the allowlist setting, the fix-all source
// action and fix on save, the toggle, switching a rule off, and report detection of .txt files.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension, applyCodeAction, codeActionsAt, fixtureUri, openFixture, resetEditors, ruleCode,
  waitFor, waitForDiagnostics, waitForRule, waitForText, workspaceRoot, writeWorkspaceFile,
} from './helpers';

const SEED = 'seed/seed-report.txt';
const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('studyReport');
/** Two paywall markers in otherwise clean prose, so counts are known whatever other rules exist. */
const MARKED = '关于加强理论学习的研讨发言\n\n一、主要收获\n一是##paidbegin##对新理论学习更加深入，思想认识进一步提高。\n二是联系实际更加紧密。##pagebreak##\n';
const UNMARKED = MARKED.replace('##paidbegin##', '').replace('##pagebreak##', '');

/**
 * Writes and opens a scratch report. Its text reads like a report, so detection switches it to
 * study-report; waiting for that (instead of forcing the language too) leaves one switch, not two
 * racing ones that would hand the test a closed document.
 */
async function scratch(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = await writeWorkspaceFile(`scratch/${name}`, text);
  await vscode.workspace.openTextDocument(uri);
  const document = await waitFor('detection of the scratch report',
    () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed),
    (d) => d?.languageId === 'study-report');
  return vscode.window.showTextDocument(document!, { preview: false });
}

const markers = (document: vscode.TextDocument) =>
  waitForDiagnostics(document.uri, (ds) => ds.filter((d) => ruleCode(d) === 'paywall-marker').length === 2);

async function undoUntil(document: vscode.TextDocument, text: string): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('undo');
  await waitForText(document, (t) => t === text);
}

describe('adapter: diagnostics and quick fixes', () => {
  before(activateExtension);
  afterEach(resetEditors);

  it('squiggles exactly the marker, with source, rule id and a link to the rules reference', async () => {
    const editor = await openFixture(SEED);
    const [inline] = (await waitForRule(editor.document.uri, 'paywall-marker')).filter((d) => editor.document.getText(d.range) === '##paidbegin##');
    assert.ok(inline, 'the marker glued inside the sentence is reported on its own span');
    assert.strictEqual(inline.source, 'study-report');
    const code = inline.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.value, 'paywall-marker');
    assert.ok(code.target instanceof vscode.Uri, 'code.target is a Uri');
    assert.strictEqual(code.target.scheme, 'https');
    assert.strictEqual(code.target.fragment, 'paywall-marker');
    assert.ok(!inline.message.includes('一是对新理论'), 'no fix text carried in the message');
  });

  it('"fix all of this rule" removes both markers in one edit, and one undo brings both back', async () => {
    const editor = await scratch('rule.txt', MARKED);
    const document = editor.document;
    const [first] = await markers(document);
    const actions = await codeActionsAt(document.uri, first.range, vscode.CodeActionKind.QuickFix);
    const all = actions.find((a) => a.title.includes('paywall-marker') && a.title.includes('2'));
    assert.ok(all, `no fix-all-of-rule action; got ${JSON.stringify(actions.map((a) => a.title))}`);
    await applyCodeAction(all);
    await waitForText(document, (t) => t === UNMARKED);
    assert.ok(document.isDirty, 'the fix is left unsaved for the user to review');
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleCode(d) === 'paywall-marker'));
    await undoUntil(document, MARKED);
  });

  it('"remove all residue" in the seed is one undo step and keeps the sentence around the marker', async () => {
    const editor = await openFixture(SEED);
    const document = editor.document;
    const before = document.getText();
    const [inline] = (await waitForRule(document.uri, 'paywall-marker')).filter((d) => document.getText(d.range) === '##paidbegin##');
    const actions = await codeActionsAt(document.uri, inline.range, vscode.CodeActionKind.QuickFix);
    const titles = actions.map((a) => a.title);
    const removeAll = actions.find((a) => /Remove all residue|清除本文档全部残留/.test(a.title));
    assert.ok(removeAll, `no remove-all-residue action; got ${JSON.stringify(titles)}`);
    await applyCodeAction(removeAll);
    const after = await waitForText(document, (t) => !t.includes('##paid'));
    assert.ok(after.includes('一是对新理论'), 'the sentence that held the marker is intact');
    assert.ok(after.includes('汇报完毕，不妥之处请批评指正。'), 'the closing line is intact');
    assert.ok(after.length < before.length);
    await undoUntil(document, before);
  });

  it("'this is not residue' writes an array of strings to the folder settings and the squiggle goes", async () => {
    const editor = await scratch('allow.txt', MARKED);
    const document = editor.document;
    const [first] = await markers(document);
    const flagged = document.getText(first.range);
    const actions = await codeActionsAt(document.uri, first.range, vscode.CodeActionKind.QuickFix);
    const allow = actions.find((a) => a.command?.command === 'studyReport.allowResidue');
    assert.ok(allow, `no 'not residue' action; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.strictEqual(allow.edit, undefined, 'the action never edits the document');
    try {
      await applyCodeAction(allow);
      await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => document.getText(d.range) === flagged));
      assert.strictEqual(document.getText(), MARKED, 'the document is untouched');
      const settingsUri = vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'settings.json');
      const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(settingsUri)));
      const value = written['studyReport.residue.allow'];
      assert.ok(Array.isArray(value) && value.every((v: unknown) => typeof v === 'string'), `shape: ${JSON.stringify(written)}`);
      assert.deepStrictEqual(value, [flagged]);
      // The other marker is still reported: only the exact text was allowed.
      assert.strictEqual((await waitForRule(document.uri, 'paywall-marker')).length, 1);
    } finally {
      await vscode.workspace.getConfiguration('studyReport', document.uri).update('residue.allow', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });

  it('offers source.fixAll.studyReport with every safe fix, and it is not on by default on save', async () => {
    const editor = await scratch('fixall.txt', MARKED);
    const document = editor.document;
    await markers(document);
    const full = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await codeActionsAt(document.uri, full, FIX_ALL);
    const fixAll = actions.find((a) => a.kind?.value === FIX_ALL.value);
    assert.ok(fixAll, `no ${FIX_ALL.value} action; got ${JSON.stringify(actions.map((a) => a.kind?.value))}`);
    const onSave = vscode.workspace.getConfiguration('editor', { languageId: 'study-report', uri: document.uri }).get<Record<string, unknown>>('codeActionsOnSave') ?? {};
    assert.ok(!('source.fixAll.studyReport' in onSave) && !('source.fixAll' in onSave), `on by default: ${JSON.stringify(onSave)}`);
    await applyCodeAction(fixAll);
    await waitForText(document, (t) => t === UNMARKED);
  });

  it('fixes on save once the user opts in with editor.codeActionsOnSave', async () => {
    // The web workbench defaults to files.autoSave "afterDelay": one second after the edit it saves with
    // reason "auto", for which VS Code runs no code action (not even "always"), and the explicit save
    // then finds nothing to save. Auto save is off here, as in VS Code desktop, so the save below is the one.
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    // Opted in the way the docs advise: for reports only, saves the user makes.
    const forReports = vscode.workspace.getConfiguration('editor', { languageId: 'study-report' });
    await forReports.update('codeActionsOnSave', { 'source.fixAll.studyReport': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const editor = await scratch('save.txt', MARKED);
      const document = editor.document;
      // The save participant reads the workbench's copy of the settings; the extension host's copy is
      // updated from it, so once this one shows both values the save will see them too.
      await waitFor('auto save off and codeActionsOnSave on for study-report', () => ({
        autoSave: vscode.workspace.getConfiguration('files', document.uri).get<string>('autoSave'),
        onSave: vscode.workspace.getConfiguration('editor', { languageId: 'study-report', uri: document.uri }).get<Record<string, string>>('codeActionsOnSave'),
      }), (v) => v.autoSave === 'off' && v.onSave?.['source.fixAll.studyReport'] === 'explicit');
      await markers(document);
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '　')), 'typed into the report');
      assert.ok(document.isDirty, 'the edit is not saved yet');
      // An explicit save of the file (reason "explicit", as Ctrl+S); it resolves after the save participants ran.
      assert.ok(await document.save(), 'the report was saved');
      assert.strictEqual(document.getText(), `　${UNMARKED}`);
      const read = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
      assert.strictEqual(await read(), `　${UNMARKED}`, 'the fixed text is what was written to disk');
    } finally {
      await forReports.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('the toggle command clears every squiggle at once and brings them back', async () => {
    const editor = await scratch('toggle.txt', MARKED);
    await markers(editor.document);
    await vscode.commands.executeCommand('studyReport.toggle');
    try {
      assert.deepStrictEqual(vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'study-report'), [], 'cleared synchronously');
    } finally {
      await vscode.commands.executeCommand('studyReport.toggle');
    }
    await markers(editor.document);
  });

  it('switching a rule off in studyReport.rules removes its squiggles without an edit', async () => {
    const editor = await scratch('rule-off.txt', MARKED);
    await markers(editor.document);
    const config = vscode.workspace.getConfiguration('studyReport', editor.document.uri);
    await config.update('rules', { 'paywall-marker': false }, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((d) => ruleCode(d) === 'paywall-marker'), 5000);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await markers(editor.document);
  });

  it('the Remove all residue command removes the residue and returns how many items (review off)', async () => {
    const editor = await scratch('command.txt', MARKED);
    await markers(editor.document);
    const review = vscode.workspace.getConfiguration('studyReport');
    await review.update('review.deletions', 'never', vscode.ConfigurationTarget.Workspace);
    try {
      const removed = await vscode.commands.executeCommand<number>('studyReport.removeAllResidue');
      assert.strictEqual(removed, 2);
    } finally {
      await review.update('review.deletions', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForText(editor.document, (t) => t === UNMARKED);
  });
});

describe('adapter: getting started', () => {
  before(activateExtension);
  afterEach(resetEditors);

  it('"Open the sample report" opens an untitled study-report copy of a bundled sample', async () => {
    const extension = await activateExtension();
    await vscode.commands.executeCommand('studyReport.openSample');
    const editor = await waitFor('the sample editor', () => vscode.window.activeTextEditor, (e) => !!e && e.document.isUntitled);
    assert.strictEqual(editor!.document.languageId, 'study-report');
    const samples = vscode.Uri.joinPath(extension.extensionUri, 'samples');
    const texts = await Promise.all((await vscode.workspace.fs.readDirectory(samples))
      .filter(([name]) => name.endsWith('.txt'))
      .map(async ([name]) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(samples, name)))));
    assert.ok(texts.includes(editor!.document.getText()), 'the text is one of samples/*.txt');
  });
});

describe('adapter: report detection', () => {
  before(activateExtension);
  afterEach(resetEditors);

  const languageOf = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;

  it("a .txt named like the seed's title opens as study-report; notes.txt stays plaintext", async () => {
    const seed = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(SEED)));
    const notes = await writeWorkspaceFile('notes.txt', '周六上午买菜\n给张老师回电话\nremember the printer toner\n');
    const report = await writeWorkspaceFile('2023年主题教育专题一交流研讨材料（2683字）.txt', seed);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(report));
    await waitFor('the report to switch to study-report', () => languageOf(report), (id) => id === 'study-report');
    // Documents are detected in the order they open: the report is done, so notes.txt was looked at too.
    assert.strictEqual(languageOf(notes), 'plaintext');
    await waitForRule(report, 'paywall-marker');
  });

  it('"Open as plain text" switches a detected report back, and it stays plain text when reopened', async () => {
    const uri = await writeWorkspaceFile('个人对照检查材料.txt', MARKED);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('detection', () => languageOf(uri), (id) => id === 'study-report');
    await vscode.commands.executeCommand('studyReport.openAsPlainText');
    await waitFor('plain text', () => languageOf(uri), (id) => id === 'plaintext');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const other = await writeWorkspaceFile('学习心得.txt', MARKED);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other));
    await waitFor('detection of a later file', () => languageOf(other), (id) => id === 'study-report');
    assert.strictEqual(languageOf(uri), 'plaintext');
  });
});
