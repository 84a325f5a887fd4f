// The UI language: run once with VS Code in English and once in zh-cn (runner --locale zh-cn). Checks
// a contributed command title, an engine diagnostic message and a runtime (vscode.l10n) string.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import { activateExtension, codeActionsAt, isChineseUi, openText, requestedLocale, resetEditors, waitForRule } from './helpers';

/** A localized manifest string: VS Code keeps the English original next to the translation. */
type Localized = string | { value: string; original: string };

interface Contributed {
  contributes: { commands: { command: string; title: Localized; category: Localized }[] };
}

describe('l10n: the display language', () => {
  let extension: vscode.Extension<unknown>;
  before(async () => {
    extension = await activateExtension();
  });
  afterEach(resetEditors);

  it('is the one the runner asked for', () => {
    assert.strictEqual(vscode.env.language.toLowerCase(), requestedLocale().toLowerCase());
  });

  it('command titles and their category come from the matching package.nls file', () => {
    const commands = (extension.packageJSON as Contributed).contributes.commands;
    const removeAll = commands.find((c) => c.command === 'studyReport.removeAllResidue');
    assert.ok(removeAll);
    if (isChineseUi()) {
      // The palette shows the translation and matches the English original too.
      assert.deepStrictEqual(removeAll.title, { value: '清除全部广告与付费残留', original: 'Remove All Residue (Ads and Paywall Text)' });
      assert.deepStrictEqual(removeAll.category, { value: '研讨材料', original: 'Study Report' });
    } else {
      assert.strictEqual(removeAll.title, 'Remove All Residue (Ads and Paywall Text)');
      assert.strictEqual(removeAll.category, 'Study Report');
    }
  });

  it('the command is registered', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('studyReport.removeAllResidue'));
  });

  it('diagnostic messages and quick fix titles are in the display language', async () => {
    const editor = await openText('一是##paidbegin##对新理论学习更加深入。\n');
    const [diagnostic] = await waitForRule(editor.document.uri, 'paywall-marker');
    const actions = await codeActionsAt(editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix);
    const titles = actions.map((a) => a.title);
    // The engine carries both texts; the adapter must pick the display language's one.
    const finding = analyze(editor.document.getText()).findings.find((f) => f.ruleId === 'paywall-marker');
    assert.ok(finding);
    assert.notStrictEqual(finding.message.zh, finding.message.en);
    if (isChineseUi()) {
      assert.strictEqual(diagnostic.message, finding.message.zh);
      assert.match(diagnostic.message, /[\u4e00-\u9fff]/);
      assert.ok(titles.includes('这不是残留：加入允许列表'), JSON.stringify(titles));
    } else {
      assert.strictEqual(diagnostic.message, finding.message.en);
      assert.doesNotMatch(diagnostic.message, /[\u4e00-\u9fff]/);
      assert.ok(titles.includes('This is not residue: add it to the allowlist'), JSON.stringify(titles));
    }
  });
});
