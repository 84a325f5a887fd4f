import { chineseNumeral, codeSet, numeralValue } from '../proofreading/chars';
import { enumerators } from '../proofreading/enumeration';
import type { Rule } from '../rule';
import type { Section } from '../sections';
import type { TextModel } from '../text-model';

// 下面我谈三点体会 / 存在以下四个方面的问题 / 主要有五个方面 announce how many parts follow. After editing, the
// figure and the parts drift apart. The parts are the headings that follow (the announcing heading's
// children, or the next headings of the section), else the 一是/二是 run that follows. Where nothing
// countable follows, nothing is said. Which side is wrong is the writer's call: the fix (the figure) is offered.
const ANNOUNCE = /(?:以下|如下|下面|存在|主要有|主要是|主要表现在|主要体现在|集中在|归纳为|概括为|谈|讲|从(?=[两二三四五六七八九十])|有(?=[两二三四五六七八九十]点))[^，。；！？：]{0,6}?([两二三四五六七八九十]{1,2})(个方面|方面|点|条|项|个问题|个层面|个部分|部分)/g;
const MAX_LOOKAHEAD_LINES = 6;

export const structureAnnouncedCount: Rule = {
  meta: {
    id: 'structure-announced-count',
    category: 'structure',
    defaultSeverity: 'warning',
    description: { zh: '预告的条数与后文不符（下面我谈三点体会，后文却只有两点）', en: 'An announced count (下面我谈三点体会) differs from the parts that follow' },
  },
  check({ model, sections, headings, report, cache }) {
    let index: SectionIndex | undefined;
    // What a line announces depends on its text alone: kept between analyses (line-cache.ts).
    const announcedOn = cache.table<Announcement[]>('announcements');
    for (const line of model.lines) {
      for (const { at, length, numeral, unit, announced } of announcedOn.get(line.index, line.text, '', announcements)) {
        index ??= indexSections(model, sections, headings);
        const counts = countParts(model, index, sections, line.index, at + length);
        if (counts === undefined || counts.includes(announced)) continue;
        const actual = counts[0];
        const numeralStart = line.start + at + length - unit.length - numeral.length;
        const written = actual === 2 ? '两' : chineseNumeral(actual);
        report({
          start: numeralStart,
          end: numeralStart + numeral.length + unit.length,
          message: {
            zh: `预告“${numeral}${unit}”，后文实际为${actual}${unit}`,
            en: `"${numeral}${unit}" announces ${announced}; ${actual} follow`,
          },
          fix: { title: { zh: `改为“${written}${unit}”`, en: `Change to "${written}${unit}"` }, edits: [{ start: numeralStart, end: numeralStart + numeral.length, newText: written }], safe: false },
        });
      }
    }
  },
};

interface Announcement {
  /** Offset of the announcing phrase in the line, and its length. */
  at: number;
  length: number;
  numeral: string;
  unit: string;
  announced: number;
}

const NONE: Announcement[] = [];

/** The announcing phrases of a line (下面我谈三点体会): a count of two or more, 三点钟 and the like left out. */
function announcements(text: string): Announcement[] {
  if (!hasNumeral(text)) return NONE;
  const found: Announcement[] = [];
  ANNOUNCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANNOUNCE.exec(text)) !== null) {
    const numeral = m[1];
    const unit = m[2];
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (unit === '点' && '钟半多左整'.indexOf(after) >= 0 && after !== '') continue;
    const announced = numeralValue(numeral);
    if (announced === undefined || announced < 2) continue;
    found.push({ at: m.index, length: m[0].length, numeral, unit, announced });
  }
  return found;
}

const NUMERALS = codeSet('两二三四五六七八九十');

function hasNumeral(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (NUMERALS[text.charCodeAt(i)]) return true;
  return false;
}

/**
 * How many parts follow the announcement at line/column — the likeliest count first, then other readings
 * the writer may have meant — or undefined when nothing countable follows.
 */
function countParts(model: TextModel, index: SectionIndex, roots: readonly Section[], lineIndex: number, column: number): number[] | undefined {
  // 1. An enumeration in the rest of the same paragraph: …三个方面的问题：一是…二是…三是… (or 第一，第二，)
  const rest = model.lines[lineIndex].text;
  const sameLine = Math.max(runLength(enumerators(rest, column)), runLength(ordinals(rest, column)));
  if (sameLine >= 2) return [sameLine];
  const heading = index.headingAt.get(lineIndex);
  const owner = heading ?? index.ownerOf[lineIndex];
  // 2. An 一是/二是 run in the next paragraphs, before any heading.
  const values: number[] = [];
  const last = Math.min(model.lineCount - 1, lineIndex + MAX_LOOKAHEAD_LINES, owner ? owner.lastLine : model.lineCount - 1);
  for (let l = lineIndex + 1; l <= last && !index.headingAt.has(l); l++) {
    for (const e of enumerators(model.lines[l].text)) values.push(e.value);
  }
  const run = runLength(values.map((value) => ({ value })));
  if (run >= 2) return [run];
  // 3. Headings: the announcing heading's children, or the section's next headings, starting right below.
  const list = heading ? heading.children : owner ? owner.children : roots;
  const from = heading ? 0 : firstAfter(list, lineIndex);
  const count = list.length - from;
  if (count === 0 || list[from].line - lineIndex > MAX_LOOKAHEAD_LINES) return undefined;
  // An introduction that announces 六个方面 may count the parts of its first heading (一、存在的问题 with
  // （一）…（六）) rather than the headings themselves (问题, 原因, 措施): either reading is accepted.
  const firstChildren = list[from].children.length;
  return firstChildren > 0 ? [count, firstChildren] : [count];
}

interface SectionIndex {
  headingAt: Map<number, Section>;
  /** The innermost section each line belongs to (undefined before the first heading). */
  ownerOf: Array<Section | undefined>;
}

/** Built once per analysis, and only when an announcement is found: lookups stay O(1) per announcement. */
function indexSections(model: TextModel, roots: readonly Section[], headings: readonly Section[]): SectionIndex {
  const ownerOf: Array<Section | undefined> = new Array(model.lineCount).fill(undefined);
  const walk = (sections: readonly Section[]): void => {
    for (const s of sections) {
      for (let l = s.line; l <= s.lastLine && l < ownerOf.length; l++) ownerOf[l] = s;
      walk(s.children);
    }
  };
  walk(roots);
  return { headingAt: new Map(headings.map((h) => [h.line, h])), ownerOf };
}

/** Index of the first section of a sorted list that starts after `line` (binary search: the list may be long). */
function firstAfter(sections: readonly Section[], line: number): number {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].line > line) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** 第一，第二， … at clause starts after `from`, as values. */
function ordinals(text: string, from: number): Array<{ value: number }> {
  const found: Array<{ value: number }> = [];
  for (let at = text.indexOf('第', from); at >= 0; at = text.indexOf('第', at + 1)) {
    const m = /^第([一二三四五六七八九十]{1,3})[，、是：]/.exec(text.slice(at, at + 6));
    const value = m ? numeralValue(m[1]) : undefined;
    if (value !== undefined) found.push({ value });
  }
  return found;
}

/** Length of the run 1, 2, 3 … at the start (0 when it does not start at 1). */
function runLength(items: ReadonlyArray<{ value: number }>): number {
  let n = 0;
  for (const item of items) {
    if (item.value === n + 1) n++;
    else break;
  }
  return n;
}
