/**
 * Counts the work of a regular expression instead of timing it: a backtracking matcher (the algorithm
 * of JavaScript's own engine, without its shortcuts, so the count is an upper bound) compiled from the
 * regexpp AST, one step per node visited. A scan is what a global `exec` loop does over a line. Tests
 * compare counts at three line lengths: for linear work each further n characters cost the same, for
 * quadratic work more each time; exponential work runs out of budget. Deterministic, so a loaded machine cannot make such a test fail.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

export interface ScanCost {
  steps: number;
  matches: number;
  /** True when the scan stopped at the step budget (or backtracked deeper than the stack). */
  exceeded: boolean;
}

class BudgetExceeded extends Error {}

type Next = (pos: number) => boolean;
type Matcher = (pos: number, next: Next) => boolean;

interface Run {
  text: string;
  steps: number;
  budget: number;
}

function compile(node: AST.Node, run: Run, flags: string): Matcher {
  const tick = () => {
    if (++run.steps > run.budget) throw new BudgetExceeded();
  };
  const unicode = flags.includes('u') || flags.includes('v');
  const multiline = flags.includes('m');
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup': {
      const alternatives = node.alternatives.map((a) => compile(a, run, flags));
      if (alternatives.length === 1) return (pos, next) => (tick(), alternatives[0](pos, next));
      return (pos, next) => {
        tick();
        for (const alternative of alternatives) if (alternative(pos, next)) return true;
        return false;
      };
    }
    case 'Alternative': {
      const elements = node.elements.map((e) => compile(e, run, flags));
      const from = (i: number, pos: number, next: Next): boolean => (i === elements.length ? next(pos) : elements[i](pos, (p) => from(i + 1, p, next)));
      return (pos, next) => (tick(), from(0, pos, next));
    }
    case 'Quantifier': {
      const element = compile(node.element, run, flags);
      const { min, max, greedy } = node;
      // JavaScript's rule: once the minimum is met, an iteration that matches nothing fails.
      const repeat = (count: number, pos: number, next: Next): boolean => {
        tick();
        const again = () => count < max && element(pos, (p) => (p === pos && count >= min ? false : repeat(count + 1, p, next)));
        if (greedy) return again() || (count >= min && next(pos));
        return (count >= min && next(pos)) || again();
      };
      return (pos, next) => repeat(0, pos, next);
    }
    case 'Assertion':
      return compileAssertion(node, run, flags, tick, multiline);
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
    case 'ExpressionCharacterClass': {
      // One-character matchers are left to the real engine (exact for classes, escapes and flags), once per character.
      const single = new RegExp(`^(?:${node.raw})$`, flags.replace(/[gy]/g, ''));
      const verdicts = new Map<number, boolean>();
      return (pos, next) => {
        tick();
        const text = run.text;
        if (pos >= text.length) return false;
        const code = unicode ? (text.codePointAt(pos) as number) : text.charCodeAt(pos);
        let verdict = verdicts.get(code);
        if (verdict === undefined) {
          verdict = single.test(unicode ? String.fromCodePoint(code) : String.fromCharCode(code));
          verdicts.set(code, verdict);
        }
        return verdict && next(pos + (code > 0xffff ? 2 : 1));
      };
    }
    default:
      throw new Error(`regex-steps: ${node.type} is not supported (${node.raw})`);
  }
}

function compileAssertion(node: AST.Assertion, run: Run, flags: string, tick: () => void, multiline: boolean): Matcher {
  const lineBreak = (i: number) => /[\n\r\u2028\u2029]/.test(run.text[i] ?? '');
  const word = (i: number) => /\w/.test(run.text[i] ?? '');
  switch (node.kind) {
    case 'start':
      return (pos, next) => (tick(), (pos === 0 || (multiline && lineBreak(pos - 1))) && next(pos));
    case 'end':
      return (pos, next) => (tick(), (pos === run.text.length || (multiline && lineBreak(pos))) && next(pos));
    case 'word':
      return (pos, next) => (tick(), (word(pos - 1) !== word(pos)) !== node.negate && next(pos));
    case 'lookahead': {
      const alternatives = node.alternatives.map((a) => compile(a, run, flags));
      return (pos, next) => {
        tick();
        const found = alternatives.some((alternative) => alternative(pos, () => true));
        return found !== node.negate && next(pos);
      };
    }
    default:
      throw new Error(`regex-steps: ${node.kind} assertions are not supported (${node.raw})`);
  }
}

/** The steps a global exec loop over `text` takes with `regex`, stopping at `budget`. */
export function scanSteps(regex: RegExp, text: string, budget: number): ScanCost {
  const unicode = regex.flags.includes('u') || regex.flags.includes('v');
  const ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(regex.source, 0, regex.source.length, { unicode });
  const run: Run = { text, steps: 0, budget };
  const pattern = compile(ast, run, regex.flags);
  let matches = 0;
  let from = 0;
  try {
    while (from <= text.length) {
      let end = -1;
      let start = from;
      for (; start <= text.length; start++) {
        if (pattern(start, (p) => ((end = p), true))) break;
      }
      if (end < 0) break;
      matches++;
      from = end === start ? end + 1 : end;
    }
  } catch (error) {
    // Out of budget, or backtracking so deep that the stack ran out: either way far from linear.
    if (error instanceof BudgetExceeded || error instanceof RangeError) return { steps: run.steps, matches, exceeded: true };
    throw error;
  }
  return { steps: run.steps, matches, exceeded: false };
}

export interface Growth {
  /** The scans of lines of n, 2n and 3n characters. */
  costs: ScanCost[];
  /**
   * What the third n characters cost over what the second n cost: (steps(3n) - steps(2n)) / (steps(2n) -
   * steps(n)). About 1 for linear work (once n exceeds what one start can cover, every further start costs
   * the same), 5/3 for quadratic work; Infinity when a scan ran out of budget.
   */
  ratio: number;
}

/** Steps on line(n), line(2n) and line(3n), and how the cost of n more characters grows. */
export function stepGrowth(regex: RegExp, line: (length: number) => string, n: number, budgetPerChar: number): Growth {
  const costs = [n, 2 * n, 3 * n].map((length) => scanSteps(regex, line(length), length * budgetPerChar));
  if (costs.some((c) => c.exceeded)) return { costs, ratio: Infinity };
  const [one, two, three] = costs.map((c) => c.steps);
  // Every start position takes at least one step, so n more characters cost at least n steps.
  return { costs, ratio: (three - two) / Math.max(two - one, n) };
}
