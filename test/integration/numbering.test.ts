// Section numbering in a real VS Code: the Outline and folding ranges of the seed, numbering
// diagnostics with their quick fixes, the renumber/promote/demote commands (one undo step each), and
// the grammar being the tokenizer VS Code uses for the language.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import {
  activateExtension, applyCodeAction, codeActionsAt, documentSymbols, openFixture, resetEditors, ruleCode,
  waitFor, waitForDiagnostics, waitForText, writeWorkspaceFile,
} from './helpers';

const SEED = 'seed/seed-report.txt';
const MISTAKES = 'numbering/mistakes.txt';
const NUMBERING_RULES = new Set(['numbering-punctuation', 'numbering-parentheses', 'numbering-digit-width', 'numbering-sequence', 'numbering-level-order', 'numbering-mixed-style']);

const numberingDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => NUMBERING_RULES.has(ruleCode(d)));

/** A scratch report file of its own per test: untitled editors get reused names between tests. */
async function openScratch(name: string, content: string): Promise<vscode.TextEditor> {
  const path = `scratch/numbering-${name}.txt`;
  await writeWorkspaceFile(path, content);
  const editor = await openFixture(path);
  await documentSymbols(editor.document.uri);
  return editor;
}

async function runCommandAt(editor: vscode.TextEditor, line: number, command: string): Promise<void> {
  editor.selection = new vscode.Selection(line, 0, line, 0);
  await vscode.commands.executeCommand(command);
}

describe('numbering: outline, folding, diagnostics, commands', () => {
  before(activateExtension);
  afterEach(resetEditors);

  it('shows the seed Outline as three parts, each with （一）–（三）', async () => {
    const editor = await openFixture(SEED);
    const symbols = await documentSymbols(editor.document.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['一、收获体会', '二、存在的突出问题', '三、改进工作的措施']);
    for (const part of symbols) assert.deepStrictEqual(part.children.map((c) => c.name.slice(0, 3)), ['（一）', '（二）', '（三）']);
    assert.strictEqual(symbols[2].children[0].name, '（一）加强理论学习，坚定理想信念');
    // Each child's range lies inside its parent's, so breadcrumbs and sticky scroll nest correctly.
    for (const part of symbols) for (const child of part.children) assert.ok(part.range.contains(child.range), child.name);
  });

  it('gives a folding range per section of the seed', async () => {
    const editor = await openFixture(SEED);
    const ranges = await waitFor('folding ranges',
      async () => (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri)) ?? [],
      (r) => r.length > 0);
    const got = new Set(ranges.map((r) => `${r.start}-${r.end}`));
    // 一、 spans its heading and its three （一）–（三） paragraphs; the one-line （一） paragraphs do not fold.
    assert.ok(got.has('3-6'), `no fold for 一、收获体会: ${[...got].join(' ')}`);
    assert.ok(got.has('7-10'), `no fold for 二、存在的突出问题: ${[...got].join(' ')}`);
    const expected = analyze(editor.document.getText()).sections.filter((s) => s.lastLine > s.line).map((s) => `${s.line}-${s.lastLine}`);
    for (const range of expected) assert.ok(got.has(range), `missing ${range}`);
  });

  it('reports no numbering problem on the seed', async () => {
    const editor = await openFixture(SEED);
    // The residue findings arriving shows the analysis ran; numbering must have added nothing.
    await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => ruleCode(d) === 'paywall-marker'));
    assert.deepStrictEqual(numberingDiagnostics(editor.document.uri).map((d) => ruleCode(d)), []);
  });

  it('reports one diagnostic per numbering mistake, on the marker, and none on correct lines', async () => {
    const editor = await openFixture(MISTAKES);
    const document = editor.document;
    const diagnostics = await waitFor('numbering diagnostics', () => numberingDiagnostics(document.uri), (ds) => ds.length >= 12);
    const got = diagnostics
      .map((d) => `${d.range.start.line}:${ruleCode(d)}:${document.getText(d.range)}`)
      .sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
    assert.deepStrictEqual(got, [
      '3:numbering-punctuation:一.', '4:numbering-punctuation:（一）、', '5:numbering-parentheses:(二)', '6:numbering-sequence:（四）',
      '8:numbering-punctuation:1、', '9:numbering-digit-width:２．', '9:numbering-punctuation:２．', '11:numbering-sequence:3.',
      '13:numbering-parentheses:⑵', '15:numbering-level-order:（1）', '16:numbering-punctuation:四，', '20:numbering-mixed-style:3.',
    ]);
  });

  it('fixes a wrong punctuation mark with the preferred quick fix', async () => {
    const editor = await openFixture(MISTAKES);
    const document = editor.document;
    const diagnostics = await waitFor('numbering diagnostics', () => numberingDiagnostics(document.uri), (ds) => ds.length > 0);
    const target = diagnostics.find((d) => document.getText(d.range) === '四，');
    assert.ok(target, 'the 四， heading is reported');
    const actions = await codeActionsAt(document.uri, target.range, vscode.CodeActionKind.QuickFix);
    const fix = actions.find((a) => a.title.includes('四、'));
    assert.ok(fix, `no quick fix offered; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.strictEqual(fix.isPreferred, true);
    await applyCodeAction(fix);
    await waitForText(document, (t) => t.includes('四、强化制度执行'));
    assert.strictEqual(document.lineAt(target.range.start.line).text, '四、强化制度执行');
  });

  it('renumbers the whole document as one undo step', async () => {
    const original = '一、甲\n（一）子\n（三）子\n三、乙\n（二）子\n';
    const editor = await openScratch('renumber-all', original);
    await runCommandAt(editor, 0, 'studyReport.renumberDocument');
    await waitForText(editor.document, (t) => t === '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n');
    await vscode.commands.executeCommand('undo');
    await waitForText(editor.document, (t) => t === original);
  });

  it('renumbers the siblings after the cursor only', async () => {
    const editor = await openScratch('renumber-after', '一、甲\n（一）子\n（二）新插入\n（二）原来的二\n（三）原来的三\n');
    await runCommandAt(editor, 3, 'studyReport.renumberSiblings');
    await waitForText(editor.document, (t) => t === '一、甲\n（一）子\n（二）新插入\n（三）原来的二\n（四）原来的三\n');
  });

  it('demotes and promotes a heading with its subsections, numbering following, each one undo step', async () => {
    const original = '一、甲\n（一）子\n二、乙\n（一）乙的子\n三、丙\n';
    const editor = await openScratch('levels', original);
    await runCommandAt(editor, 2, 'studyReport.demoteHeading');
    const demoted = '一、甲\n（一）子\n（二）乙\n1.乙的子\n二、丙\n';
    await waitForText(editor.document, (t) => t === demoted);
    await runCommandAt(editor, 2, 'studyReport.promoteHeading');
    await waitForText(editor.document, (t) => t === original);
    await vscode.commands.executeCommand('undo');
    await waitForText(editor.document, (t) => t === demoted);
  });

  it('tokenizes the seed with this extension\'s TextMate grammar', async function () {
    const editor = await openFixture(SEED);
    const commands = await vscode.commands.getCommands(false);
    if (commands.includes('_workbench.captureSyntaxTokens')) {
      type Token = { c: string; t: string };
      const tokens = await vscode.commands.executeCommand<Token[]>('_workbench.captureSyntaxTokens', editor.document.uri);
      const scopesOf = (text: string) => tokens.filter((t) => t.c === text).map((t) => t.t);
      assert.ok(scopesOf('一、').some((s) => s.includes('punctuation.definition.heading.1.study-report')), JSON.stringify(scopesOf('一、')));
      assert.ok(scopesOf('##paidbegin##').some((s) => s.includes('invalid.illegal.residue.paywall.study-report')));
      assert.ok(scopesOf('比如').some((s) => s.includes('markup.italic.example.study-report')));
      return;
    }
    // VS Code 1.139 (code-server) no longer has the capture command; it still has the TextMate
    // colorizer command, which throws when no TextMate tokenizer exists for the document's language.
    // The scope names themselves are checked by the grammar tests and by scripts/grammar-screenshots.mjs
    // through the workbench's own token inspector.
    assert.ok(commands.includes('_workbench.colorizeTextMateTokens'), 'no TextMate command to check the grammar with');
    const result = await vscode.commands.executeCommand<{ tokenizeTime: number }>('_workbench.colorizeTextMateTokens', editor.document.uri);
    assert.strictEqual(typeof result.tokenizeTime, 'number');
    const grammars = (vscode.extensions.getExtension('study-report.study-report')!.packageJSON.contributes.grammars as Array<{ language: string; scopeName: string }>);
    assert.ok(grammars.some((g) => g.language === 'study-report' && g.scopeName === 'text.study-report'));
  });
});
