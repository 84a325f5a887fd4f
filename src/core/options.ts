import { CATEGORIES, type Category, type Severity } from './types';

export type SeveritySetting = Severity | 'off';

/**
 * One rule's setting, as written in studyReport.rules and the config file's "rules": a severity, 'off',
 * true (on, with its own severity) or false (off). 'information' is VS Code's word for 'info'.
 */
export type RuleSetting = SeveritySetting | 'information' | boolean;

/** Everything the engine can be told. All fields optional; `resolveOptions` fills the defaults. */
export interface EngineOptions {
  /** Run only these categories (CLI --only). Default: all. */
  only?: Category[];
  /** Rule ids switched off. */
  disabledRules?: string[];
  /**
   * Per rule: off, or the severity its findings get (over the category's and the rule's own). The editor
   * and the CLI pass the same map, so they agree. Unknown values are ignored, not thrown on.
   */
  rules?: Record<string, RuleSetting>;
  /** Severity per category, or 'off'. Default: each rule's own severity. */
  severity?: Partial<Record<Category, SeveritySetting>>;
  residue?: {
    /** Exact texts the user declared not residue (the 'this is not residue' action writes here). */
    allow?: string[];
    /** User regular expressions (JavaScript syntax) whose matches are residue. */
    extraPatterns?: string[];
    /**
     * Residue families (residue/families/) whose own evidence is left out of the weighing. Meant for
     * measuring how the engine does on a family it knows nothing of (scripts/residue-eval.mjs).
     */
    leaveOutFamilies?: string[];
  };
  numbering?: {
    /** Accept a full-width dot in level three (1．). Standard: no. */
    allowFullWidthDot?: boolean;
    /** Accept circled ⑴ as level four. Standard: no. */
    allowParenthesizedDigits?: boolean;
  };
  count?: {
    /** How 字数 is counted; see wordcount.ts. */
    mode?: CountMode;
  };
}

/** cjk-punct: CJK ideographs plus full-width punctuation (the figure material sites declare). */
export type CountMode = 'cjk-punct' | 'cjk' | 'non-space';

export interface ResolvedOptions {
  categories: Set<Category>;
  /** disabledRules plus the rules set to 'off' or false. */
  disabledRules: Set<string>;
  /** Severity chosen per rule; wins over the category severity. */
  ruleSeverity: Map<string, Severity>;
  severity: Partial<Record<Category, SeveritySetting>>;
  residue: { allow: string[]; extraPatterns: string[]; leaveOutFamilies: string[] };
  numbering: { allowFullWidthDot: boolean; allowParenthesizedDigits: boolean };
  count: { mode: CountMode };
}

export function resolveOptions(options: EngineOptions = {}): ResolvedOptions {
  const disabledRules = new Set(options.disabledRules ?? []);
  const ruleSeverity = new Map<string, Severity>();
  for (const [id, setting] of Object.entries(isPlainObject(options.rules) ? options.rules : {})) {
    if (setting === false || setting === 'off') disabledRules.add(id);
    else {
      const severity = typeof setting === 'string' ? RULE_SEVERITY.get(setting) : undefined;
      if (severity) ruleSeverity.set(id, severity);
    }
  }
  return {
    categories: new Set(options.only && options.only.length ? options.only : CATEGORIES),
    disabledRules,
    ruleSeverity,
    severity: { ...(options.severity ?? {}) },
    residue: {
      allow: (options.residue?.allow ?? []).filter((s) => typeof s === 'string' && s.length > 0),
      extraPatterns: (options.residue?.extraPatterns ?? []).filter((s) => typeof s === 'string' && s.length > 0),
      leaveOutFamilies: (options.residue?.leaveOutFamilies ?? []).filter((s) => typeof s === 'string'),
    },
    numbering: {
      allowFullWidthDot: options.numbering?.allowFullWidthDot ?? false,
      allowParenthesizedDigits: options.numbering?.allowParenthesizedDigits ?? false,
    },
    count: { mode: options.count?.mode ?? 'cjk-punct' },
  };
}

const RULE_SEVERITY = new Map<string, Severity>([['error', 'error'], ['warning', 'warning'], ['information', 'info'], ['info', 'info'], ['hint', 'hint']]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
