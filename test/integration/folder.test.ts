// A folder of materials in the real VS Code: the workspace check task, .study-report.json in the
// editor, and bulk removals through the Refactor Preview (driven with playwright through the runner).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { analyze, applyEdits, openDocx, type TextEdit } from '../../src/core';
import { activateExtension, fixtureUri, openFixture, resetEditors, ruleCode, waitFor, waitForDiagnostics, writeWorkspaceFile } from './helpers';
import { hasUiBridge, ui } from './ui';

const REPORT = [
  '学习心得',
  '一、收获体会',
  '（一）理论学习。一是##paidbegin##对新理论学习不够深入。',
  '（二）联系群众。经常深入基层，听取群众意见。##paidend##',
  '本文由党建云素材整理，版权所有，盗用必究',
  '',
].join('\n');

/** The safe residue removals, one per finding, as the bulk commands apply them (document order). */
function residueEdits(text: string): TextEdit[][] {
  return analyze(text).findings
    .filter((f) => f.category === 'residue' && f.fix?.safe)
    .sort((a, b) => a.start - b.start)
    .map((f) => f.fix!.edits);
}

const PANEL = '.bulk-edit-panel';
const EDIT_ROWS = `${PANEL} .monaco-tl-contents.textedit`;
const FILE_BOXES = `${PANEL} .monaco-tl-contents:not(.textedit):not(.category) .edit-checkbox`;
const APPLY = `${PANEL} .content .buttons .monaco-button`;

async function setReview(mode: 'always' | 'aboveN' | 'never' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('studyReport').update('review.deletions', mode, vscode.ConfigurationTarget.Workspace);
}

describe('folder: the workspace check task', function () {
  this.timeout(120_000);
  before(activateExtension);

  it('puts the problems of files never opened into the Problems view', async () => {
    const unopened = await writeWorkspaceFile('任务检查/从未打开/心得.txt', REPORT);
    const tasks = await vscode.tasks.fetchTasks({ type: 'study-report' });
    const task = tasks.find((t) => t.definition.command === 'check');
    assert.ok(task, `no study-report check task; got ${JSON.stringify(tasks.map((t) => t.name))}`);
    assert.deepStrictEqual(task.problemMatchers, ['$study-report']);
    const ended = new Promise<void>((resolve) => {
      const listener = vscode.tasks.onDidEndTask((e) => {
        if (e.execution.task.definition.type === 'study-report') {
          listener.dispose();
          resolve();
        }
      });
    });
    await vscode.tasks.executeTask(task);
    await ended;
    const problems = await waitFor('the task problems of a file never opened', () => vscode.languages.getDiagnostics(unopened),
      (ds) => ds.some((d) => ruleCode(d) === 'paywall-marker') && ds.some((d) => ruleCode(d) === 'residue-source-note'), 30_000);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the file was opened');
    const marker = problems.find((d) => ruleCode(d) === 'paywall-marker')!;
    assert.strictEqual(marker.range.start.line, 2);
    assert.strictEqual(marker.range.start.character, REPORT.split('\n')[2].indexOf('##paidbegin##'));
    assert.strictEqual(marker.severity, vscode.DiagnosticSeverity.Error);
    // Another file of the fixtures, also never opened: the task covers the whole workspace.
    const fixture = fixtureUri('residue/xinde-jiaoshi.dirty.txt');
    assert.ok(vscode.languages.getDiagnostics(fixture).some((d) => ruleCode(d) === 'paywall-marker'));
  });
});

describe('folder: .study-report.json in the editor', function () {
  this.timeout(60_000);
  before(activateExtension);
  afterEach(resetEditors);

  it('applies the nearest config file, below workspace settings, and the "not residue" fix writes into it', async () => {
    const config = await writeWorkspaceFile('配置文件夹/.study-report.json', '{\n  "rules": { "paywall-marker": "off" },\n  "count": { "mode": "cjk-punct" }\n}\n');
    await writeWorkspaceFile('配置文件夹/子/报告.txt', REPORT);
    const editor = await openFixture('配置文件夹/子/报告.txt');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleCode(d) === 'residue-source-note') && !ds.some((d) => ruleCode(d) === 'paywall-marker'), 20_000);

    // A workspace setting is more specific than the file: it wins.
    const settings = vscode.workspace.getConfiguration('studyReport');
    await settings.update('rules', { 'paywall-marker': 'warning' }, vscode.ConfigurationTarget.Workspace);
    try {
      const shown = await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleCode(d) === 'paywall-marker'), 20_000);
      assert.ok(shown.filter((d) => ruleCode(d) === 'paywall-marker').every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }

    const sourceLine = REPORT.split('\n')[4];
    await vscode.commands.executeCommand('studyReport.allowResidue', uri, sourceLine);
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(config)));
    assert.deepStrictEqual(written, { rules: { 'paywall-marker': 'off' }, count: { mode: 'cjk-punct' }, residue: { allow: [sourceLine] } });
    assert.strictEqual(vscode.workspace.getConfiguration('studyReport', uri).inspect('residue.allow')?.workspaceFolderValue, undefined, 'written into the settings as well');
    await waitForDiagnostics(uri, (ds) => !ds.some((d) => ruleCode(d) === 'residue-source-note'), 20_000);
  });
});

describe('folder: every deletion reviewed in the Refactor Preview', function () {
  this.timeout(120_000);
  before(async function () {
    if (!hasUiBridge()) this.skip(); // the check boxes are reached through the offline runner's playwright
    await activateExtension();
  });
  afterEach(async () => {
    await setReview(undefined);
    await resetEditors();
  });

  it('"Remove all residue" lists every deletion; unticking one keeps that line', async () => {
    const uri = await writeWorkspaceFile('审阅/单个文档.txt', REPORT);
    const editor = await openFixture('审阅/单个文档.txt');
    await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleCode(d) === 'paywall-marker'), 20_000);
    await setReview('always');
    const edits = residueEdits(REPORT);
    assert.strictEqual(edits.length, 3, 'the report has three removable residue items');

    const running = vscode.commands.executeCommand<number>('studyReport.removeAllResidue');
    const [, rows] = await ui([{ action: 'wait', selector: EDIT_ROWS, timeout: 30_000 }, { action: 'texts', selector: EDIT_ROWS }]) as [boolean, string[]];
    assert.strictEqual(rows.length, edits.length, `rows in the preview: ${JSON.stringify(rows)}`);
    const keep = rows.findIndex((r) => r.includes('盗用必究'));
    assert.ok(keep >= 0, `the source line is not listed: ${JSON.stringify(rows)}`);
    // Entries that need confirmation start unticked (VS Code's rule): tick the file, then untick one.
    const [checkedBefore] = await ui([{ action: 'checked', selector: `${EDIT_ROWS} .edit-checkbox` }]) as [boolean[]];
    assert.deepStrictEqual(checkedBefore, [false, false, false]);
    await ui([
      { action: 'click', selector: FILE_BOXES, index: 0 },
      { action: 'click', selector: `${EDIT_ROWS} .edit-checkbox`, index: keep },
      { action: 'screenshot', file: path.join(screenshotDir(), 'refactor-preview-unticked.png') },
      { action: 'click', selector: APPLY, index: 0 },
    ]);
    await running;
    const expected = applyEdits(REPORT, edits.slice(0, 2).flat());
    await waitFor('the document with two removals applied', () => editor.document.getText(), (t) => t === expected, 15_000);
    assert.ok(editor.document.getText().includes('本文由党建云素材整理，版权所有，盗用必究'), 'the unticked line was removed');
  });

  it('"Remove residue in this folder" lists the deletions of files never opened; applying cleans and saves them', async () => {
    const first = await writeWorkspaceFile('审阅文件夹/一组/心得.txt', REPORT);
    const second = await writeWorkspaceFile('审阅文件夹/二组/三级/发言.md', REPORT.replace('学习心得', '研讨发言'));
    const word = await writeWorkspaceFile('审阅文件夹/二组/述职报告.docx', fs.readFileSync(fixtureUri('folder/述职报告.docx').fsPath));
    await writeWorkspaceFile('审阅文件夹/.隐藏/草稿.txt', REPORT);
    await writeWorkspaceFile('审阅文件夹/node_modules/x/readme.md', REPORT);
    await setReview('always');
    const total = residueEdits(REPORT).length * 2;

    const running = vscode.commands.executeCommand('studyReport.removeResidueInFolder', fixtureUri('审阅文件夹'));
    await ui([{ action: 'wait', selector: EDIT_ROWS, timeout: 60_000 }]);
    // Grouped by file: every file's entries are listed once expanded.
    const [rows] = await waitFor('every deletion listed', () => ui([{ action: 'texts', selector: EDIT_ROWS }]) as Promise<[string[]]>, ([r]) => r.length >= total, 20_000);
    assert.strictEqual(rows.length, total, JSON.stringify(rows));
    const [files] = await ui([{ action: 'texts', selector: FILE_BOXES }]) as [string[]];
    assert.strictEqual(files.length, 2, 'two files in the preview');
    await ui([
      { action: 'click', selector: FILE_BOXES, index: 0 },
      { action: 'click', selector: FILE_BOXES, index: 1 },
      { action: 'screenshot', file: path.join(screenshotDir(), 'refactor-preview-folder.png') },
    ]);
    // "Group by type" groups the entries under their rule's label.
    await vscode.commands.executeCommand('refactorPreview.groupByType');
    const [groups] = await waitFor('rule groups', () => ui([{ action: 'texts', selector: `${PANEL} .monaco-tl-contents.category` }]) as Promise<[string[]]>, ([g]) => g.length >= 2, 15_000);
    assert.ok(groups.some((g) => g.includes('(paywall-marker)')) && groups.some((g) => g.includes('(residue-source-note)')), JSON.stringify(groups));
    await ui([
      { action: 'screenshot', file: path.join(screenshotDir(), 'refactor-preview-by-rule.png') },
      { action: 'click', selector: APPLY, index: 0 },
      // Then the Word document: its removals in the Word work's list, all ticked; Enter accepts.
      { action: 'wait', selector: '.quick-input-widget .quick-input-list .monaco-list-row', timeout: 30_000 },
      { action: 'texts', selector: '.quick-input-widget .quick-input-list .monaco-list-row' },
      { action: 'press', key: 'Enter' },
    ]);
    await running;
    const wordBody = openDocx(fs.readFileSync(word.fsPath)).body.text;
    assert.ok(!wordBody.includes('##paid') && wordBody.includes('一是坚持每月组织一次集中学习'), `the .docx was not cleaned: ${wordBody}`);
    for (const uri of [first, second]) {
      const onDisk = fs.readFileSync(uri.fsPath, 'utf8');
      assert.ok(!/##paid|盗用必究/.test(onDisk), `${uri.fsPath} was not cleaned and saved: ${onDisk}`);
      assert.ok(onDisk.includes('一是对新理论学习不够深入。'), 'real text was lost');
    }
    assert.ok(fs.readFileSync(fixtureUri('审阅文件夹/.隐藏/草稿.txt').fsPath, 'utf8').includes('##paidbegin##'), 'a hidden folder was cleaned');
    assert.ok(fs.readFileSync(fixtureUri('审阅文件夹/node_modules/x/readme.md').fsPath, 'utf8').includes('##paidbegin##'), 'node_modules was cleaned');
  });

  it('with review "never" the folder command applies at once', async () => {
    const file = await writeWorkspaceFile('直接清除/材料.txt', REPORT);
    const word = await writeWorkspaceFile('直接清除/子/述职报告.docx', fs.readFileSync(fixtureUri('folder/述职报告.docx').fsPath));
    await setReview('never');
    await vscode.commands.executeCommand('studyReport.removeResidueInFolder', fixtureUri('直接清除'));
    const expected = applyEdits(REPORT, residueEdits(REPORT).flat());
    assert.strictEqual(fs.readFileSync(file.fsPath, 'utf8'), expected);
    const wordBody = openDocx(fs.readFileSync(word.fsPath)).body.text;
    assert.ok(!wordBody.includes('##paid') && wordBody.includes('一是坚持每月组织一次集中学习'), `the .docx was not cleaned: ${wordBody}`);
  });
});

function screenshotDir(): string {
  const dir = process.env.STUDY_REPORT_SCREENSHOTS ?? path.join(os.tmpdir(), 'study-report-screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
