import type { LineCache } from './line-cache';
import type { Report, Rule, RuleContext } from './rule';
import type { Section } from './sections';
import { TextModel, type Line } from './text-model';
import type { Fix } from './types';

/**
 * Runs a rule of line scope (rule.ts `scope`) with its findings kept per line: the lines whose text and
 * facts were seen before replay their findings shifted to where the line now stands; the others are
 * checked together, by the rule itself, on a model holding only them (and, for 'line+previous', the line
 * before each). The findings come out in the order the rule gives over the whole document: line by line.
 */
export function runByLine(rule: Rule, context: RuleContext, cache: LineCache): void {
  const { model } = context;
  const scope = rule.meta.scope!;
  const lines = model.lines;
  const table = cache.table<readonly Report[]>(`rule:${rule.meta.id}`);
  const factsOf = lineFacts(scope, context.headings, lines);
  const known: Array<readonly Report[] | undefined> = new Array(lines.length);
  const missing: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const facts = factsOf(line, i);
    const reports = table.find(i, line.text, facts);
    // Kept in line order; a line checked below replaces its placeholder.
    table.put(i, line.text, facts, reports ?? NONE);
    if (reports) known[i] = reports;
    else missing.push(line);
  }
  if (missing.length > 0) {
    const found = checkLines(rule, context, missing, scope === 'line+previous');
    for (const line of missing) {
      const reports = found.get(line.index) ?? NONE;
      table.put(line.index, line.text, factsOf(line, line.index), reports);
      known[line.index] = reports;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const base = lines[i].start;
    for (const r of known[i]!) context.report(shifted(r, base));
  }
}

const NONE: readonly Report[] = [];

/** The facts besides its text that a line's findings depend on, per scope. */
function lineFacts(scope: NonNullable<Rule['meta']['scope']>, headings: readonly Section[], lines: readonly Line[]): (line: Line, i: number) => string {
  if (scope === 'line') return () => '';
  if (scope === 'line+previous') return (_line, i) => (i > 0 ? lines[i - 1].text : '');
  const markerEnd = new Map<number, number>();
  for (const h of headings) markerEnd.set(h.line, h.markerEnd);
  return (line) => {
    const end = markerEnd.get(line.index);
    return end === undefined ? '' : offsetText(end - line.start);
  };
}

// Marker ends are short offsets: their strings made once.
const OFFSETS: string[] = [];
const offsetText = (n: number): string => (n >= 0 && n < 64 ? (OFFSETS[n] ??= String(n)) : String(n));

/** Checks the given lines in one run of the rule; reports by line, relative to the line's start. */
function checkLines(rule: Rule, context: RuleContext, targets: readonly Line[], withPrevious: boolean): Map<number, Report[]> {
  const all = context.model.lines;
  const subset: Line[] = [];
  for (const line of targets) {
    const before = line.index - 1;
    if (withPrevious && before >= 0 && (subset.length === 0 || subset[subset.length - 1].index < before)) subset.push(all[before]);
    subset.push(line);
  }
  const wanted = new Set(targets.map((l) => l.index));
  const byLine = new Map<number, Report[]>();
  const model = new TextModel(context.model.text, subset);
  rule.check({
    ...context,
    model,
    report: (r) => {
      const line = lineOf(subset, r.start);
      if (!wanted.has(line.index)) return;
      const list = byLine.get(line.index) ?? [];
      list.push(shifted(r, -line.start));
      byLine.set(line.index, list);
    },
  });
  return byLine;
}

/** The last line of `lines` (sorted) starting at or before `offset`. */
function lineOf(lines: readonly Line[], offset: number): Line {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo];
}

function shifted(r: Report, by: number): Report {
  return { ...r, start: r.start + by, end: r.end + by, fix: r.fix && shiftedFix(r.fix, by) };
}

function shiftedFix(fix: Fix, by: number): Fix {
  return { ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) };
}
