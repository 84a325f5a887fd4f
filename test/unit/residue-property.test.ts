import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, fix } from '../../src/core';

// Texts built from the clean paragraphs of the corpus, with residue put in at random places: fix must
// give back exactly the clean text. Fixed seed and bounded runs keep the test deterministic and quick.
const dir = path.join(__dirname, '..', 'fixtures', 'residue');
const PARAGRAPHS = [
  ...new Set(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.clean.txt'))
      .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/))
      .filter((line) => line.trim() !== ''),
  ),
].sort();

// Whole residue lines, written apart from the corpus (other sites, handles and layouts).
const RESIDUE_LINES = [
  '【知行素材网】每日更新机关材料，年费会员不限量下载',
  '更多优质范文请关注公众号：笔墨公文',
  '试读已结束，剩余70%内容请开通会员后查看',
  '本文由知行素材网整理，如有侵权请联系删除。',
  '第 2 页 共 7 页',
  '3/7',
  'https://www.zhixingsucai.com/article/7731.html',
  '专业代写：心得体会、对照检查、党课讲稿，加V：zx-wenmi',
  '客服QQ：8 6 5 ☆ 2 2 ① 9 0 7（工作日在线）',
  '免责声明：本站资料均来自网络，仅供学习交流，版权归原作者所有',
  '##paidend##',
  '请替换付费标签内内容',
  '————  笔墨公文网 | 党建材料 | 讲话稿  ————',
  '温馨提示：完整版Word文档请付费后下载，支持编辑',
  '扫码关注“公文驿站”，回复“党课”免费领取课件',
  '上一篇：党支部工作计划    下一篇：组织生活会发言',
];
// Residue glued to the end of a sentence.
const TAILS = ['（来源：知行素材网 www.zhixingsucai.com）', '更多精彩内容请访问 www.bimogw.cn', '本文由笔墨公文整理发布，转载请注明出处。', '##paidend##'];
const INLINE = ['##paidbegin##', '$$paidbegin$$', '##pagebreak##', '\u200b', '\u2060', '\u00ad'];

interface Doc {
  paragraphs: string[];
  gap: number;
  eol: string;
  finalNewline: boolean;
}

const docArb = fc.record({
  paragraphs: fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 2, maxLength: 9 }),
  gap: fc.constantFrom(0, 1),
  eol: fc.constantFrom('\n', '\r\n'),
  finalNewline: fc.boolean(),
});

function render(doc: Doc, lines: string[][]): string {
  // lines[k]: the lines of paragraph k (the paragraph, then residue lines put right after it).
  const blocks = lines.map((block) => block.join(doc.eol));
  const text = blocks.join(doc.eol.repeat(doc.gap + 1));
  return doc.finalNewline ? text + doc.eol : text;
}

const insertionArb = fc.array(
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('line', 'top', 'tail', 'inline'),
    pick: fc.nat(),
    offset: fc.nat(),
  }),
  { minLength: 1, maxLength: 6 },
);

const R = { only: ['residue' as const] };
const RUNS = { seed: 20240601, numRuns: 150 };

describe('residue properties', () => {
  it('fix removes residue put in at random places and gives back exactly the clean text', () => {
    fc.assert(
      fc.property(docArb, insertionArb, (doc, insertions) => {
        const cleanLines = doc.paragraphs.map((p) => [p]);
        const clean = render(doc, cleanLines);
        const dirtyLines = doc.paragraphs.map((p) => [p]);
        const top: string[] = [];
        const inlines: Array<{ k: number; at: number; text: string }> = [];
        for (const ins of insertions) {
          const k = ins.at % dirtyLines.length;
          if (ins.kind === 'line') dirtyLines[k].push(RESIDUE_LINES[ins.pick % RESIDUE_LINES.length]);
          else if (ins.kind === 'top') top.push(RESIDUE_LINES[ins.pick % RESIDUE_LINES.length]);
          else if (ins.kind === 'tail') {
            // Only after a finished sentence: that is where sites glue their notes.
            if (/[。！？]$/.test(dirtyLines[k][0])) dirtyLines[k][0] += TAILS[ins.pick % TAILS.length];
          } else inlines.push({ k, at: ins.offset % (doc.paragraphs[k].length + 1), text: INLINE[ins.pick % INLINE.length] });
        }
        // Inline residue goes at offsets of the clean paragraph, last offset first, so pieces never nest.
        inlines.sort((a, b) => b.at - a.at);
        for (const { k, at, text } of inlines) {
          const p = dirtyLines[k][0];
          dirtyLines[k][0] = p.slice(0, at) + text + p.slice(at);
        }
        if (top.length) dirtyLines[0].unshift(...top);
        const dirty = render(doc, dirtyLines);
        assert.strictEqual(fix(dirty, R), clean);
      }),
      RUNS,
    );
  });

  it('fix is idempotent and the identity on clean texts', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const clean = render(doc, doc.paragraphs.map((p) => [p]));
        assert.strictEqual(fix(clean, R), clean);
        assert.deepStrictEqual(analyze(clean, R).findings.filter((f) => f.category === 'residue').map((f) => f.text), []);
      }),
      RUNS,
    );
  });

  it('fix of a fixed text changes nothing more', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARAGRAPHS, ...RESIDUE_LINES, ...TAILS, ''), { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const once = fix(lines.join(eol), R);
        assert.strictEqual(fix(once, R), once);
      }),
      RUNS,
    );
  });
});
