// Proofreading in a real VS Code: a punctuation fix (safe, preferred) and a formulation fix (offered)
// applied through the light bulb, and 'Ignore here' writing the finding in context to the allowlist.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, applyCodeAction, codeActionsAt, openFixture, resetEditors, waitFor, waitForRule, waitForText, writeWorkspaceFile } from './helpers';

const REPORT = '学习党的二十大精神心得体会\n\n一、深化理论学习\n通过学习,我更加深刻地认识到，要为实现中华民族复兴而奋斗。\n';

async function openScratch(name: string, content: string): Promise<vscode.TextEditor> {
  const path = `scratch/proofreading-${name}.txt`;
  await writeWorkspaceFile(path, content);
  return openFixture(path);
}

describe('proofreading: diagnostics and quick fixes', () => {
  before(activateExtension);
  afterEach(resetEditors);

  it('applies the full-width fix for a half-width comma between Chinese characters', async () => {
    const editor = await openScratch('comma', REPORT);
    const { document } = editor;
    const [diagnostic] = await waitForRule(document.uri, 'punctuation-half-width');
    assert.strictEqual(document.getText(diagnostic.range), ',');
    const actions = await codeActionsAt(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix);
    const fix = actions.find((a) => a.title.includes('，'));
    assert.ok(fix, `no quick fix offered; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.strictEqual(fix.isPreferred, true, 'a safe fix is the preferred one');
    await applyCodeAction(fix);
    await waitForText(document, (t) => t.includes('通过学习，我更加深刻地认识到'));
    assert.strictEqual(document.lineAt(3).text, '通过学习，我更加深刻地认识到，要为实现中华民族复兴而奋斗。');
  });

  it('applies the offered fix for a truncated formulation, and leaves it out of fix-all', async () => {
    const editor = await openScratch('formulation', REPORT);
    const { document } = editor;
    const [diagnostic] = await waitForRule(document.uri, 'wording-formulation');
    assert.strictEqual(document.getText(diagnostic.range), '中华民族复兴');
    const fixAll = await codeActionsAt(document.uri, new vscode.Range(0, 0, document.lineCount, 0), vscode.CodeActionKind.SourceFixAll.append('studyReport'));
    for (const action of fixAll) {
      const edits = action.edit?.get(document.uri) ?? [];
      assert.ok(edits.every((e) => !e.newText.includes('伟大')), 'fix-all must not reword a formulation');
    }
    const actions = await codeActionsAt(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix);
    const fix = actions.find((a) => a.title.includes('中华民族伟大复兴'));
    assert.ok(fix, `no quick fix offered; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.notStrictEqual(fix.isPreferred, true, 'an offered fix is not preferred');
    await applyCodeAction(fix);
    await waitForText(document, (t) => t.includes('要为实现中华民族伟大复兴而奋斗。'));
    await waitFor('formulation squiggle gone', () => vscode.languages.getDiagnostics(document.uri).filter((d) => String((d.code as { value: unknown })?.value ?? d.code) === 'wording-formulation').length, (n) => n === 0);
  });

  it("'Ignore here' adds the finding with its context to studyReport.residue.allow and the squiggle goes", async () => {
    const editor = await openScratch('ignore', '我们要再接再励，继续前进。\n');
    const { document } = editor;
    try {
      const [diagnostic] = await waitForRule(document.uri, 'wording-confusion');
      const actions = await codeActionsAt(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix);
      const ignore = actions.find((a) => a.command?.arguments?.[2] === 'ignore');
      assert.ok(ignore, `no 'ignore here' action; got ${JSON.stringify(actions.map((a) => a.title))}`);
      await applyCodeAction(ignore);
      const written = await waitFor('allowlist written', () => {
        const inspected = vscode.workspace.getConfiguration('studyReport', document.uri).inspect<unknown>('residue.allow');
        return inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
      }, (v) => Array.isArray(v) && v.length > 0);
      assert.deepStrictEqual(written, ['我们要再接再励，继续前进。']);
      await waitFor('confusion squiggle gone', () => vscode.languages.getDiagnostics(document.uri).filter((d) => String((d.code as { value: unknown })?.value ?? d.code) === 'wording-confusion').length, (n) => n === 0);
    } finally {
      const folder = vscode.workspace.getWorkspaceFolder(document.uri);
      await vscode.workspace.getConfiguration('studyReport', folder?.uri).update('residue.allow', undefined, folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace);
    }
  });
});
