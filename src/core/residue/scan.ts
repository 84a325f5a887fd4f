import type { ResolvedOptions } from '../options';
import type { TextModel } from '../text-model';
import type { Fix, Messages, TextEdit } from '../types';
import { isAllowedText } from './allow';
import { BlankLinePolicy } from './blank-lines';
import type { Judged, LineJudgement } from './classify';
import { buildContext, isBlank, isOrnament } from './context';
import { NO_POSITION, familyOf, mainKind, weigh, type Position } from './evidence';
import type { ExactHit } from './exact';
import { FAMILIES } from './families';
import { REMOVE_LINE_TITLE, REMOVE_TITLE, evidenceList, exactMessage, judgedMessage, misfitMessage } from './messages';
import { misfitLines } from './misfit';
import { isBareMisfit, isTailResidue } from './suspect';
import { findPageTitles } from './page-title';
import { NO_LINE_CACHE, type LineCache } from '../line-cache';
import { lineMemo } from './line-memo';

/** One residue finding, ready for the rule that owns `ruleId` to report. */
export interface ResidueHit {
  ruleId: string;
  start: number;
  end: number;
  message: Messages;
  fix: Fix;
  /** Warn-only findings are reported as warnings whatever the rule's default. */
  warnOnly: boolean;
}

interface LineState {
  exact: ExactHit[];
  masked: string;
  judgement: LineJudgement;
  position: Position;
  /** The whole line is certain residue and goes with its line break. */
  safeWhole: boolean;
}

const cache = new WeakMap<TextModel, { key: string; hits: ResidueHit[] }>();

/**
 * Finds all residue of a text once per analysis; the residue rules each report their share. Lines are
 * judged together because removing one residue line decides what happens to the blank lines around its
 * neighbours.
 */
export function scanResidue(model: TextModel, options: ResolvedOptions, lineCache: LineCache = NO_LINE_CACHE): ResidueHit[] {
  const key = JSON.stringify([options.residue.allow, [...options.disabledRules].sort(), options.residue.leaveOutFamilies]);
  const cached = cache.get(model);
  if (cached && cached.key === key) return cached.hits;
  const hits = computeHits(model, options, lineCache);
  cache.set(model, { key, hits });
  return hits;
}

function computeHits(model: TextModel, options: ResolvedOptions, lineCache: LineCache): ResidueHit[] {
  const memo = lineMemo(lineCache);
  const { lines } = model;
  const allow = options.residue.allow;
  const enabled = (ruleId: string) => !options.disabledRules.has(ruleId);
  const leftOut = new Set(options.residue.leaveOutFamilies);
  const families = leftOut.size ? FAMILIES.filter((f) => !leftOut.has(f.id)) : FAMILIES;
  const keepJudged = (line: number, j: Judged) => enabled(j.ruleId) && !isAllowedText(lines[line].text.slice(j.start, j.end), allow);

  // Exact residue first; it is blanked out so the weighing sees only the words around it.
  // Lines without exact residue share one empty list, replaced by a list of their own before anything is added.
  const exact = lines.map((line) => {
    const found = memo.exact(line.index, line.text);
    return found.length === 0 ? NO_HITS : found.filter((h) => enabled(h.ruleId) && !isAllowedText(line.text.slice(h.start, h.end), allow));
  });
  // Site watermarks inside sentences go before weighing: the sentence around them is real text.
  if (enabled('residue-watermark')) {
    exact.forEach((hits, i) => {
      const marks = memo.watermarks(i, mask(lines[i].text, hits));
      if (marks.length === 0) return;
      const found = marks.filter((w) => !isAllowedText(lines[i].text.slice(w.start, w.end), allow));
      if (found.length === 0) return;
      if (hits === NO_HITS) exact[i] = hits = [];
      for (const w of found) hits.push({ ruleId: w.ruleId as ExactHit['ruleId'], start: w.start, end: w.end });
      hits.sort((a, b) => a.start - b.start);
    });
  }
  // A copied page's browser title (the title and the site's name) is cut before weighing.
  if (enabled('residue-web-chrome')) {
    findPageTitles(lines.map((l) => l.text)).forEach((parts, i) => {
      for (const t of parts) {
        if (exact[i].some((h) => h.start < t.end && t.start < h.end) || isAllowedText(lines[i].text.slice(t.start, t.end), allow)) continue;
        if (exact[i] === NO_HITS) exact[i] = [];
        exact[i].push({ ruleId: 'residue-web-chrome', start: t.start, end: t.end });
      }
      exact[i].sort((a, b) => a.start - b.start);
    });
  }
  const masked = lines.map((line, i) => mask(line.text, exact[i]));
  const empty = masked.map((t, i) => isBlank(t) && exact[i].length === 0) as boolean[];
  const blank = masked.map((t, i) => empty[i] || isOrnament(t)) as boolean[];
  const context = buildContext(masked, lineCache);
  // One object literal a line (a spread with an extra key took V8's slow path).
  const positionOf = (i: number, nextToResidue: boolean, misfit: boolean): Position => {
    const trimmed = masked[i].trim();
    return { weight: context.positionWeight[i], repeated: trimmed.length >= 6 && (context.lineCounts.get(trimmed) ?? 0) > 1, nextToResidue, beforeBody: context.firstBody < 0 || i < context.firstBody, misfit };
  };

  const misfitLine = (i: number) => context.firstBody >= 0 && i !== context.firstBody && memo.misfit(masked[i], i);
  // The prefilter once per line: most lines of a report can hold no residue evidence at all.
  const candidate = masked.map((t, i) => !isBlank(t) && memo.mayBeResidue(i, t));
  const states: LineState[] = lines.map((_, i) => {
    const onlyExact = exact[i].length > 0 && isBlank(masked[i]);
    const position = positionOf(i, false, candidate[i] && misfitLine(i));
    const judgement = onlyExact || isBlank(masked[i]) ? NO_JUDGEMENT : filterJudgement(memo.judge(i, 1, masked[i], position, enabled, families, candidate[i]), i, keepJudged);
    // A line of nothing but invisible characters stands for a blank line: it stays, emptied.
    const onlyInvisible = onlyExact && exact[i].every((h) => h.ruleId === 'residue-invisible-char');
    const safeWhole = (onlyExact && !onlyInvisible) || ('whole' in judgement && judgement.whole.verdict === 'safe');
    return { exact: exact[i], masked: masked[i], judgement, position, safeWhole };
  });

  // Second look at lines next to certain residue: an ad block's weaker lines (谨防假冒！) join it.
  const nonBlankNeighbour = (i: number, step: number) => {
    let k = i + step;
    while (k >= 0 && k < lines.length && isBlank(masked[k])) k += step;
    return k >= 0 && k < lines.length ? k : -1;
  };
  const firstPassSafe = states.map((s) => s.safeWhole);
  states.forEach((s, i) => {
    if (s.safeWhole || isBlank(s.masked)) return;
    const prev = nonBlankNeighbour(i, -1);
    const next = nonBlankNeighbour(i, 1);
    if (!((prev >= 0 && firstPassSafe[prev]) || (next >= 0 && firstPassSafe[next]))) return;
    s.position = positionOf(i, true, s.position.misfit === true);
    s.judgement = filterJudgement(memo.judge(i, 2, s.masked, s.position, enabled, families, candidate[i]), i, keepJudged);
    s.safeWhole = 'whole' in s.judgement && s.judgement.whole.verdict === 'safe';
  });

  // Lines that fit nothing of the document's own body and carry a web sign: warned, removal offered.
  const misfits = enabled('residue-misfit-line')
    ? new Set(misfitLines(masked, context, (i) => states[i].exact.length > 0 || !('spans' in states[i].judgement) || states[i].judgement.spans.length > 0 || isAllowedText(lines[i].text.trim(), allow), memo))
    : new Set<number>();

  // After the closing line stand the signature, the date and the attachments; a suspect there is residue.
  // Anywhere, a line that fits nothing of the body and holds not one word of a report is residue.
  for (let i = 0; i < states.length; i++) {
    const s = states[i];
    if (s.safeWhole || s.exact.length > 0) continue;
    const tail = context.closingLine >= 0 && i > context.closingLine;
    const whole = 'whole' in s.judgement ? s.judgement.whole : undefined;
    if (!tail && !misfits.has(i)) continue;
    const evidence = whole?.evidence ?? weigh(s.masked, s.position);
    const suspect = whole
      ? whole.verdict === 'warn' && tail && isTailResidue(evidence, s.masked)
      : misfits.has(i) && (tail ? isTailResidue(evidence, s.masked) : isBareMisfit(evidence, s.masked));
    if (!suspect) continue;
    const kind = mainKind(evidence, enabled);
    const ruleId = whole?.ruleId ?? (kind ? familyOf(kind)!.ruleId : 'residue-misfit-line');
    if (!enabled(ruleId)) continue;
    const trimmedStart = s.masked.length - s.masked.trimStart().length;
    s.judgement = { whole: { start: trimmedStart, end: s.masked.trimEnd().length, verdict: 'safe', evidence, ruleId } };
    s.safeWhole = true;
    misfits.delete(i);
  }
  const residueLines = states.map((s) => s.safeWhole);
  const policy = new BlankLinePolicy(model, blank, empty, residueLines);
  const safeLineEdits = policy.editsFor((i) => residueLines[i], states.flatMap((s, i) => (s.safeWhole ? [i] : [])));

  const hits: ResidueHit[] = [];
  const seenResidueLines = new Set<string>();
  states.forEach((s, i) => {
    const line = lines[i];
    const lineEdit = safeLineEdits.get(i);
    for (const h of s.exact) {
      const edit = lineEdit ?? exactEdit(line.text, h, line.start);
      hits.push({
        ruleId: h.ruleId,
        start: line.start + h.start,
        end: line.start + h.end,
        message: exactMessage(h.ruleId, line.text.slice(h.start, h.end)),
        fix: { title: lineEdit ? REMOVE_LINE_TITLE : REMOVE_TITLE, edits: [edit], safe: true },
        warnOnly: false,
      });
    }
    if ('whole' in s.judgement) {
      const j = s.judgement.whole;
      const safe = j.verdict === 'safe';
      const edit = safe ? lineEdit! : policy.editsFor((k) => k === i, [i]).get(i)!;
      const text = s.masked.trim();
      const duplicate = safe && seenResidueLines.has(text);
      if (safe) seenResidueLines.add(text);
      const ruleId = duplicate && enabled('residue-duplicate-line') ? 'residue-duplicate-line' : j.ruleId;
      hits.push(judgedHit(ruleId, line.start, j, s.position, edit, REMOVE_LINE_TITLE));
    } else if (misfits.has(i)) {
      const trimmedStart = line.text.length - line.text.trimStart().length;
      hits.push({
        ruleId: 'residue-misfit-line',
        start: line.start + trimmedStart,
        end: line.start + line.text.trimEnd().length,
        message: misfitMessage(line.text.trim()),
        fix: { title: REMOVE_LINE_TITLE, edits: [policy.editsFor((k) => k === i, [i]).get(i)!], safe: false },
        warnOnly: true,
      });
    } else {
      for (const j of s.judgement.spans) hits.push(judgedHit(j.ruleId, line.start, j, s.position, spanEdit(s.masked, j, line.start), REMOVE_TITLE));
    }
  });
  if (lines.length > 0 && lines[0].start === 0 && lines[0].text.charCodeAt(0) === 0xfeff) keepByteOrderMark(hits);
  return hits;
}

/** A byte order mark is no content of the first line: nothing cut at the start of the text takes it along. */
function keepByteOrderMark(hits: ResidueHit[]): void {
  for (const h of hits) {
    if (h.start === 0) h.start = 1;
    for (const e of h.fix.edits) if (e.start === 0 && e.end > 1) e.start = 1;
  }
}

function judgedHit(ruleId: string, lineStart: number, j: Judged, position: Position, edit: TextEdit, title: Messages): ResidueHit {
  const safe = j.verdict === 'safe';
  return {
    ruleId,
    start: lineStart + j.start,
    end: lineStart + j.end,
    message: judgedMessage(ruleId, safe, evidenceList(j.evidence, position ?? NO_POSITION)),
    fix: { title, edits: [edit], safe },
    warnOnly: !safe,
  };
}

// Shared by every line without any: never written to.
const NO_HITS: ExactHit[] = [];
const NO_JUDGEMENT: LineJudgement = { spans: [] };

function filterJudgement(j: LineJudgement, line: number, keep: (line: number, j: Judged) => boolean): LineJudgement {
  if ('whole' in j) return keep(line, j.whole) ? j : { spans: [] };
  if (j.spans.length === 0) return j;
  return { spans: j.spans.filter((span) => keep(line, span)) };
}

/** Replaces exact residue with spaces of the same length, so offsets stay valid. */
function mask(text: string, hits: readonly ExactHit[]): string {
  if (hits.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const h of hits) {
    if (h.start < cursor) continue;
    out += text.slice(cursor, h.start) + ' '.repeat(h.end - h.start);
    cursor = h.end;
  }
  return out + text.slice(cursor);
}

const SPACE = /[ \t\u3000]/;

// Spaces that only separate residue from what follows. The ideographic space U+3000 is left alone: at the
// start of a line it is the paragraph's indentation.
const SEPARATING_SPACE = /[ \t]/;

/**
 * A marker between two spaces takes one of them along, so no double space is left; at the start of a line
 * it takes the plain spaces after it, never the indentation.
 */
function exactEdit(text: string, h: ExactHit, lineStart: number): TextEdit {
  let end = h.end;
  if (h.ruleId !== 'residue-invisible-char' && (h.start === 0 || SPACE.test(text[h.start - 1]))) {
    while (end < text.length && SEPARATING_SPACE.test(text[end])) end++;
  }
  return { start: lineStart + h.start, end: lineStart + end, newText: '' };
}

/**
 * A residue sentence glued to prose: cut it with the blanks that join it to the prose, keep the line's
 * indentation and the prose untouched.
 */
function spanEdit(text: string, j: Judged, lineStart: number): TextEdit {
  let start = j.start;
  let end = j.end;
  const leading = onlySpaces(text, 0, start);
  if (leading) while (end < text.length && SEPARATING_SPACE.test(text[end])) end++;
  else while (start > 0 && SPACE.test(text[start - 1])) start--;
  if (onlySpaces(text, end, text.length)) end = text.length;
  return { start: lineStart + start, end: lineStart + end, newText: '' };
}

/** Stops at the first other character, so many spans on one long line stay linear. */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i])) return false;
  return true;
}
