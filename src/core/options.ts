import type { Category, Severity } from './types';

export type SeveritySetting = Severity | 'off';

/** Everything the engine can be told. All fields optional; `resolveOptions` fills the defaults. */
export interface EngineOptions {
  /** Run only these categories (CLI --only). Default: all. */
  only?: Category[];
  /** Rule ids switched off. */
  disabledRules?: string[];
  /** Severity per category, or 'off'. Default: each rule's own severity. */
  severity?: Partial<Record<Category, SeveritySetting>>;
  residue?: {
    /** Exact texts the user declared not residue (the 'this is not residue' action writes here). */
    allow?: string[];
    /** User regular expressions (JavaScript syntax) whose matches are residue. */
    extraPatterns?: string[];
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
  disabledRules: Set<string>;
  severity: Partial<Record<Category, SeveritySetting>>;
  residue: { allow: string[]; extraPatterns: string[] };
  numbering: { allowFullWidthDot: boolean; allowParenthesizedDigits: boolean };
  count: { mode: CountMode };
}

export function resolveOptions(options: EngineOptions = {}): ResolvedOptions {
  return {
    categories: new Set(options.only && options.only.length ? options.only : ['residue', 'numbering', 'placeholder', 'count']),
    disabledRules: new Set(options.disabledRules ?? []),
    severity: { ...(options.severity ?? {}) },
    residue: {
      allow: (options.residue?.allow ?? []).filter((s) => typeof s === 'string' && s.length > 0),
      extraPatterns: (options.residue?.extraPatterns ?? []).filter((s) => typeof s === 'string' && s.length > 0),
    },
    numbering: {
      allowFullWidthDot: options.numbering?.allowFullWidthDot ?? false,
      allowParenthesizedDigits: options.numbering?.allowParenthesizedDigits ?? false,
    },
    count: { mode: options.count?.mode ?? 'cjk-punct' },
  };
}
