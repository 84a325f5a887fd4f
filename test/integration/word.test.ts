// Word documents in a real VS Code: the explorer command opens a .docx as a report (with squiggles),
// the clean command writes the cleaned .docx in place (its Quick Pick skipped by the command argument).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openDocx } from '../../src/core';
import { downloadedReport, EXPECTED_CLEAN_BODY, AD } from '../unit/docx-fixtures';
import { activateExtension, resetEditors, ruleCode, waitForDiagnostics, writeWorkspaceFile } from './helpers';

describe('Word documents', () => {
  before(activateExtension);
  afterEach(resetEditors);

  it('"Open Word document as report" opens the body with its numbering as a report with diagnostics', async () => {
    const uri = await writeWorkspaceFile('scratch/word/open.docx', downloadedReport());
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('studyReport.openWordDocument', uri);
    assert.ok(document, 'a document was opened');
    assert.strictEqual(document.languageId, 'study-report');
    assert.strictEqual(document.uri.scheme, 'untitled');
    const text = document.getText();
    assert.ok(text.includes('\n一、深化理论武装，筑牢思想根基\n（一）坚持读原著学原文\n'), text);
    assert.ok(!text.includes(AD.hidden) && !text.includes(AD.header), 'hidden runs and the header are not in the body');
    const diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleCode(d) === 'paywall-marker'));
    const marker = diagnostics.find((d) => ruleCode(d) === 'paywall-marker')!;
    assert.strictEqual(document.getText(marker.range), AD.paywall);
    assert.ok(diagnostics.some((d) => ruleCode(d) === 'residue-site-ad'));
  });

  it('"Clean Word document" writes the cleaned .docx in place', async () => {
    const uri = await writeWorkspaceFile('scratch/word/clean.docx', downloadedReport());
    const result = await vscode.commands.executeCommand<{ removed: { kind: string }[]; written: boolean }>('studyReport.cleanWordDocument', uri, { accept: 'all' });
    assert.ok(result && result.written, 'written');
    const kinds = new Set(result.removed.map((r) => r.kind));
    for (const k of ['body', 'header', 'footer', 'watermark', 'textbox', 'hidden', 'property']) assert.ok(kinds.has(k), k);
    const cleaned = openDocx(await vscode.workspace.fs.readFile(uri));
    assert.strictEqual(cleaned.body.text, EXPECTED_CLEAN_BODY.join('\n'));
    assert.ok(!cleaned.stories.some((s) => s.text.includes('bigan-fanwen')), 'no ad left in any part');
    const again = await vscode.commands.executeCommand<{ written: boolean }>('studyReport.cleanWordDocument', uri, { accept: 'all' });
    assert.strictEqual(again?.written, false, 'nothing left to clean');
  });

  it('a file that is not a Word document gets a message and is left alone', async () => {
    const uri = await writeWorkspaceFile('scratch/word/fake.docx', '这不是 Word 文档');
    const result = await vscode.commands.executeCommand('studyReport.cleanWordDocument', uri, { accept: 'all' });
    assert.strictEqual(result, undefined);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), '这不是 Word 文档');
  });
});
