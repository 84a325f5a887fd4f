/**
 * The user's extra residue patterns (studyReport.residue.extraPatterns), compiled so that no pattern can
 * freeze the host. JavaScript regexes backtrack, so a pattern such as `(a+)+$` takes exponential time on
 * the wrong line. Each pattern is parsed and admitted only when it belongs to a subset whose cost per
 * start position is bounded by a constant:
 *  - no backreferences (they defeat every bound);
 *  - no variable repetition nested in repetition (`(a+)+`, `(\s*x)*`, `(a?b?)*`);
 *  - no unbounded repetition of alternatives that can start alike (`(a|ab)*`);
 *  - no lookaround that repeats;
 *  - no two unbounded repetitions that can trade the same characters (`.*x.*y`, `\d+\d+`), unless a
 *    required character that the first cannot match stands between them.
 * Then every unbounded repetition is capped at MAX_REPEAT characters, so even `\d+x` on a line of
 * digits costs at most MAX_REPEAT steps per start: linear in the line. Patterns run line by line.
 */
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';
import type { Messages } from './types';

/** Longest stretch one repetition may cover; residue lines are far shorter. */
export const MAX_REPEAT = 256;
/** Longest pattern accepted; a longer one is almost certainly pasted by mistake. */
export const MAX_PATTERN_LENGTH = 500;

export interface UserPattern {
  /** The pattern as the user wrote it. */
  source: string;
  /** The compiled, capped expression (global flag set). */
  regex: RegExp;
}

export interface PatternProblem {
  /** Which setting the problem is about. */
  setting: 'residue.extraPatterns';
  /** The pattern as the user wrote it. */
  pattern: string;
  message: Messages;
}

export type CompileResult = { ok: true; pattern: UserPattern } | { ok: false; problem: PatternProblem };

const ALLOWED_FLAGS = /^[imsu]*$/;
const LITERAL_FORM = /^\/(.+)\/([a-z]*)$/s;

const cache = new Map<string, CompileResult>();
const CACHE_LIMIT = 128;

/** Compiles every pattern; the bad ones come back as problems with a message for the user. */
export function compileUserPatterns(sources: readonly string[]): { patterns: UserPattern[]; problems: PatternProblem[] } {
  const patterns: UserPattern[] = [];
  const problems: PatternProblem[] = [];
  for (const source of sources) {
    const result = compileUserPattern(source);
    if (result.ok) patterns.push(result.pattern);
    else problems.push(result.problem);
  }
  return { patterns, problems };
}

/** Compiles one pattern (cached: analysis runs on every keystroke pause). */
export function compileUserPattern(source: string): CompileResult {
  const cached = cache.get(source);
  if (cached) return cached;
  const result = compileUncached(source);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(source, result);
  return result;
}

function compileUncached(source: string): CompileResult {
  const fail = (zh: string, en: string): CompileResult => ({
    ok: false,
    problem: { setting: 'residue.extraPatterns', pattern: source, message: { zh: `自定义残留规则“${source}”未启用：${zh}`, en: `Extra residue pattern "${source}" is not used: ${en}` } },
  });
  if (typeof source !== 'string' || source.length === 0) return fail('规则为空。', 'the pattern is empty.');
  if (source.length > MAX_PATTERN_LENGTH) return fail(`规则超过 ${MAX_PATTERN_LENGTH} 个字符。`, `it is longer than ${MAX_PATTERN_LENGTH} characters.`);

  const literal = LITERAL_FORM.exec(source);
  const body = literal ? literal[1] : source;
  const flags = literal ? literal[2] : '';
  if (!ALLOWED_FLAGS.test(flags) || new Set(flags).size !== flags.length) {
    return fail(`标志“${flags}”无效，只可用 i、m、s、u。`, `flags "${flags}" are invalid; only i, m, s and u are allowed.`);
  }

  let ast: AST.Pattern;
  try {
    ast = new RegExpParser({ ecmaVersion: 2022 }).parsePattern(body, 0, body.length, { unicode: flags.includes('u') });
    new RegExp(body, flags);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`正则表达式语法错误（${detail}）。`, `it is not a valid regular expression (${detail}).`);
  }

  const unsafe = findUnsafeConstruct(ast, flags);
  if (unsafe) return fail(unsafe.zh, unsafe.en);

  const capped = capRepetitions(body, ast);
  if (!capped.ok) return fail(capped.message.zh, capped.message.en);
  const regex = new RegExp(capped.source, flags + 'g');
  if (regex.test('')) return fail('它可以匹配空文本，会标记每一处位置。', 'it matches empty text, so it would flag every position.');
  regex.lastIndex = 0;
  return { ok: true, pattern: { source, regex } };
}

// ---------------------------------------------------------------------------------------------------
// Static check

function findUnsafeConstruct(ast: AST.Pattern, flags: string): Messages | undefined {
  let problem: Messages | undefined;
  const note = (m: Messages): void => {
    problem ??= m;
  };
  visitRegExpAST(ast, {
    onBackreferenceEnter: (node) =>
      note({ zh: `不支持反向引用“${node.raw}”（可能耗时极长）。`, en: `backreferences such as "${node.raw}" are not supported (they can take extremely long).` }),
    onAssertionEnter: (node) => {
      if ((node.kind === 'lookahead' || node.kind === 'lookbehind') && containsVariableRepetition(node)) {
        note({ zh: `前后查找“${node.raw}”内不能有重复（* + {n,}）。`, en: `a lookaround such as "${node.raw}" must not contain repetition (* + {n,}).` });
      }
    },
    onQuantifierEnter: (node) => {
      if (node.max > 1 && containsVariableRepetition(node.element)) {
        note({ zh: `嵌套重复“${node.raw}”可能导致灾难性回溯，请改写为不嵌套的形式。`, en: `the nested repetition "${node.raw}" can backtrack catastrophically; rewrite it without nesting.` });
      } else if (isLong(node) && !alternativesAreDistinct(node.element, flags)) {
        note({ zh: `重复的分支“${node.raw}”可能以相同字符开头，会导致灾难性回溯。`, en: `the repeated alternatives in "${node.raw}" can start with the same character and backtrack catastrophically.` });
      }
    },
    onAlternativeEnter: (node) => {
      const clash = findTradingRepetitions(node, flags);
      if (clash) {
        note({
          zh: `“${clash[0].raw}”与“${clash[1].raw}”可以匹配相同字符，回溯耗时随行长成倍增长；请合并二者，或用排除型字符类（如 [^】]*）隔开。`,
          en: `"${clash[0].raw}" and "${clash[1].raw}" can match the same characters, so backtracking grows polynomially with the line; merge them, or use an excluding class such as [^】]*.`,
        });
      }
    },
  });
  return problem;
}

function isUnbounded(node: AST.Quantifier): boolean {
  return node.max > MAX_REPEAT;
}

/** Repetitions long enough that two of them trading characters cost more than a constant per start. */
const LONG_REPEAT = 16;

function isLong(node: AST.Quantifier): boolean {
  return node.max > LONG_REPEAT;
}

/**
 * Any quantifier of variable length (`?`, `*`, `+`, `{1,3}`) inside a repetition makes the split of the
 * text between iterations ambiguous: `(a?b?)*` is as catastrophic as `(a+)+`. Exact counts (`{3}`) are not.
 */
function containsVariableRepetition(node: AST.Node): boolean {
  let found = false;
  visitRegExpAST(asVisitable(node), {
    onQuantifierEnter: (q) => {
      if (q !== node && q.min !== q.max) found = true;
    },
  });
  return found;
}

/** An unbounded repetition of a group is safe only if its alternatives are literals with distinct first characters. */
function alternativesAreDistinct(element: AST.QuantifiableElement, flags: string): boolean {
  if (element.type !== 'Group' && element.type !== 'CapturingGroup') return true;
  if (element.alternatives.length < 2) return true;
  const firsts = new Set<string>();
  for (const alternative of element.alternatives) {
    if (alternative.elements.length === 0 || !alternative.elements.every((e) => e.type === 'Character')) return false;
    const first = (alternative.elements[0] as AST.Character).raw;
    const key = flags.includes('i') ? first.toLowerCase() : first;
    if (firsts.has(key)) return false;
    firsts.add(key);
  }
  return true;
}

/**
 * Two unbounded repetitions in one sequence trade characters when both can match a common character and
 * no required character the first cannot match stands between them.
 */
function findTradingRepetitions(alternative: AST.Alternative, flags: string): [AST.Quantifier, AST.Quantifier] | undefined {
  const open: Array<{ node: AST.Quantifier; set: ProbeSet }> = [];
  // Two variable repetitions trade characters when their sets meet; it costs more than a constant per
  // start only when one of them is long (`.*?.{2,5}` yes, `\d{1,3}\s?\d{1,3}` no).
  const join = (node: AST.Quantifier): [AST.Quantifier, AST.Quantifier] | undefined => {
    const set = probeSet(node.element, flags);
    const clash = open.find((o) => (isLong(o.node) || isLong(node)) && intersects(o.set, set));
    if (clash) return [clash.node, node];
    open.push({ node, set });
    return undefined;
  };
  for (const element of alternative.elements) {
    if (element.type === 'Quantifier' && isVariable(element)) {
      const clash = join(element);
      if (clash) return clash;
      continue;
    }
    if (isSingleCharacter(element)) {
      const set = probeSet(element, flags);
      for (let i = open.length - 1; i >= 0; i--) if (!intersects(open[i].set, set)) open.splice(i, 1);
      continue;
    }
    // A group or a fixed repetition: variable repetitions inside it join the sequence.
    for (const inner of variableInside(element)) {
      const clash = join(inner);
      if (clash) return clash;
    }
  }
  return undefined;
}

/** A repetition whose length varies and can exceed one (`*`, `+`, `{2,5}`; not `?` or `{3}`). */
function isVariable(node: AST.Quantifier): boolean {
  return node.max > 1 && node.min !== node.max;
}

function isSingleCharacter(element: AST.Element): boolean {
  return element.type === 'Character' || element.type === 'CharacterClass' || element.type === 'CharacterSet';
}

function variableInside(element: AST.Element): AST.Quantifier[] {
  const found: AST.Quantifier[] = [];
  visitRegExpAST(asVisitable(element), {
    onQuantifierEnter: (q) => {
      if (isVariable(q)) found.push(q);
    },
  });
  return found;
}

// visitRegExpAST accepts any node at run time; its type asks for a root.
function asVisitable(node: AST.Node): AST.Pattern {
  return node as unknown as AST.Pattern;
}

// ---------------------------------------------------------------------------------------------------
// Character sets, approximated on a probe alphabet that spans what reports contain.

type ProbeSet = Uint8Array;

const PROBES: string[] = buildProbes();

function buildProbes(): string[] {
  const codes: number[] = [0x09, 0x0a, 0xa0, 0xb7, 0xe9, 0x2014, 0x2026, 0x2018, 0x2019, 0x201c, 0x201d, 0x2605, 0x2606, 0x200b, 0xfeff];
  for (let c = 0x20; c < 0x7f; c++) codes.push(c);
  for (let c = 0x3000; c < 0x3040; c++) codes.push(c);
  for (let c = 0xff01; c < 0xff5f; c++) codes.push(c);
  for (let c = 0x2460; c < 0x2474; c++) codes.push(c);
  for (let c = 0x4e00; c < 0xa000; c += 0x101) codes.push(c);
  for (const ch of '一二三四五六七八九十微信素材库文网会员客服代笔扫码群号的是') codes.push(ch.charCodeAt(0));
  return codes.map((c) => String.fromCharCode(c));
}

const probeCache = new Map<string, ProbeSet>();

/** Which probe characters the node (or any character inside it) can match: a superset for groups. */
function probeSet(node: AST.Node, flags: string): ProbeSet {
  const set = new Uint8Array(PROBES.length);
  const leaves: AST.Node[] = [];
  if (isLeafMatcher(node)) leaves.push(node);
  else {
    visitRegExpAST(asVisitable(node), {
      onCharacterEnter: (n) => {
        if (n.parent.type === 'Alternative' || n.parent.type === 'Quantifier') leaves.push(n);
      },
      onCharacterClassEnter: (n) => {
        if (n.parent.type === 'Alternative' || n.parent.type === 'Quantifier') leaves.push(n);
      },
      onCharacterSetEnter: (n) => {
        if (n.parent.type === 'Alternative' || n.parent.type === 'Quantifier') leaves.push(n);
      },
    });
  }
  for (const leaf of leaves) {
    const key = flags + '\u0000' + leaf.raw;
    let leafSet = probeCache.get(key);
    if (!leafSet) {
      leafSet = new Uint8Array(PROBES.length);
      const re = new RegExp(`^(?:${leaf.raw})$`, flags.replace('m', ''));
      PROBES.forEach((p, i) => {
        if (re.test(p)) leafSet![i] = 1;
      });
      probeCache.set(key, leafSet);
    }
    for (let i = 0; i < set.length; i++) set[i] |= leafSet[i];
  }
  return set;
}

function isLeafMatcher(node: AST.Node): boolean {
  return node.type === 'Character' || node.type === 'CharacterClass' || node.type === 'CharacterSet';
}

function intersects(a: ProbeSet, b: ProbeSet): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] && b[i]) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Capping

/** Rewrites `x*`, `x+`, `x{n,}` and `x{n,m}` with m above the cap as `x{n,MAX_REPEAT}`. */
function capRepetitions(body: string, ast: AST.Pattern): { ok: true; source: string } | { ok: false; message: Messages } {
  const rewrites: Array<{ start: number; end: number; text: string }> = [];
  let tooLong: AST.Quantifier | undefined;
  visitRegExpAST(ast, {
    onQuantifierEnter: (node) => {
      if (!isUnbounded(node)) return;
      if (node.min > MAX_REPEAT) {
        tooLong ??= node;
        return;
      }
      rewrites.push({ start: node.element.end, end: node.end, text: `{${node.min},${MAX_REPEAT}}${node.greedy ? '' : '?'}` });
    },
  });
  if (tooLong) {
    return {
      ok: false,
      message: { zh: `重复次数“${tooLong.raw}”超过 ${MAX_REPEAT}。`, en: `the repetition "${tooLong.raw}" asks for more than ${MAX_REPEAT} characters.` },
    };
  }
  let source = body;
  for (const r of rewrites.sort((a, b) => b.start - a.start)) source = source.slice(0, r.start) + r.text + source.slice(r.end);
  return { ok: true, source };
}
