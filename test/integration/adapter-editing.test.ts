// Editor behaviour in a real VS Code: focus mode hides squiggles on the lines being typed until a
// pause, documents above studyReport.maxFileSizeKB wait for 'Check this document now'.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openFixture, resetEditors, ruleCode, waitFor, waitForDiagnostics, waitForRule, writeWorkspaceFile } from './helpers';

const MARKED = '关于加强理论学习的研讨发言\n\n一是##paidbegin##对新理论学习更加深入。\n二是联系实际更加紧密。\n##pagebreak##\n';

async function withSetting<T>(key: string, value: unknown, run: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('studyReport');
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    return await run();
  } finally {
    await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
}

describe('adapter: editing behaviour', () => {
  before(activateExtension);
  afterEach(resetEditors);

  it('focus mode hides the squiggle on the line being typed, then shows it after the pause', () =>
    withSetting('focusMode', true, async () => {
      await writeWorkspaceFile('scratch/focus.txt', MARKED);
      const editor = await openFixture('scratch/focus.txt');
      const uri = editor.document.uri;
      await waitForDiagnostics(uri, (ds) => ds.filter((d) => ruleCode(d) === 'paywall-marker').length === 2);
      // Type on line 2 (the one with ##paidbegin##), keeping the cursor there.
      const end = editor.document.lineAt(2).range.end;
      await editor.edit((b) => b.insert(end, '加强'));
      editor.selection = new vscode.Selection(end, end);
      const hidden = await waitForDiagnostics(uri, (ds) => {
        const markers = ds.filter((d) => ruleCode(d) === 'paywall-marker');
        return markers.length === 1 && markers[0].range.start.line === 4;
      });
      assert.strictEqual(hidden.filter((d) => d.range.start.line === 2).length, 0);
      // No further typing: after the pause the squiggle comes back on its own.
      await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleCode(d) === 'paywall-marker' && d.range.start.line === 2), 8000);
    }));

  it('a document above the size limit is not checked on open, and is on "Check this document now"', () =>
    withSetting('maxFileSizeKB', 1, async () => {
      const big = MARKED + '本段为正文内容，用于使文件超过一千字节的限制。'.repeat(40) + '\n';
      await writeWorkspaceFile('scratch/big.txt', big);
      await writeWorkspaceFile('scratch/small.txt', MARKED);
      const bigEditor = await openFixture('scratch/big.txt');
      const small = await openFixture('scratch/small.txt');
      // Opened after the big one: once it has squiggles, the big one was looked at too.
      await waitForRule(small.document.uri, 'paywall-marker');
      assert.deepStrictEqual(vscode.languages.getDiagnostics(bigEditor.document.uri).filter((d) => d.source === 'study-report'), []);
      await vscode.window.showTextDocument(bigEditor.document);
      await vscode.commands.executeCommand('studyReport.analyzeNow');
      await waitFor('squiggles in the big document', () => vscode.languages.getDiagnostics(bigEditor.document.uri).filter((d) => ruleCode(d) === 'paywall-marker').length, (n) => n === 2);
    }));
});
