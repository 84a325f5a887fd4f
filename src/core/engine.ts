import { applyEdits, nonOverlapping } from './edits';
import { resolveOptions, type EngineOptions, type ResolvedOptions } from './options';
import type { RuleContext } from './rule';
import { ALL_RULES } from './rules';
import { buildSections, type Section } from './sections';
import { TextModel } from './text-model';
import type { Finding, Severity, TextEdit } from './types';
import { compileUserPatterns, type PatternProblem } from './user-patterns';
import { countCharacters } from './wordcount';

export interface CountResult {
  /** 字数 of the document in the configured mode. */
  characters: number;
  /** The figure a title declares, as in （2683字）, if any. */
  declared?: number;
}

export interface AnalyzeResult {
  findings: Finding[];
  /** Section tree roots. */
  sections: Section[];
  /** All headings in document order. */
  headings: Section[];
  count: CountResult;
  /** Settings the engine could not use (e.g. a rejected extra pattern), with a message for the user. */
  problems: PatternProblem[];
}

/** Runs every enabled rule over the text once. Deterministic and synchronous. */
export function analyze(text: string, options?: EngineOptions | ResolvedOptions): AnalyzeResult {
  const resolved = isResolved(options) ? options : resolveOptions(options);
  const model = new TextModel(text);
  const { roots, headings } = buildSections(model);
  const findings: Finding[] = [];
  for (const rule of ALL_RULES) {
    const { id, category, defaultSeverity } = rule.meta;
    if (!resolved.categories.has(category) || resolved.disabledRules.has(id)) continue;
    const categorySeverity = resolved.severity[category];
    if (categorySeverity === 'off') continue;
    const context: RuleContext = {
      model,
      sections: roots,
      headings,
      options: resolved,
      report: (r) => {
        const severity: Severity = categorySeverity ?? r.severity ?? defaultSeverity;
        findings.push({ ruleId: id, category, severity, message: r.message, start: r.start, end: r.end, fix: r.fix, text: text.slice(r.start, r.end) });
      },
    };
    rule.check(context);
  }
  const kept = findings.filter((f) => !isAllowed(f, resolved)).sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings: kept, sections: roots, headings, count: { characters: countCharacters(text, resolved.count.mode) }, problems: compileUserPatterns(resolved.residue.extraPatterns).problems };
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

function isAllowed(finding: Finding, options: ResolvedOptions): boolean {
  if (finding.category !== 'residue' || options.residue.allow.length === 0) return false;
  return options.residue.allow.some((allowed) => finding.text.includes(allowed) || allowed.includes(finding.text));
}

function isResolved(options: EngineOptions | ResolvedOptions | undefined): options is ResolvedOptions {
  return !!options && (options as ResolvedOptions).categories instanceof Set;
}
