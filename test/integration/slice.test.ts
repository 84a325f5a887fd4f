// The first slice end to end in a real VS Code: the seed report's paywall markers show as
// diagnostics, the quick fix cuts a marker out and keeps the sentence, the Outline lists 一、 sections.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension, applyCodeAction, codeActionsAt, documentSymbols, isChineseUi, openFixture, requestedLocale, resetEditors,
  ruleCode, waitForDiagnostics, waitForRule, waitForText,
} from './helpers';

const SEED = 'seed/seed-report.txt';

describe('first slice: seed report', () => {
  before(activateExtension);
  afterEach(resetEditors);

  it('runs in the display language the runner asked for', () => {
    // The runner starts VS Code with --locale zh-cn for the Chinese pass; a silent fallback to
    // English would make that pass test nothing.
    assert.strictEqual(vscode.env.language, requestedLocale());
  });

  it('marks both paywall markers as errors, in the display language', async () => {
    const editor = await openFixture(SEED);
    const diagnostics = await waitForRule(editor.document.uri, 'paywall-marker');
    const marked = diagnostics.map((d) => editor.document.getText(d.range)).sort();
    assert.deepStrictEqual(marked, ['##paidbegin##', '##paidend##']);
    assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    // Wording belongs to the rule's owner; here: it names the marker and speaks the UI's language.
    const chinese = /[\u4e00-\u9fff]/;
    for (const d of diagnostics) {
      assert.ok(d.message.includes(editor.document.getText(d.range)), `message "${d.message}" does not name the marker`);
      assert.strictEqual(chinese.test(d.message), isChineseUi(), `message "${d.message}" is not in ${vscode.env.language}`);
    }
  });

  it('quick fix cuts the marker out of the sentence and keeps the words around it', async () => {
    const editor = await openFixture(SEED);
    const document = editor.document;
    const diagnostics = await waitForRule(document.uri, 'paywall-marker');
    const inline = diagnostics.find((d) => document.getText(d.range) === '##paidbegin##');
    assert.ok(inline, 'the ##paidbegin## marker inside line 9 is reported');
    const lineBefore = document.lineAt(inline.range.start.line).text;
    const lengthBefore = document.getText().length;

    const actions = await codeActionsAt(document.uri, inline.range, vscode.CodeActionKind.QuickFix);
    // Cutting one marker is the safe fix, so it is the preferred (light bulb default) action.
    const preferred = actions.filter((a) => a.isPreferred);
    assert.strictEqual(preferred.length, 1, `expected one preferred quick fix; got ${JSON.stringify(actions.map((a) => [a.title, a.isPreferred]))}`);
    const fix = preferred[0];
    await applyCodeAction(fix);

    const text = await waitForText(document, (t) => !t.includes('##paidbegin##'));
    const line = document.lineAt(inline.range.start.line).text;
    assert.ok(line.includes('一是对新理论'), `the sentence was not rejoined: ${line.slice(0, 80)}`);
    assert.strictEqual(line, lineBefore.replace('##paidbegin##', ''), 'only the marker went');
    assert.strictEqual(text.length, lengthBefore - '##paidbegin##'.length);
    // Re-analysis is debounced: wait for the fresh result, which has only the other marker left.
    const left = await waitForDiagnostics(document.uri, (ds) => ds.filter((d) => ruleCode(d) === 'paywall-marker').length === 1);
    assert.deepStrictEqual(left.filter((d) => ruleCode(d) === 'paywall-marker').map((d) => document.getText(d.range)), ['##paidend##']);
  });

  it('lists the three 一、 sections in the Outline', async () => {
    const editor = await openFixture(SEED);
    const symbols = await documentSymbols(editor.document.uri);
    assert.deepStrictEqual(
      symbols.map((s) => s.name),
      ['一、收获体会', '二、存在的突出问题', '三、改进工作的措施'],
    );
    const problems = symbols[1];
    assert.strictEqual(editor.document.lineAt(problems.selectionRange.start.line).text, '二、存在的突出问题');
  });
});
