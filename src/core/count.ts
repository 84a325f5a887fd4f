import type { CountMode } from './options';
import type { TextModel } from './text-model';
import type { Finding } from './types';
import { NO_LINE_CACHE, type LineCache } from './line-cache';
import { countCharacters, countExcluding, type Span } from './wordcount';

export interface CountResult {
  /** 字数 of the document in `mode`: the whole text minus the residue the same analysis found. */
  characters: number;
  mode: CountMode;
  /** The residue spans left out of the count (the selection count leaves out the same). */
  excluded: Span[];
  /** The figure a title declares, as in （2683字）, if any. */
  declared?: number;
  /** Offsets of the declared digits in the text (what the count-declared fix replaces). */
  declaredStart?: number;
  declaredEnd?: number;
  /** True for 约2600字 / 2600余字: a rounded figure, never flagged as wrong. */
  declaredApproximate?: boolean;
}

export interface DeclaredCount {
  value: number;
  start: number;
  end: number;
  approximate: boolean;
}

// （2683字） (2683字) （全文2683字） （约2600字） （2600余字）; digits may be full-width. Bounded, no nesting:
// linear on any line.
export const DECLARED_COUNT = /[（(][ \u3000]*(全文|共|计|约)?[ \u3000]*([0-9０-９]{2,7})[ \u3000]*(余|多)?字[ \u3000]*[）)]/;

/** The spans of residue findings: what the count leaves out. */
export function residueSpans(findings: readonly Finding[]): Span[] {
  return findings.filter((f) => f.category === 'residue').map((f) => ({ start: f.start, end: f.end }));
}

/**
 * The declared figure of the title: the first line that has content outside residue (a site header
 * above the title is residue, so it is skipped).
 */
export function findDeclaredCount(model: TextModel, residue: readonly Span[]): DeclaredCount | undefined {
  for (const line of model.lines) {
    if (line.text.trim() === '') continue;
    if (countExcluding(model.text, 'non-space', residue, line.start, line.end) === 0) continue;
    const m = DECLARED_COUNT.exec(line.text);
    if (!m) return undefined;
    const digits = m[2];
    const digitsOffset = m.index + m[0].indexOf(digits);
    const start = line.start + digitsOffset;
    return { value: Number(toAsciiDigits(digits)), start, end: start + digits.length, approximate: m[1] === '约' || m[3] !== undefined };
  }
  return undefined;
}

/** 字数 of a whole document: one definition shared by the engine, the CLI and the status bar. */
export function countDocument(model: TextModel, findings: readonly Finding[], mode: CountMode, cache: LineCache = NO_LINE_CACHE): CountResult {
  const residue = residueSpans(findings);
  const characters = cache === NO_LINE_CACHE ? countExcluding(model.text, mode, residue) : countByLine(model, residue, mode, cache);
  const result: CountResult = { characters, mode, excluded: residue };
  const declared = findDeclaredCount(model, residue);
  if (declared) {
    result.declared = declared.value;
    result.declaredStart = declared.start;
    result.declaredEnd = declared.end;
    result.declaredApproximate = declared.approximate;
  }
  return result;
}

/**
 * The same figure as countExcluding over the whole text, added up line by line: a line without residue
 * counts what its text counts (kept between analyses), a line with residue is counted around it. Line
 * breaks count in no mode and no character pair spans one, so the sum is the whole text's count.
 */
function countByLine(model: TextModel, residue: readonly Span[], mode: CountMode, cache: LineCache): number {
  const counted = cache.table<number>(`count-${mode}`);
  const spans = residue.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const of = (text: string): number => countCharacters(text, mode);
  let n = 0;
  let next = 0; // the first span that may reach a line at or after the current one
  for (const line of model.lines) {
    const stop = line.end + line.eol.length;
    while (next < spans.length && spans[next].end <= line.start) next++;
    let touched = false;
    for (let k = next; k < spans.length && spans[k].start < stop; k++) {
      if (spans[k].end > line.start) {
        touched = true;
        break;
      }
    }
    n += touched ? countExcluding(model.text, mode, spans, line.start, stop) : counted.get(line.index, line.text, '', of);
  }
  return n;
}

/** 字数 of a selection [start, end), leaving out what the document figure left out. */
export function countSelection(text: string, count: CountResult, start: number, end: number): number {
  return countExcluding(text, count.mode, count.excluded, Math.min(start, end), Math.max(start, end));
}

function toAsciiDigits(digits: string): string {
  return digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
