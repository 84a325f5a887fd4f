import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/engine';
import { breakLines, buildBlocks, cells, pageOfLine, paginate, previewCss, previewPagesHtml, resolveExportOptions } from '../../src/core/export';

const seed = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'residue', 'seed-report.expected.txt'), 'utf8');

describe('export: the page grid the preview draws', () => {
  const blocks = buildBlocks(analyze(seed), resolveExportOptions());
  const pages = paginate(blocks);

  it('22 lines a page, the title block first, page numbers on every page', () => {
    assert.deepStrictEqual(pages.map((p) => p.lines.length), [22, 22, 22, 22, 15]);
    const html = previewPagesHtml(pages, blocks);
    assert.strictEqual((html.match(/<section class="page"/g) ?? []).length, 5);
    for (let n = 1; n <= 5; n++) assert.ok(html.includes(`<div class="pageno ${n % 2 ? 'odd' : 'even'} r-pageNumber">— ${n} —</div>`), `page ${n}`);
    assert.ok(!/style="/.test(html), 'no inline styles (the webview CSP forbids them)');
  });

  it('28 cells a full body line, 26 after the indent, closing marks never first on a line', () => {
    for (const page of pages) {
      for (const line of page.lines) {
        const block = blocks[line.block];
        if (block.kind !== 'body' && block.kind !== 'heading') continue;
        const text = line.pieces.map((p) => p.text).join('');
        const width = cells(text) + (line.first ? 2 : 0);
        // Only a hanging mark (。，、；：？！) may stand past the 28th cell.
        assert.ok(width <= 28 || (width === 29 && /[、。，．；：？！]$/.test(text)), `${text}: ${width}`);
        // A full line gives up at most a character or two to the line-breaking rules.
        if (!line.last && !/[\x20-\x7e]/.test(text)) assert.ok(width >= 26, `${text}: ${width}`);
        assert.ok(!/^[，。、；：？！）》”]/.test(text), text);
      }
    }
  });

  it('numbers and Latin words are not split; a hanging 。 stays on its line', () => {
    // 25 characters and the first digit of 1000 would fit the indented first line; the number moves whole.
    const [para] = buildBlocks(analyze('标题\n\n' + '二'.repeat(25) + '1000名党员参加。\n'), resolveExportOptions()).filter((b) => b.kind === 'body');
    const lines = breakLines(para).map((l) => l.map((p) => p.text).join(''));
    assert.deepStrictEqual(lines, ['二'.repeat(25), '1000名党员参加。']);
    const hang = buildBlocks(analyze('标题\n\n' + '一'.repeat(26) + '。后面的文字。\n'), resolveExportOptions()).find((b) => b.kind === 'body')!;
    assert.strictEqual(breakLines(hang)[0].map((p) => p.text).join(''), '一'.repeat(26) + '。');
  });

  it('the page of a source line, for scrolling the preview to the cursor', () => {
    assert.strictEqual(pageOfLine(pages, blocks, 0), 1);
    const lastLine = seed.split('\n').findIndex((l) => l.startsWith('汇报完毕'));
    assert.strictEqual(pageOfLine(pages, blocks, lastLine), 5);
    const heading = seed.split('\n').findIndex((l) => l.startsWith('三、改进工作的措施'));
    const page = pages.find((p) => p.lines.some((l) => blocks[l.block].line === heading))!.number;
    assert.strictEqual(pageOfLine(pages, blocks, heading), page);
  });

  it('the style sheet uses the configured fonts first, then CJK fallbacks', () => {
    const css = previewCss(resolveExportOptions({ fonts: { body: '仿宋_GB2312' } }));
    assert.match(css, /\.r-body\{font-family:"仿宋_GB2312", "仿宋", "FangSong"/);
    assert.match(css, /\.r-heading1\{font-family:"黑体", "SimHei".*"Noto Sans CJK SC"/);
    assert.match(css, /\.r-heading2\{font-family:"楷体", "KaiTi"/);
    assert.match(css, /\.line\{height:28\.95pt;line-height:28\.95pt;font-size:16pt;letter-spacing:-0\.25pt/);
    assert.match(css, /\.page\{[^}]*width:210mm;height:297mm;padding:37mm 26mm 0 28mm/);
  });
});
