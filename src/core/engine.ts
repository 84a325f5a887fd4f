import { applyEdits, nonOverlapping } from './edits';
import { resolveOptions, type EngineOptions, type ResolvedOptions } from './options';
import type { Report, Rule, RuleContext } from './rule';
import { NO_LINE_CACHE, type LineCache } from './line-cache';
import { runByLine } from './line-rules';
import { ALL_RULES } from './rules';
import { isAllowedText } from './residue/allow';
import { countDocument, type CountResult } from './count';
import { buildSections, type Section } from './sections';
import { TextModel } from './text-model';
import { PROOFREADING_CATEGORIES, type Category, type Finding, type Severity, type TextEdit } from './types';
import { isAllowedInPlace } from './proofreading/allow';
import { compileUserPatterns, type PatternProblem } from './user-patterns';

export type { CountResult } from './count';

export interface AnalyzeResult {
  findings: Finding[];
  /** Section tree roots. */
  sections: Section[];
  /** All headings in document order. */
  headings: Section[];
  count: CountResult;
  /** Settings the engine could not use (e.g. a rejected extra pattern), with a message for the user. */
  problems: PatternProblem[];
  /** The lines of the analysed text, so views that need them do not split the text again. */
  model: TextModel;
}

/** Runs every enabled rule over the text once. Deterministic and synchronous. */
export function analyze(text: string, options?: EngineOptions | ResolvedOptions): AnalyzeResult {
  return analyzeModel(new TextModel(text), isResolved(options) ? options : resolveOptions(options), NO_LINE_CACHE);
}

/**
 * The analysis of a model, with per-line results taken from `cache` where the line and what its result
 * depends on are unchanged (incremental.ts). The result is the one `analyze` gives for the same text.
 */
export function analyzeModel(model: TextModel, resolved: ResolvedOptions, cache: LineCache): AnalyzeResult {
  const text = model.text;
  const { roots, headings } = buildSections(model, cache);
  const runRule = (rule: Rule, sink: Finding[], count?: CountResult): void => {
    const { id, category, defaultSeverity } = rule.meta;
    const categorySeverity = resolved.severity[category];
    const ruleSeverity = resolved.ruleSeverity.get(id);
    const report = (r: Report): void => {
      const severity: Severity = ruleSeverity ?? (categorySeverity !== 'off' ? categorySeverity : undefined) ?? r.severity ?? defaultSeverity;
      sink.push({ ruleId: id, category, severity, message: r.message, start: r.start, end: r.end, fix: r.fix, text: text.slice(r.start, r.end) });
    };
    const context: RuleContext = { model, sections: roots, headings, options: resolved, count, cache, report };
    if (rule.meta.scope && cache !== NO_LINE_CACHE) runByLine(rule, context, cache);
    else rule.check(context);
  };
  const found: Finding[] = [];
  // Residue rules always run: 字数 leaves residue out even when its warnings are hidden (--only, 'off').
  for (const rule of ALL_RULES) {
    if (rule.meta.category === 'count' || resolved.disabledRules.has(rule.meta.id)) continue;
    if (rule.meta.category === 'residue' || isShown(rule.meta.category, resolved)) runRule(rule, found);
  }
  const allowed = found.filter((f) => !isAllowed(f, resolved, text));
  // Count rules compare against the count, so they run after it, on the same residue.
  const count = countDocument(model, allowed, resolved.count.mode, cache);
  for (const rule of ALL_RULES) {
    if (rule.meta.category !== 'count' || resolved.disabledRules.has(rule.meta.id) || !isShown('count', resolved)) continue;
    runRule(rule, allowed, count);
  }
  const insideResidue = spanCover(allowed.filter((f) => f.category === 'residue'));
  const kept = allowed
    .filter((f) => isShown(f.category, resolved) && !(reportsInsideResidue(f.category) && insideResidue(f)))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings: kept, sections: roots, headings, count, problems: compileUserPatterns(resolved.residue.extraPatterns).problems, model };
}

/** Placeholders and proofreading findings inside residue (an ad line) are left to the residue finding. */
function reportsInsideResidue(category: Category): boolean {
  return category === 'placeholder' || PROOFREADING_CATEGORIES.includes(category);
}

/**
 * A placeholder or a proofreading finding inside residue is left to the residue finding: one warning, not two. The test
 * sorts the spans once and binary-searches them: testing every span for every finding grew quadratically
 * on merged documents.
 */
function spanCover(spans: readonly Finding[]): (finding: Finding) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // furthestEnd[i]: the largest end among the first i + 1 spans, all of which start at or before sorted[i].
  const furthestEnd: number[] = [];
  for (const s of sorted) furthestEnd.push(Math.max(s.end, furthestEnd.length ? furthestEnd[furthestEnd.length - 1] : -1));
  return (finding) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1; // the last span starting at or before the finding
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= finding.start) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && furthestEnd[last] >= finding.end;
  };
}

function isShown(category: Category, options: ResolvedOptions): boolean {
  return options.categories.has(category) && options.severity[category] !== 'off';
}

/** The safe edits of one analysis that can be applied together. */
export function safeEdits(findings: readonly Finding[]): TextEdit[] {
  return nonOverlapping(findings.flatMap((f) => (f.fix && f.fix.safe ? f.fix.edits : [])));
}

const MAX_FIX_PASSES = 8;

/** Applies all safe fixes of the enabled categories until nothing more changes. */
export function fix(text: string, options?: EngineOptions): string {
  const resolved = resolveOptions(options);
  let current = text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = safeEdits(analyze(current, resolved).findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The user's allowlist. Residue: 'not residue' entries (the residue scan applies the same test before
 * planning removals). Proofreading: 'ignore here' entries, matched where they stand around the finding.
 */
function isAllowed(finding: Finding, options: ResolvedOptions, text: string): boolean {
  if (finding.category === 'residue') return isAllowedText(finding.text, options.residue.allow);
  if (PROOFREADING_CATEGORIES.includes(finding.category)) return isAllowedInPlace(text, finding.start, finding.end, options.residue.allow);
  return false;
}

export function isResolved(options: EngineOptions | ResolvedOptions | undefined): options is ResolvedOptions {
  return !!options && (options as ResolvedOptions).categories instanceof Set;
}
