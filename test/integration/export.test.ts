// The Word export and the page preview in a real VS Code: the command stops on residue, removes it on
// request and writes the .docx through vscode.workspace.fs; the preview draws the pages and redraws
// them after an edit.
import * as assert from 'assert';
import { strFromU8, unzipSync } from 'fflate';
import * as vscode from 'vscode';
import { activateExtension, openFixture, resetEditors, waitFor, waitForRule, writeWorkspaceFile } from './helpers';

interface PreviewState {
  pages: number;
  html: string;
  drawnPages: number;
  version: number;
  uri?: string;
}

const previewState = () => vscode.commands.executeCommand<PreviewState>('studyReport.test.pagePreviewState');

describe('Word export and page preview', () => {
  before(activateExtension);
  afterEach(resetEditors);

  it('stops on residue errors when cancelled, and writes nothing', async () => {
    const source = await writeWorkspaceFile('scratch/export/cancel.txt', new TextEncoder().encode(await seedText()));
    const result = await vscode.commands.executeCommand<{ written?: vscode.Uri; residueLeft?: number }>('studyReport.exportWord', source, { residue: 'cancel' });
    assert.strictEqual(result?.written, undefined);
    assert.strictEqual(result?.residueLeft, 6);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(source, '..', 'cancel.docx'))));
  });

  it('"Remove and export" removes the residue from the document and writes the GB/T 9704 .docx beside it', async () => {
    // Without the Refactor Preview here (studyReport.review.deletions "always" would show it first).
    const review = vscode.workspace.getConfiguration('studyReport');
    await review.update('review.deletions', 'never', vscode.ConfigurationTarget.Global);
    try {
      await removeAndExport();
    } finally {
      await review.update('review.deletions', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  async function removeAndExport(): Promise<void> {
    const source = await writeWorkspaceFile('scratch/export/seed.txt', new TextEncoder().encode(await seedText()));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source));
    await waitForRule(editor.document.uri, 'paywall-marker');
    const result = await vscode.commands.executeCommand<{ written?: vscode.Uri; pages?: number; residueLeft?: number }>('studyReport.exportWord', source, { residue: 'remove' });
    assert.ok(result?.written, 'written');
    assert.strictEqual(result.written.path, vscode.Uri.joinPath(source, '..', 'seed.docx').path);
    assert.strictEqual(result.residueLeft, 0);
    assert.strictEqual(result.pages, 5);
    assert.ok(!editor.document.getText().includes('##paidbegin##'), 'the residue left the document');
    assert.ok(editor.document.isDirty, 'the document is left unsaved for the user to see');
    const parts = unzipSync(await vscode.workspace.fs.readFile(result.written));
    const documentXml = strFromU8(parts['word/document.xml']);
    assert.match(documentXml, /<w:pStyle w:val="Title"\/>(?:(?!<\/w:p>).)*<w:t xml:space="preserve">2023年主题教育专题一交流研讨材料<\/w:t>/);
    assert.match(documentXml, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    assert.ok(!documentXml.includes('##paid') && !documentXml.includes('素材库'));
    assert.match(strFromU8(parts['word/settings.xml']), /<w:evenAndOddHeaders\/>/);
  }

  it('the page preview draws the pages and redraws them after an edit', async () => {
    const editor = await openFixture('residue/seed-report.expected.txt');
    await vscode.commands.executeCommand('studyReport.showPagePreview');
    const first = await waitFor('the preview to draw the seed', previewState, (s) => s.drawnPages > 0 && s.drawnPages === s.pages, 30000);
    assert.strictEqual(first.pages, 5);
    assert.match(first.html, /<div class="line k-title first last"[^>]*><span class="r-title">2023年主题教育专题一交流研讨材料<\/span>/, 'the title line');
    assert.ok(first.html.includes('— 5 —'), 'page numbers');
    // Two more long paragraphs at the end: a sixth page.
    const paragraph = '新增段落用来检验预览会随着输入更新页面，内容写得足够长，让文字占满好几行，从而把后面的页面向后推移。'.repeat(6);
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), `\n${paragraph}\n${paragraph}\n${paragraph}`));
    const after = await waitFor('the preview to redraw after the edit', previewState, (s) => s.version === editor.document.version && s.drawnPages === s.pages, 30000);
    assert.ok(after.pages > first.pages, `${after.pages} pages after the edit`);
    assert.ok(after.html.includes('新增段落用来检验预览'), 'the new text is drawn');
  });
});

async function seedText(): Promise<string> {
  const root = vscode.workspace.workspaceFolders![0].uri;
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, 'seed', 'seed-report.txt')));
}
