import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, fix } from '../../src/core';

// Position independence on the corpus itself: every residue line that a pair of test/fixtures/residue or
// test/fixtures/residue-web removes whole is moved to every paragraph boundary of that pair's clean text
// (with the text's own line ends and blank-line spacing). The line must still be flagged, fix should give
// the clean text back, and no real character may go. Boundaries inside a Markdown table are not paragraph
// boundaries and are left out.
const FIXTURES = path.join(__dirname, '..', 'fixtures');
const R = { only: ['residue' as const] };
// Ratchets: what the engine achieves on main when this was written; raise them as it improves.
const FLAGGED_AT_LEAST = 0.929;
const REMOVED_AT_LEAST = 0.834;
const LEFT_AT_MOST = 0.112;

interface Pair {
  name: string;
  dirty: string;
  clean: string;
}

function loadPairs(dir: string): Pair[] {
  const full = path.join(FIXTURES, dir);
  return fs
    .readdirSync(full)
    .filter((f) => f.includes('.dirty.'))
    .sort()
    .map((f) => ({
      name: `${dir}/${f}`,
      dirty: fs.readFileSync(path.join(full, f), 'utf8'),
      clean: fs.readFileSync(path.join(full, f.replace('.dirty.', '.clean.')), 'utf8'),
    }));
}

const isBlank = (line: string) => /^[ \t\u3000\uFEFF]*$/.test(line);
const isTableRow = (line: string) => /^\s*\|/.test(line);
const squeeze = (text: string) => text.replace(/\s+/g, '');

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** Lines of `dirty` that `clean` drops whole (a line shortened by an inline cut is not one of them). */
function removedLines(dirty: string, clean: string): string[] {
  const d = dirty.replace(/^\uFEFF/, '').split(/\r?\n/);
  const c = clean.replace(/^\uFEFF/, '').split(/\r?\n/);
  const lcs = Array.from({ length: d.length + 1 }, () => new Array<number>(c.length + 1).fill(0));
  for (let i = d.length - 1; i >= 0; i--) {
    for (let j = c.length - 1; j >= 0; j--) lcs[i][j] = d[i] === c[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const unmatchedDirty: string[] = [];
  const unmatchedClean: string[] = [];
  let i = 0;
  let j = 0;
  while (i < d.length || j < c.length) {
    if (i < d.length && j < c.length && d[i] === c[j]) {
      i++;
      j++;
    } else if (j < c.length && (i === d.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      unmatchedClean.push(c[j++]);
    } else {
      unmatchedDirty.push(d[i++]);
    }
  }
  return [...new Set(unmatchedDirty.filter((l) => !isBlank(l) && !unmatchedClean.some((k) => !isBlank(k) && isSubsequence(k, l))))];
}

interface Placement {
  pair: string;
  line: string;
  /** 1-based line of the clean text after which the residue line was put. */
  after: number;
  text: string;
  start: number;
  end: number;
  clean: string;
}

function* placements(pair: Pair): Generator<Placement> {
  const eol = pair.clean.includes('\r\n') ? '\r\n' : '\n';
  const lines = pair.clean.split(eol);
  for (const line of removedLines(pair.dirty, pair.clean)) {
    for (let k = 0; k + 1 < lines.length; k++) {
      if (isBlank(lines[k])) continue;
      let next = k + 1;
      while (next < lines.length && isBlank(lines[next])) next++;
      if (next >= lines.length || (isTableRow(lines[k]) && isTableRow(lines[next]))) continue;
      // The text's own spacing: as many blank lines before the moved line as between the two paragraphs.
      const gap = lines.slice(k + 1, next);
      const moved = [...lines.slice(0, k + 1), ...gap, line, ...lines.slice(k + 1)];
      const start = moved.slice(0, k + 1 + gap.length).join(eol).length + eol.length;
      yield { pair: pair.name, line, after: k + 1, text: moved.join(eol), start, end: start + line.length, clean: pair.clean };
    }
  }
}

// Moves that took real text with them when this test was written: a Markdown table row next to the moved
// line, and an official contact line (监督电话：0577-…, 联系人：…联系电话：0595-…, only warned where they
// stand) deleted once a residue line sits right above or below it. A move listed here that keeps everything again is printed; any other
// loss fails.
const KNOWN_LOSSES = new Set([
  'residue-web/web-diaoyan-jiaoyu.dirty.md after line 7: 打印 | 收藏 | 分享到：微信 · 微博 · QQ',
  'residue-web/web-diaoyan-jiaoyu.dirty.md after line 13: 打印 | 收藏 | 分享到：微信 · 微博 · QQ',
  'residue-web/web-diaoyan-jiaoyu.dirty.md after line 7: > 来源：教育范文网　|　2024-11-05　|　阅读 1,311',
  'residue-web/web-diaoyan-jiaoyu.dirty.md after line 13: > 来源：教育范文网　|　2024-11-05　|　阅读 1,311',
  'residue-web/doc-zongjie-gongshi.dirty.txt after line 13: ★☆ 精品范文 · 下载可编辑 ☆★',
  'residue-web/doc-zongjie-gongshi.dirty.txt after line 14: ★☆ 精品范文 · 下载可编辑 ☆★',
  'residue-web/doc-zongjie-gongshi.dirty.txt after line 13: （本文由会员上传，仅供参考，请勿直接套用）',
  'residue-web/doc-zongjie-gongshi.dirty.txt after line 14: （本文由会员上传，仅供参考，请勿直接套用）',
  'residue-web/doc-zongjie-gongshi.dirty.txt after line 13: 下载更多镇村工作总结　请访问 ｗｗｗ．ｊｉｎｇｐｉｎｆａｎｗｅｎ．ｃｏｍ',
  'residue-web/doc-zongjie-gongshi.dirty.txt after line 14: 下载更多镇村工作总结　请访问 ｗｗｗ．ｊｉｎｇｐｉｎｆａｎｗｅｎ．ｃｏｍ',
  'residue-web/doc-dangke-youxiang.dirty.txt after line 12: 党课讲稿精选｜可直接使用｜每日更新',
]);

interface Tally {
  tried: number;
  flagged: number;
  removed: number;
  residueChars: number;
  leftChars: number;
  losses: string[];
  unflagged: Map<string, number>;
}

function measure(pairs: readonly Pair[]): Tally {
  const t: Tally = { tried: 0, flagged: 0, removed: 0, residueChars: 0, leftChars: 0, losses: [], unflagged: new Map() };
  for (const pair of pairs) {
    for (const p of placements(pair)) {
      t.tried++;
      const findings = analyze(p.text, R).findings;
      if (findings.some((f) => f.start < p.end && f.end > p.start)) t.flagged++;
      else t.unflagged.set(p.line, (t.unflagged.get(p.line) ?? 0) + 1);
      const fixed = fix(p.text, R);
      if (fixed === p.clean) t.removed++;
      t.residueChars += squeeze(p.line).length;
      if (!isSubsequence(squeeze(p.clean), squeeze(fixed))) t.losses.push(`${p.pair} after line ${p.after}: ${p.line}`);
      else t.leftChars += Math.min(squeeze(p.line).length, squeeze(fixed).length - squeeze(p.clean).length);
    }
  }
  return t;
}

function report(label: string, t: Tally): void {
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(2)} %`;
  console.log(
    `      ${label}: ${t.tried} moves, ${t.flagged} flagged (${pct(t.flagged, t.tried)}), ${t.removed} removed exactly (${pct(t.removed, t.tried)}), ` +
      `${pct(t.leftChars, t.residueChars)} of residue characters left, ${t.losses.length} moves lost real text`,
  );
}

describe('residue lines of the corpus moved to every paragraph boundary', function () {
  this.timeout(180000);

  it('are still flagged and removed, and take nothing real with them (ratchet: raise it as the engine improves)', () => {
    const downloaded = measure(loadPairs('residue'));
    const web = measure(loadPairs('residue-web'));
    const all: Tally = {
      tried: downloaded.tried + web.tried,
      flagged: downloaded.flagged + web.flagged,
      removed: downloaded.removed + web.removed,
      residueChars: downloaded.residueChars + web.residueChars,
      leftChars: downloaded.leftChars + web.leftChars,
      losses: [...downloaded.losses, ...web.losses],
      unflagged: new Map(downloaded.unflagged),
    };
    for (const [line, n] of web.unflagged) all.unflagged.set(line, (all.unflagged.get(line) ?? 0) + n);
    report('test/fixtures/residue', downloaded);
    report('test/fixtures/residue-web', web);
    report('together', all);
    const top = [...all.unflagged].sort((a, b) => b[1] - a[1]).slice(0, 8);
    if (top.length) console.log(`      most often unflagged: ${top.map(([l, n]) => `${l} (${n})`).join(' / ')}`);
    const healed = [...KNOWN_LOSSES].filter((k) => !all.losses.includes(k));
    if (healed.length) console.log(`      known losses that keep everything now (remove them from KNOWN_LOSSES): ${healed.join(' / ')}`);

    assert.deepStrictEqual(all.losses.filter((l) => !KNOWN_LOSSES.has(l)), []);
    assert.ok(all.tried >= 5000, `only ${all.tried} moves`);
    assert.ok(all.flagged / all.tried >= FLAGGED_AT_LEAST, `${all.flagged}/${all.tried} flagged`);
    assert.ok(all.removed / all.tried >= REMOVED_AT_LEAST, `${all.removed}/${all.tried} removed exactly`);
    assert.ok(all.leftChars / all.residueChars <= LEFT_AT_MOST, `${all.leftChars}/${all.residueChars} residue characters left`);
  });
});
