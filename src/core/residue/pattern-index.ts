import { RegExpParser } from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';

/**
 * Tests a union of many patterns on a line without running the union. A regex of several hundred
 * alternatives costs V8 a try of every alternative at every position: on a megabyte of prose that is
 * most of the analysis. Instead every alternative is indexed by one character that each of its matches
 * must contain (the rarest of its mandatory characters); a line only runs the alternatives whose
 * character it holds. Alternatives without such a character are kept apart: those that need a digit
 * run only on lines with one, the rest always. Where an alternative holds two Chinese characters side by
 * side (作者, 小编), the pair is its key instead: a pair is far rarer in prose than either character. The
 * answer is the union's answer, exactly.
 */
export class PatternIndex {
  private readonly byChar = new Map<number, number[]>();
  /** byChar as a table over UTF-16 code units (slot + 1, 0 for none): the scan reads one typed-array entry a character. */
  private readonly slotOf = new Uint16Array(0x10000);
  private readonly slots: number[][] = [];
  /** Keys that are two characters side by side (first * 0x10000 + second), and which characters start one. */
  private readonly byPair = new Map<number, number[]>();
  private readonly pairStart = new Uint8Array(0x10000);
  private readonly needDigit: number[] = [];
  private readonly always: number[] = [];
  private readonly regexes: RegExp[] = [];
  /** The source each alternative came from. */
  private readonly sourceOf: number[] = [];
  private currentSource = 0;
  private readonly seen: Uint32Array;
  private generation = 0;

  constructor(sources: readonly string[], flags: string) {
    const parser = new RegExpParser({ ecmaVersion: 2022 });
    for (let n = 0; n < sources.length; n++) {
      const source = sources[n];
      this.currentSource = n;
      const alternatives = alternativesOf(parser, source);
      if (!alternatives) {
        this.add(new RegExp(source, flags), undefined, false);
        continue;
      }
      for (const alternative of alternatives) {
        const re = compiled(alternative.raw, flags);
        const key = bestKey(alternative.elements);
        // No one character or pair in every match, but one of a few (首页|当前位置 → 首页 or 位置): index
        // under each; also when the one character found is common in prose (的 of …整理的).
        const keys = key === undefined || isCommonKey(key) ? oneOfKeys(alternative.elements) : undefined;
        if (keys) this.addUnder(re, keys);
        else this.add(re, key, needsDigit(alternative.elements));
      }
    }
    this.seen = new Uint32Array(this.regexes.length);
    for (const [key, list] of this.byChar) {
      if (key > 0xffff) continue;
      this.slotOf[key] = this.slots.push(list);
    }
  }

  private addUnder(re: RegExp, keys: readonly number[]): void {
    const index = this.regexes.push(re) - 1;
    this.sourceOf.push(this.currentSource);
    for (const key of keys) this.index(key, index);
  }

  private add(re: RegExp, key: number | undefined, digit: boolean): void {
    const index = this.regexes.push(re) - 1;
    this.sourceOf.push(this.currentSource);
    if (key !== undefined) this.index(key, index);
    else if (digit) this.needDigit.push(index);
    else this.always.push(index);
  }

  private index(key: number, alternative: number): void {
    const map = key > 0xffff ? this.byPair : this.byChar;
    if (key > 0xffff) this.pairStart[Math.floor(key / 0x10000)] = 1;
    const list = map.get(key);
    if (list) list.push(alternative);
    else map.set(key, [alternative]);
  }

  /** The indexes of the sources with an alternative that matches somewhere in `line`. */
  matching(line: string): Set<number> {
    const out = new Set<number>();
    this.visit(line, (i) => {
      if (!out.has(this.sourceOf[i]) && this.regexes[i].test(line)) out.add(this.sourceOf[i]);
      return false;
    });
    return out;
  }

  /** True when some alternative matches somewhere in `line`. */
  test(line: string): boolean {
    return this.visit(line, (i) => this.regexes[i].test(line));
  }

  /** Calls `tryOne` on every alternative `line` may match, until it returns true. */
  private visit(line: string, tryOne: (i: number) => boolean): boolean {
    for (const i of this.always) if (tryOne(i)) return true;
    const generation = ++this.generation;
    let digit = false;
    let previous = 0;
    for (let k = 0; k < line.length; k++) {
      let c = line.charCodeAt(k);
      if (c >= 0x30 && c <= 0x39) digit = true;
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      const pairs = this.pairStart[previous] === 1 ? this.byPair.get(previous * 0x10000 + c) : undefined;
      previous = c;
      if (pairs && this.tryList(pairs, generation, tryOne)) return true;
      const slot = this.slotOf[c];
      if (slot !== 0 && this.tryList(this.slots[slot - 1], generation, tryOne)) return true;
    }
    if (digit) for (const i of this.needDigit) if (tryOne(i)) return true;
    return false;
  }

  private tryList(list: readonly number[], generation: number, tryOne: (i: number) => boolean): boolean {
    for (const i of list) {
      if (this.seen[i] === generation) continue;
      this.seen[i] = generation;
      if (tryOne(i)) return true;
    }
    return false;
  }
}

const isCjk = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

/**
 * Two Chinese characters side by side in every match (plain characters of the sequence, one after the
 * other), the pair of least common characters; else the rarest mandatory character.
 */
function bestKey(elements: readonly AST.Element[]): number | undefined {
  let best: number | undefined;
  let bestScore = -1;
  for (let j = 0; j + 1 < elements.length; j++) {
    const a = elements[j];
    const b = elements[j + 1];
    if (a.type !== 'Character' || b.type !== 'Character' || !isCjk(a.value) || !isCjk(b.value)) continue;
    const score = charScore(a.value) + charScore(b.value);
    if (score > bestScore) {
      best = a.value * 0x10000 + b.value;
      bestScore = score;
    }
  }
  return best ?? rarest(mandatoryChars(elements));
}

/** A one-character key that prose is full of (的, 会): a line holding it is no sign of anything. */
function isCommonKey(key: number): boolean {
  return key <= 0xffff && charScore(key) <= 2;
}

// Parsed sources, shared by the indexes built from the same patterns (the strong ones are a subset of all):
// parsing is most of what loading the engine costs.
const PARSED = new Map<string, AST.Alternative[] | undefined>();

// Alternatives are stateless (no g or y flag): the indexes share one RegExp per alternative.
const COMPILED = new Map<string, RegExp>();

function compiled(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = COMPILED.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    COMPILED.set(key, re);
  }
  return re;
}

function alternativesOf(parser: RegExpParser, source: string): AST.Alternative[] | undefined {
  if (PARSED.has(source)) return PARSED.get(source);
  let alternatives: AST.Alternative[] | undefined;
  try {
    alternatives = parser.parsePattern(source, 0, source.length, { unicode: false }).alternatives;
  } catch {
    alternatives = undefined;
  }
  PARSED.set(source, alternatives);
  return alternatives;
}

/** Characters every match of the sequence contains. */
function mandatoryChars(elements: readonly AST.Element[]): Set<number> {
  const out = new Set<number>();
  for (const e of elements) for (const c of mandatoryOf(e)) out.add(c);
  return out;
}

function mandatoryOf(e: AST.Element): Set<number> {
  switch (e.type) {
    case 'Character':
      return new Set([e.value]);
    case 'Quantifier':
      return e.min >= 1 ? mandatoryOf(e.element) : new Set();
    case 'Group':
    case 'CapturingGroup': {
      // A character every branch has.
      let common: Set<number> | undefined;
      for (const alt of e.alternatives) {
        const chars = mandatoryChars(alt.elements);
        common = common ? new Set([...common].filter((c) => chars.has(c))) : chars;
      }
      return common ?? new Set();
    }
    default:
      return new Set();
  }
}

/**
 * Characters of which every match contains at least one: for a group of branches, one key per branch;
 * the element of the sequence giving the fewest such keys is used. Undefined when none is found.
 */
function oneOfKeys(elements: readonly AST.Element[]): number[] | undefined {
  let best: number[] | undefined;
  let bestCommon = true;
  for (const e of elements) {
    const keys = keysOf(e);
    if (!keys) continue;
    // Keys prose is full of are taken only when there is nothing else.
    const common = keys.some(isCommonKey);
    if (!best || (bestCommon && !common) || (common === bestCommon && keys.length < best.length)) {
      best = keys;
      bestCommon = common;
    }
  }
  return best;
}

function keysOf(e: AST.Element): number[] | undefined {
  if (e.type === 'Quantifier') return e.min >= 1 ? keysOf(e.element as AST.Element) : undefined;
  if (e.type === 'Character') {
    const k = rarest(new Set([e.value]));
    return k === undefined ? undefined : [k];
  }
  // A class of a few plain characters ([·•◆]): each match holds one of them.
  if (e.type === 'CharacterClass') {
    if (e.negate || e.elements.length > 12) return undefined;
    const out: number[] = [];
    for (const member of e.elements) {
      if (member.type !== 'Character') return undefined;
      const k = rarest(new Set([member.value]));
      if (k === undefined) return undefined;
      out.push(k);
    }
    return out.length > 0 ? out : undefined;
  }
  if (e.type !== 'Group' && e.type !== 'CapturingGroup') return undefined;
  const out = new Set<number>();
  for (const alt of e.alternatives) {
    const one = bestKey(alt.elements);
    const keys = one !== undefined ? [one] : oneOfKeys(alt.elements);
    if (!keys) return undefined;
    for (const k of keys) out.add(k);
  }
  return out.size > 0 && out.size <= 12 ? [...out] : undefined;
}

/** Whether every match starts a digit somewhere (an element needing \d at least once). */
function needsDigit(elements: readonly AST.Element[]): boolean {
  return elements.some((e) => {
    if (e.type === 'Quantifier') return e.min >= 1 && isDigitSet(e.element);
    return isDigitSet(e);
  });
}

function isDigitSet(e: AST.Element | AST.QuantifiableElement): boolean {
  return e.type === 'CharacterSet' && e.kind === 'digit' && !e.negate;
}

// The commonest characters of report prose: an alternative keyed by one of them would run on most lines.
const COMMON = new Set(
  [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近千周委素技备半办青省列习响约支般感劳便团往历市克何除消构府称太准精值号率族维划选标写存候亲快效院查型眼按格养易置派层片始却专状育识适属包火住调满县局照参红细引听该价严飞，。、：；'].map((c) =>
    c.charCodeAt(0),
  ),
);

/** Prefer an ideograph outside the common list, then any other non-space character. */
function charScore(c: number): number {
  return c === 0x20 ? 0 : c >= 0x4e00 && c <= 0x9fff ? (COMMON.has(c) ? 2 : 4) : COMMON.has(c) ? 1 : 3;
}

function rarest(chars: Set<number>): number | undefined {
  let best: number | undefined;
  let bestScore = -1;
  for (let c of chars) {
    // Keys are lower case, and so are the characters of a line looked up: a superset either way.
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    const score = charScore(c);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return bestScore > 0 ? best : undefined;
}
