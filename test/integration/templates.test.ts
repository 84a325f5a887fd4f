// Templates and writing aids in a real VS Code: every template through the insert command and through
// its snippet prefix (text and tab stops), next-ordinal completion, Enter continuing the numbering,
// and the 字数 the status bar shows.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ALL_TEMPLATES, renderSnippet, snippetBody, type Template } from '../../src/core';
import {
  activateExtension, isChineseUi, LANGUAGE_ID, openFixture, resetEditors, waitFor, waitForRule, waitForText, writeWorkspaceFile,
} from './helpers';

const SEED = 'seed/seed-report.txt';
const byId = (id: string) => ALL_TEMPLATES.find((t) => t.id === id)!;

let scratchCount = 0;
/**
 * A document under a name never used before in this run. Untitled documents reuse names: a new
 * Untitled-1 opened while the last one is still closing was seen to get the old one's text and a
 * cached analysis of it (version 1 again). A fresh file cannot be confused with another.
 */
async function openFresh(content: string, languageId: string = LANGUAGE_ID): Promise<vscode.TextEditor> {
  const name = `scratch/templates-${++scratchCount}-${Date.now()}.txt`;
  await writeWorkspaceFile(name, content);
  return openFixture(name, languageId);
}

/** Whole-line CJK 'words' from other documents and quick suggestions would pop up between steps. */
const QUIET_EDITOR: Array<[string, unknown]> = [['wordBasedSuggestions', 'off'], ['quickSuggestions', false], ['suggestOnTriggerCharacters', false]];
async function quietEditor(on: boolean): Promise<void> {
  const editor = vscode.workspace.getConfiguration('editor');
  for (const [key, value] of QUIET_EDITOR) await editor.update(key, on ? value : undefined, vscode.ConfigurationTarget.Global);
}

async function cleanUp(): Promise<void> {
  await vscode.commands.executeCommand('leaveSnippet');
  await vscode.commands.executeCommand('hideSuggestWidget');
  await resetEditors();
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completionsAt(document: vscode.TextDocument, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, trigger);
  return list?.items ?? [];
}

/** Walks the snippet's tab stops with Tab (jumpToNextSnippetPlaceholder) and checks each selection. */
async function assertTabStops(editor: vscode.TextEditor, template: Template, insertedAt: number): Promise<void> {
  const { stops } = renderSnippet(snippetBody(template));
  const ordered = stops.filter((s) => s.index > 0).sort((a, b) => a.index - b.index);
  for (const [i, stop] of ordered.entries()) {
    if (i > 0) await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    const selection = editor.selection;
    const doc = editor.document;
    const expected = [insertedAt + stop.offset, insertedAt + stop.offset + stop.length];
    assert.deepStrictEqual([doc.offsetAt(selection.start), doc.offsetAt(selection.end)], expected, `${template.id}: tab stop ${stop.index}`);
  }
  const final = stops.find((s) => s.index === 0)!;
  await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
  assert.strictEqual(editor.document.offsetAt(editor.selection.active), insertedAt + final.offset, `${template.id}: final cursor ($0)`);
}

describe('templates: insert command', () => {
  before(async () => {
    await activateExtension();
    await quietEditor(true);
  });
  after(() => quietEditor(false));
  afterEach(cleanUp);

  for (const template of ALL_TEMPLATES) {
    it(`inserts ${template.id} at the cursor with its tab stops`, async () => {
      const editor = await openFresh('前文\n\n');
      const at = new vscode.Position(1, 0);
      editor.selection = new vscode.Selection(at, at);
      assert.ok(await vscode.commands.executeCommand('studyReport.insertTemplate', template.id), 'the command reports the insertion');
      const expected = renderSnippet(snippetBody(template)).text;
      assert.strictEqual(editor.document.getText(), `前文\n${expected}\n`);
      await assertTabStops(editor, template, 3);
    });
  }

  it('offers every frame in a Quick Pick with a preview line, and inserts the one accepted', async () => {
    const editor = await openFresh('');
    const running = vscode.commands.executeCommand('studyReport.insertTemplate');
    // The Quick Pick opens focused on its first item (the three-part study frame); accept it as Enter would.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await waitFor('the template Quick Pick to accept an item', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return editor.document.getText();
    }, (text) => text.length > 0, 10000);
    assert.strictEqual(await running, true);
    assert.strictEqual(editor.document.getText(), renderSnippet(snippetBody(ALL_TEMPLATES[0])).text);
  });
});

describe('templates: snippet prefixes', () => {
  before(async () => {
    await activateExtension();
    await quietEditor(true);
  });
  after(() => quietEditor(false));
  afterEach(cleanUp);

  for (const template of ALL_TEMPLATES) {
    for (const prefix of template.prefixes) {
      it(`${prefix} completes to ${template.id}`, async () => {
        const editor = await openFresh(prefix);
        const end = editor.document.positionAt(prefix.length);
        const isOurs = (i: vscode.CompletionItem) => i.kind === vscode.CompletionItemKind.Snippet && labelOf(i) === prefix;
        // Snippet files load lazily on a busy host: ask again until the snippet is among the items.
        const items = await waitFor(`snippet "${prefix}" in the completion list`, () => completionsAt(editor.document, end), (list) => list.some(isOurs), 45000);
        const item = items.find(isOurs)!;
        assert.ok(item.insertText instanceof vscode.SnippetString, 'a snippet completion inserts a SnippetString');
        // Accepting the item: its snippet replaces the typed prefix.
        const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing ?? new vscode.Range(new vscode.Position(0, 0), end);
        assert.ok(await editor.insertSnippet(item.insertText, range));
        assert.strictEqual(editor.document.getText(), renderSnippet(snippetBody(template)).text);
        // The tab stops are the same snippet for every prefix; walking them once per template is enough.
        if (prefix === template.prefixes[0]) await assertTabStops(editor, template, 0);
      });
    }
  }

  it('accepting the suggestion in the editor UI inserts the frame (dzjc)', async () => {
    const editor = await openFresh('dzjc');
    editor.selection = new vscode.Selection(new vscode.Position(0, 4), new vscode.Position(0, 4));
    await waitFor('the suggest widget to accept dzjc', async () => {
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      await new Promise((resolve) => setTimeout(resolve, 400));
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      return editor.document.getText();
    }, (text) => text !== 'dzjc', 10000);
    assert.strictEqual(editor.document.getText(), renderSnippet(snippetBody(byId('inspection'))).text);
  });

  it('offers the frames in plaintext but keeps the one-heading snippets out', async () => {
    const editor = await openFresh('xxxd', 'plaintext');
    const frames = await completionsAt(editor.document, new vscode.Position(0, 4));
    assert.ok(frames.some((i) => i.kind === vscode.CompletionItemKind.Snippet && labelOf(i) === 'xxxd'));
    const headings = await openFresh('yjbt', 'plaintext');
    const none = await completionsAt(headings.document, new vscode.Position(0, 4));
    assert.ok(!none.some((i) => i.kind === vscode.CompletionItemKind.Snippet && labelOf(i) === 'yjbt'));
  });

  it('a frame left with its 20XX default is flagged as a placeholder', async () => {
    const editor = await openFresh('');
    await vscode.commands.executeCommand('studyReport.insertTemplate', 'duty-report');
    await vscode.commands.executeCommand('leaveSnippet');
    const found = await waitForRule(editor.document.uri, 'placeholder-mark');
    assert.ok(found.some((d) => editor.document.getText(d.range) === '20XX'));
  });
});

describe('next-ordinal completion', () => {
  before(activateExtension);
  afterEach(resetEditors);

  /** Our ordinal items at a position, best first (as VS Code sorts them). */
  async function ordinals(text: string, line: number, character: number, languageId?: string): Promise<string[]> {
    const editor = await openFresh(text, languageId);
    const items = await completionsAt(editor.document, new vscode.Position(line, character));
    return items
      .filter((i) => i.kind === vscode.CompletionItemKind.EnumMember)
      .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
      .map(labelOf);
  }

  it('after （二） and its text offers （三） first', async () => {
    const labels = await ordinals('一、收获体会\n（一）第一点。正文。\n（二）第二点。正文。\n', 3, 0);
    assert.strictEqual(labels[0], '（三）');
    assert.ok(labels.includes('二、') && labels.includes('1.'), labels.join(' '));
  });

  it('right after a heading offers its first child first', async () => {
    assert.strictEqual((await ordinals('一、收获体会\n', 1, 0))[0], '（一）');
    assert.strictEqual((await ordinals('一、甲\n（一）乙\n', 2, 0))[0], '1.');
  });

  it('after the seed\'s last （三） offers （四） and 四、', async () => {
    const editor = await openFixture(SEED);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('汇报完毕'));
    const items = await completionsAt(editor.document, new vscode.Position(line, 0));
    const labels = items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map(labelOf);
    assert.ok(labels.includes('（四）') && labels.includes('四、'), labels.join(' '));
  });

  it('after 二是… offers 三是', async () => {
    const text = '（一）在理论学习方面。一是学习不深。二是联系不够。';
    assert.deepStrictEqual(await ordinals(text, 0, text.length), ['三是']);
  });

  it('typing （ at the start of a line brings up the next heading (trigger character)', async () => {
    const editor = await openFresh('一、甲\n（一）乙。正文。\n（');
    const items = await completionsAt(editor.document, new vscode.Position(2, 1), '（');
    const ordinal = items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map(labelOf);
    assert.deepStrictEqual(ordinal, ['（二）']);
  });

  it('offers nothing in mid-sentence or in markdown', async () => {
    assert.deepStrictEqual(await ordinals('一、甲\n（一）乙。正文继续。\n', 1, 6), []);
    assert.deepStrictEqual(await ordinals('一、甲\n（一）乙。正文。\n', 2, 0, 'markdown'), []);
  });
});

describe('Enter continues the numbering (setting)', () => {
  before(activateExtension);
  afterEach(async () => {
    await vscode.workspace.getConfiguration('studyReport').update('completion.continueNumberingOnEnter', undefined, vscode.ConfigurationTarget.Global);
    await resetEditors();
  });

  it('is off by default', () => {
    assert.strictEqual(vscode.workspace.getConfiguration('studyReport').get('completion.continueNumberingOnEnter'), false);
  });

  it('at the end of （二）… starts the next line with （三）; on a bare marker it ends the numbering', async () => {
    await vscode.workspace.getConfiguration('studyReport').update('completion.continueNumberingOnEnter', true, vscode.ConfigurationTarget.Global);
    const editor = await openFresh('一、甲\n（一）乙。\n（二）丙。');
    const end = editor.document.lineAt(2).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('studyReport.continueNumbering');
    await waitForText(editor.document, (t) => t === '一、甲\n（一）乙。\n（二）丙。\n（三）');
    assert.deepStrictEqual([editor.selection.active.line, editor.selection.active.character], [3, 3]);
    await vscode.commands.executeCommand('studyReport.continueNumbering');
    await waitForText(editor.document, (t) => t === '一、甲\n（一）乙。\n（二）丙。\n');
  });

  it('elsewhere it is a plain Enter', async () => {
    const editor = await openFresh('正文一段。');
    const end = editor.document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('studyReport.continueNumbering');
    await waitForText(editor.document, (t) => t === '正文一段。\n');
  });
});

describe('字数', () => {
  before(activateExtension);
  afterEach(resetEditors);

  interface CountStatus { document: number; selection: number; declared?: number; text: string }

  it('the status bar figure of the seed is 2683, as its title declares', async () => {
    await openFixture(SEED);
    const status = await vscode.commands.executeCommand<CountStatus>('studyReport.showCount');
    assert.strictEqual(status.document, 2683);
    assert.strictEqual(status.declared, 2683);
    assert.strictEqual(status.text, isChineseUi() ? '字数 2683' : '2683 characters');
  });

  it('counts a selection, leaving residue out', async () => {
    const editor = await openFixture(SEED);
    const document = editor.document;
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('汇报完毕'));
    editor.selection = new vscode.Selection(new vscode.Position(line, 0), document.lineAt(document.lineCount - 1).range.end);
    const status = await vscode.commands.executeCommand<CountStatus>('studyReport.showCount');
    assert.strictEqual(status.selection, 15, 'only 汇报完毕，不妥之处请批评指正。 counts; the ads after it are residue');
    assert.strictEqual(status.text, isChineseUi() ? '字数 15/2683' : '15/2683 characters');
  });

  it('a wrong declared figure is flagged and its fix writes the real one', async () => {
    const editor = await openFixture(SEED);
    const document = editor.document;
    const figure = document.getText().indexOf('2683');
    await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(figure), document.positionAt(figure + 4)), '2600'));
    const [diagnostic] = await waitForRule(document.uri, 'count-declared');
    assert.strictEqual(document.getText(diagnostic.range), '2600');
    // The fix's title names the real figure (把标注字数改为2683 / Change the declared figure to 2683).
    const actions = await waitFor('the quick fix of count-declared', async () =>
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range)) ?? [],
    (list) => list.some((a) => !!a.edit && a.title.includes('2683')));
    const fix = actions.find((a) => !!a.edit && a.title.includes('2683'));
    assert.ok(fix?.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(document.lineAt(0).text.endsWith('（2683字）'), document.lineAt(0).text);
  });
});
