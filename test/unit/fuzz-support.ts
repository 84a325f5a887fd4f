/** Shared by the fuzz properties and the adversarial cases: inputs, and a fix that proves what it removes. */
import * as fc from 'fast-check';
import { analyze, applyEdits, resolveOptions, safeEdits, type EngineOptions, type TextEdit } from '../../src/core';
import { MAX_REPEAT } from '../../src/core/user-patterns';
import { stepGrowth } from './regex-steps';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261128);
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 120);

const PIECES = [
  '##paidbegin##', '##paidend##', '$$paidbegin$$', '$$paidend$$', '##pagebreak##', '## paid begin ##', '请替换付费标签内内容',
  '一、', '二、', '十一、', '（一）', '（二）', '（十二）', '1.', '2.', '（1）', '（2）', '一.', '一．', '一，', '1、', '（一）、', '(一)', '(1)', '⑴', '１．',
  '一是', '二是', '首先，', '其次，', '最后，', '比如，', '“两个确立”', '（2683字）', '（约2600字）', '汇报完毕，不妥之处请批评指正。',
  '【哒哒素材库】——每天更新材料1000多篇，有意加入请联系：1 4367', '添加客服：cwk', '微信：ab12345', '扣扣 ①②③④⑤', 'VX：abc', '公众号：某某君',
  '本文由某某网整理', '来源：网络', '如有侵权请联系删除', '第 1 页 共 5 页', '1/5', 'www.example.com', 'https://example.com/a?b=1',
  '通过“学习强国”和单位微信公众号开展学习', '高度关注', '加入中国共产党', '缴纳党费', '12345 热线', '扫码办事', '【案例】', '欢迎批评指正',
  '下载后可编辑', 'Word版', '试读结束', '开通会员', '解锁全文', '￥9.9', '代笔', '代写',
  '\n', '\n', '\n', '\r\n', '\r', '\n\n', ' ', '\u3000', '\t', '\u200b', '\ufeff', '\u00a0', '、', '（', '）', '。', '，', '：',
];

const anyUtf16Unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)); // lone surrogates, controls
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)); // every plane
const prose = fc.constantFrom('我们要更加深刻领悟坚强的领导核心。', '学习内容碎片化，', '存在学用“两张皮”的问题', '工作标准不够高、要求不够严');

/** Report-like texts built from markers, headings, residue, traps, line breaks and arbitrary characters. */
export const reportText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 3, arbitrary: prose },
      { weight: 1, arbitrary: fc.string({ unit: anyUtf16Unit, maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: anyCodePoint, maxLength: 8 }) },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

export interface ProvenFix {
  fixed: string;
  /** Characters that a safe edit removed or changed although no finding covered them. */
  violations: string[];
}

const MAX_FIX_PASSES = 8;

/**
 * The engine's fix loop, re-done with a check on every pass: each non-blank character an edit removes
 * or changes must lie inside a finding of that pass (blank characters and line breaks around removed
 * lines may go). Insertions must touch a finding.
 */
export function fixWithProof(text: string, options?: EngineOptions): ProvenFix {
  const resolved = resolveOptions(options);
  const violations: string[] = [];
  let current = text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const findings = analyze(current, resolved).findings;
    const edits = safeEdits(findings);
    if (edits.length === 0) break;
    violations.push(...uncoveredEdits(current, findings, edits).map((v) => `pass ${pass}: ${v}`));
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return { fixed: current, violations };
}

/** The edits that remove or change a non-blank character no finding covers, or insert away from every finding. */
export function uncoveredEdits(text: string, findings: ReadonlyArray<{ start: number; end: number }>, edits: readonly TextEdit[]): string[] {
  const covered = coverage(findings);
  const violations: string[] = [];
  for (const edit of edits) {
    if (edit.start === edit.end && !isCovered(covered, edit.start, true)) violations.push(`insertion at ${edit.start} outside every finding`);
    for (let i = edit.start; i < edit.end; i++) {
      if (/\s/.test(text[i])) continue;
      if (!isCovered(covered, i, false)) {
        violations.push(`${JSON.stringify(text[i])} at ${i} removed outside every finding (${JSON.stringify(text.slice(Math.max(0, i - 10), i + 10))})`);
        break;
      }
    }
  }
  return violations;
}

/** Finding spans merged into sorted, disjoint intervals, for a binary search per character. */
function coverage(findings: ReadonlyArray<{ start: number; end: number }>): Array<[number, number]> {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const merged: Array<[number, number]> = [];
  for (const f of sorted) {
    const last = merged[merged.length - 1];
    if (last && f.start <= last[1]) last[1] = Math.max(last[1], f.end);
    else merged.push([f.start, f.end]);
  }
  return merged;
}

/** Whether offset i lies in an interval (or, for insertions, touches one). */
function isCovered(intervals: ReadonlyArray<[number, number]>, i: number, touching: boolean): boolean {
  let lo = 0;
  let hi = intervals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = intervals[mid];
    if (i < start) hi = mid - 1;
    else if (i > end || (i === end && !touching)) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Checks every span of an analysis lies in the text, in order. Returns what is wrong, if anything. */
export function spanProblems(text: string, options?: EngineOptions): string[] {
  const result = analyze(text, options);
  const problems: string[] = [];
  let previous = 0;
  for (const f of result.findings) {
    if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) problems.push(`${f.ruleId}: span ${f.start}-${f.end} outside 0-${text.length}`);
    if (f.start < previous) problems.push(`${f.ruleId}: findings not sorted`);
    if (f.text !== text.slice(f.start, f.end)) problems.push(`${f.ruleId}: text does not match span`);
    previous = f.start;
  }
  return problems;
}

const PARAGRAPH = '通过系统研读，推动学习往深里走、往实里走、往心里走，提高思想觉悟，结合近期所学所想。';

/** Inputs that have broken text tools before: size, repetition, odd characters. */
export const ADVERSARIAL: Record<string, () => string> = {
  'one 1 MB line of prose': () => PARAGRAPH.repeat(Math.ceil(1_000_000 / PARAGRAPH.length)),
  'one 1 MB line of prose with a glued marker at the end': () => PARAGRAPH.repeat(Math.ceil(1_000_000 / PARAGRAPH.length)) + '##paidend##',
  'one 1 MB line of a single ASCII letter': () => 'a'.repeat(1_000_000),
  'one 1 MB line of digits': () => '1'.repeat(1_000_000),
  '100 000 （': () => '（'.repeat(100_000),
  '100 000 、': () => '、'.repeat(100_000),
  '50 000 （ on separate lines': () => '（\n'.repeat(50_000),
  'deep fake numbering on one line': () => '（一）1.（1）一、'.repeat(20_000),
  '30 000 level-one headings (ordinals past 九十九)': () => Array.from({ length: 30_000 }, (_, i) => `一、标题${i}\n`).join(''),
  '3 000 numbered headings of every level': () => Array.from({ length: 3_000 }, (_, i) => `${['一、', '（一）', '1.', '（1）'][i % 4]}第${i}项\n`).join(''),
  'mixed line endings with markers': () => '正文。\r\n##paidend##\r一、标题\n\r\n（一）条目\r'.repeat(10_000),
  'every Unicode plane': () => Array.from({ length: 17 }, (_, p) => String.fromCodePoint(p * 0x10000 + 0x4e00)).join('##pagebreak##\n').repeat(1_000),
  'control characters': () => Array.from({ length: 0xa0 }, (_, c) => String.fromCharCode(c)).join('').repeat(1_000),
  'lone and reversed surrogates': () => '\ud800一、\udfff（一）\udc00\ud800##paidend##\n'.repeat(10_000),
  '200 000 zero-width characters': () => '\u200b'.repeat(200_000),
};

export const PATTERN_CASE = 'user patterns: random patterns, every accepted one linear on hostile lines';

/**
 * Lines of n, 2n and 3n characters are scanned; n is above what one start of a capped repetition can
 * cover (MAX_REPEAT iterations of at most two characters), so for linear work each further n costs the same.
 */
const GROWTH_LENGTH = 640;
/** (cost of the third n) / (cost of the second n): about 1 when linear, 5/3 when quadratic. */
const MAX_GROWTH = 1.25;
/** Steps per character before a scan counts as runaway: the checker promises a bounded cost per start. */
const STEPS_PER_CHAR = 64 * MAX_REPEAT;

/**
 * Random extra patterns from risky pieces (nested, overlapping, alternating repetition). Every pattern the
 * checker accepts must do linear work over hostile lines: its backtracking steps, counted (regex-steps.ts),
 * about double when the line doubles, and stay within a bounded number per character. Counted, not timed.
 */
export function runPatternCase(compile: (p: string) => { ok: boolean; pattern?: { regex: RegExp } }): string[] {
  const atoms = ['a', '1', ' ', '素', '.', '\\d', '\\s', '\\w', '[^】]', '[a1]', '(?:a|1)', '(?:ab|cd)', '(?:a|ab)', '】'];
  const quantifiers = ['', '', '*', '+', '?', '{2,5}', '*?', '{1,300}'];
  const piece = fc.tuple(fc.constantFrom(...atoms), fc.constantFrom(...quantifiers)).map(([a, q]) => a + q);
  const body = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
  const pattern = fc.oneof(body, body.map((b) => `(${b})+`), body.map((b) => `(?:${b})*】`), body.map((b) => `^${b}$`));
  const lines: Record<string, (n: number) => string> = {
    'a…': (n) => 'a'.repeat(n),
    '1…': (n) => '1'.repeat(n),
    'spaces': (n) => ' '.repeat(n),
    'a1…': (n) => 'a1'.repeat(n / 2),
    '素…': (n) => '素'.repeat(n),
    'ab…】': (n) => 'ab'.repeat(n / 2) + '】',
  };
  const problems: string[] = [];
  let accepted = 0;
  for (const source of fc.sample(pattern, { seed: FUZZ_SEED, numRuns: 400 })) {
    const compiled = compile(source);
    if (!compiled.ok || !compiled.pattern) continue;
    accepted++;
    for (const [name, line] of Object.entries(lines)) {
      const growth = stepGrowth(compiled.pattern.regex, line, GROWTH_LENGTH, STEPS_PER_CHAR);
      if (growth.ratio <= MAX_GROWTH) continue;
      const counts = growth.costs.map((c) => `${c.steps}${c.exceeded ? '+' : ''}`).join(' → ');
      problems.push(`${source} on ${name} lines of ${GROWTH_LENGTH}, ${2 * GROWTH_LENGTH} and ${3 * GROWTH_LENGTH} characters: ${counts} steps, not linear`);
      break;
    }
  }
  if (accepted < 40) problems.push(`only ${accepted} of 400 random patterns accepted: the sample says little`);
  return problems;
}
