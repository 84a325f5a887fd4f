import { codeSet, inSpans, titleSpans, type LineSpan } from '../proofreading/chars';
import { FIXED_NAMES, FORMULATIONS, THOUGHT, type Formulation } from '../proofreading/formulations';
import type { Report, Rule } from '../rule';
import type { Messages } from '../types';

// Proofreaders of official writing rank a wrong fixed formulation as the most serious error: an item
// missing or wrong, the order changed, 、 turned into ，, a name truncated (中华民族复兴). The wording and
// its source are data (proofreading/formulations.ts). An enumeration is judged only where it clearly is
// the formulation (its name nearby, or enough of its items in one list). Fixes change the writer's
// sentence: offered one at a time.
const NAME_WINDOW = 24;
/** What may stand between two items of one list. */
const LIST_GAP = /^[、，,和及与以“”‘’\s　]{0,3}$/;

interface Hit {
  index: number;
  start: number;
  end: number;
  /** An outdated item (全面建成小康社会 in 四个全面) standing for item `index`. */
  old?: string;
}

/** Every item (and outdated item) of every formulation, by its first character: one scan per line finds them all. */
interface IndexedItem {
  formulation: number;
  index: number;
  text: string;
  old?: string;
}
// Keyed by the first two characters (every item has at least two): a position is compared only where
// both start an item.
const ITEMS_BY_START = new Map<number, IndexedItem[]>();
const startKey = (text: string, at: number): number => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
FORMULATIONS.forEach((f, formulation) => {
  const add = (entry: IndexedItem): void => {
    const key = startKey(entry.text, 0);
    const list = ITEMS_BY_START.get(key) ?? [];
    list.push(entry);
    ITEMS_BY_START.set(key, list);
  };
  f.items.forEach((text, index) => add({ formulation, index, text }));
  for (const [old, current] of f.replaced ?? []) add({ formulation, index: f.items.indexOf(current), text: old, old });
});
const FIRST = codeSet([...ITEMS_BY_START.values()].map((list) => list[0].text[0]));
const SECOND = codeSet([...ITEMS_BY_START.values()].map((list) => list[0].text[1]));
/** Compound items with 、 inside (务必不忘初心、牢记使命), as the ， variant writers type. */
const VARIANTS = FORMULATIONS.flatMap((f) => f.items.filter((item) => item.indexOf('、') >= 0).map((item) => ({ f, item, variant: item.replace(/、/g, '，') })));

interface Foreign {
  start: number;
  end: number;
  text: string;
}

export const wordingFormulation: Rule = {
  meta: {
    id: 'wording-formulation',
    category: 'wording',
    defaultSeverity: 'warning',
    scope: 'line+previous',
    description: {
      zh: '规范提法有误：缺项、错项、顺序颠倒、顿号改成逗号、名称被截短（中华民族复兴 → 中华民族伟大复兴）',
      en: 'A fixed formulation written wrong: an item missing or wrong, order changed, 、 turned into ，, a name truncated',
    },
  },
  check({ model, report }) {
    let previous = '';
    for (const line of model.lines) {
      const text = line.text;
      const before = previous;
      previous = text;
      if (text.length < 4) continue;
      const taken: LineSpan[] = [];
      let titles: LineSpan[] | undefined;
      const say = (start: number, end: number, message: Messages, replacement?: string, severity?: Report['severity']): void => {
        if (taken.some((t) => start < t.end && t.start < end)) return;
        titles ??= titleSpans(text);
        if (inSpans(titles, start)) return;
        taken.push({ start, end });
        report({
          start: line.start + start,
          end: line.start + end,
          message,
          severity,
          fix:
            replacement === undefined
              ? undefined
              : { title: { zh: `改为“${replacement}”`, en: `Change to "${replacement}"` }, edits: [{ start: line.start + start, end: line.start + end, newText: replacement }], safe: false },
        });
      };
      checkVariants(text, say);
      const hits = collectHits(text);
      FORMULATIONS.forEach((f, i) => {
        const own = hits[i];
        if (own && own.length >= 2) checkEnumeration(text, f, own, say);
      });
      checkNames(text, say, before);
    }
  },
};

type Say = (start: number, end: number, message: Messages, replacement?: string, severity?: Report['severity']) => void;

/** `before` is the previous line: a name wrapped after 习近平 is not truncated. */
function checkNames(text: string, say: Say, before: string): void {
  for (const name of FIXED_NAMES) {
    for (let at = text.indexOf(name.wrong); at >= 0; at = text.indexOf(name.wrong, at + 1)) {
      say(at, at + name.wrong.length, { zh: `规范提法为“${name.right}”（${name.source}）`, en: `The fixed wording is "${name.right}" (${name.source})` }, name.right);
    }
  }
  // 习近平新时代中国特色社会主义 without 思想 at the end: the name cut short (the line ends or other words follow).
  const stem = THOUGHT.full.slice(0, -2);
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    const next = text.slice(at + stem.length, at + stem.length + 2);
    if (next === '思想' || next.startsWith('思')) continue;
    say(at, at + stem.length, { zh: `名称不能截短，应为“${THOUGHT.full}”（${THOUGHT.source}）`, en: `The name is not shortened: "${THOUGHT.full}" (${THOUGHT.source})` }, THOUGHT.full);
  }
  for (let at = text.indexOf(THOUGHT.tail); at >= 0; at = text.indexOf(THOUGHT.tail, at + 1)) {
    if (text.slice(Math.max(0, at - THOUGHT.head.length), at) === THOUGHT.head) continue;
    if (text.slice(0, at).trim() === '' && before.trimEnd().endsWith(THOUGHT.head)) continue;
    say(at, at + THOUGHT.tail.length, { zh: `名称不能截短，应为“${THOUGHT.full}”（${THOUGHT.source}）`, en: `The name is not shortened: "${THOUGHT.full}" (${THOUGHT.source})` }, THOUGHT.full);
  }
}

/** 、 inside a compound item written as ，: 务必不忘初心，牢记使命. */
function checkVariants(text: string, say: Say): void {
  if (text.indexOf('，') < 0) return;
  for (const { f, item, variant } of VARIANTS) {
    for (let at = text.indexOf(variant); at >= 0; at = text.indexOf(variant, at + 1)) {
      say(at, at + variant.length, { zh: `规范提法“${item}”中用顿号（${f.source}）`, en: `The fixed wording "${item}" takes 、 (${f.source})` }, item);
    }
  }
}

function checkEnumeration(text: string, f: Formulation, hits: Hit[], say: Say): void {
  let cluster: Hit[] = [hits[0]];
  const foreign: Array<Foreign | undefined> = [];
  for (let h = 1; h <= hits.length; h++) {
    const hit = hits[h];
    const last = cluster[cluster.length - 1];
    if (hit && hit.start >= last.end) {
      const gap = text.slice(last.end, hit.start);
      if (LIST_GAP.test(gap)) {
        cluster.push(hit);
        foreign.push(undefined);
        continue;
      }
      const alien = foreignItem(gap, f);
      if (alien) {
        cluster.push(hit);
        foreign.push({ start: last.end + alien.offset, end: last.end + alien.offset + alien.text.length, text: alien.text });
        continue;
      }
    }
    if (hit && hit.start < last.end) continue; // overlapping hit (an item inside another)
    judge(text, f, cluster, foreign, say);
    if (!hit) break;
    cluster = [hit];
    foreign.length = 0;
  }
}

/** Every occurrence of an item (or of an outdated item) in one scan, per formulation, sorted by position. */
function collectHits(text: string): Array<Hit[] | undefined> {
  const hits: Array<Hit[] | undefined> = [];
  for (let at = 0; at < text.length; at++) {
    if (!FIRST[text.charCodeAt(at)] || at + 1 >= text.length || !SECOND[text.charCodeAt(at + 1)]) continue;
    const entries = ITEMS_BY_START.get(startKey(text, at));
    if (!entries) continue;
    for (const entry of entries) {
      if (!text.startsWith(entry.text, at)) continue;
      (hits[entry.formulation] ??= []).push({ index: entry.index, start: at, end: at + entry.text.length, old: entry.old });
    }
  }
  for (const list of hits) list?.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits;
}

/** A gap of the form 、X、 where X is one element of the list that is not an item. */
function foreignItem(gap: string, f: Formulation): { offset: number; text: string } | undefined {
  const m = /^([、，,])([\u4e00-\u9fff]{2,16})([、，,和])$/.exec(gap);
  if (!m) return undefined;
  const longest = Math.max(...f.items.map((i) => i.length));
  return m[2].length <= longest + 2 ? { offset: 1, text: m[2] } : undefined;
}

function judge(text: string, f: Formulation, cluster: Hit[], foreign: Array<Foreign | undefined>, say: Say): void {
  const start = cluster[0].start;
  const end = cluster[cluster.length - 1].end;
  const around = text.slice(Math.max(0, start - NAME_WINDOW), start) + '\u0000' + text.slice(end, end + NAME_WINDOW);
  const named = f.name !== '' && around.indexOf(f.name) >= 0;
  const distinct = new Set(cluster.map((h) => h.index)).size;
  if (!(distinct >= f.minItems || (named && cluster.length + foreign.filter(Boolean).length >= 2 && distinct >= 2))) return;
  const label = f.name ? `“${f.name}”` : `“${f.items.join('、')}”`;
  const canonical = f.items.map((item, i) => item + (f.separators[i] ?? '')).join('');
  const indices = cluster.map((h) => h.index);
  const ordered = indices.every((v, i) => i === 0 || v > indices[i - 1]);
  for (const h of cluster) {
    if (h.old) say(h.start, h.end, { zh: `${label}的现行提法为“${f.items[h.index]}”（${f.source}）`, en: `${label} now reads "${f.items[h.index]}" (${f.source})` }, f.items[h.index], 'info');
  }
  if (!ordered) {
    const complete = distinct === f.items.length && cluster.length === f.items.length && foreign.every((x) => !x);
    say(start, end, { zh: `${label}顺序有误，规范表述为“${canonical}”（${f.source}）`, en: `${label} is out of order; the fixed wording is "${canonical}" (${f.source})` }, complete ? canonical : undefined);
    return;
  }
  // A wrong item between two right ones: 政治意识、大局意识、服务意识、看齐意识.
  cluster.forEach((h, i) => {
    const alien = foreign[i - 1];
    if (i === 0 || !alien) return;
    if (h.index - cluster[i - 1].index === 2) {
      const expected = f.items[h.index - 1];
      say(alien.start, alien.end, { zh: `${label}中“${alien.text}”应为“${expected}”（${f.source}）`, en: `In ${label}, "${alien.text}" should be "${expected}" (${f.source})` }, expected);
    }
  });
  // 、 turned into ， between two items that take 、.
  cluster.forEach((h, i) => {
    if (i === 0 || foreign[i - 1] || h.index !== cluster[i - 1].index + 1) return;
    const gapStart = cluster[i - 1].end;
    const gap = text.slice(gapStart, h.start);
    if (f.separators[h.index - 1] === '、' && (gap === '，' || gap === ',')) {
      say(gapStart, h.start, { zh: `${label}各项之间用顿号（${f.source}）`, en: `The items of ${label} are separated by 、 (${f.source})` }, '、');
    }
  });
  if (distinct !== f.items.length - 1 || foreign.some(Boolean)) return;
  // Without its name nearby, a list one item short may be a deliberate selection: only a wrong item
  // at its edge (a list element that looks like the missing item) is reported then.
  missingItem(text, f, cluster, label, say, named || f.neverPartial === true);
}

/** One item short: a wrong item at the edge of the list, or (with the name nearby) a missing one and where it goes. */
function missingItem(text: string, f: Formulation, cluster: Hit[], label: string, say: Say, named: boolean): void {
  const present = new Set(cluster.map((h) => h.index));
  const missing = f.items.findIndex((_, i) => !present.has(i));
  const item = f.items[missing];
  // The element right after the list may be a wrong last item: 核心意识、服务意识.
  if (missing === f.items.length - 1) {
    const after = cluster[cluster.length - 1].end;
    const m = /^[、，]([\u4e00-\u9fff]{2,16}?)(?=[，。；、”和）\s]|$)/.exec(text.slice(after, after + 20));
    if (m && (m[1].slice(-1) === item.slice(-1) || m[1][0] === item[0])) {
      say(after + 1, after + 1 + m[1].length, { zh: `${label}中“${m[1]}”应为“${item}”（${f.source}）`, en: `In ${label}, "${m[1]}" should be "${item}" (${f.source})` }, item);
      return;
    }
  }
  // The element right before the list may be a wrong first item: 服务意识、大局意识.
  if (missing === 0) {
    const from = cluster[0].start - item.length - 1;
    const before = from >= 0 ? text.slice(from, cluster[0].start) : '';
    const element = before.slice(0, -1);
    if (before.endsWith('、') && /^[\u4e00-\u9fff]+$/.test(element) && element.slice(-1) === item.slice(-1)) {
      say(from, from + element.length, { zh: `${label}中“${element}”应为“${item}”（${f.source}）`, en: `In ${label}, "${element}" should be "${item}" (${f.source})` }, item);
      return;
    }
  }
  if (!named) return;
  const at = missing === 0 ? cluster[0].start : cluster.find((h) => h.index > missing)?.start ?? cluster[cluster.length - 1].end;
  const start = cluster[0].start;
  const end = cluster[cluster.length - 1].end;
  const insertion = missing === f.items.length - 1 ? `、${item}` : `${item}、`;
  const fixed = text.slice(start, at) + insertion + text.slice(at, end);
  say(start, end, { zh: `${label}缺少“${item}”（${f.source}）`, en: `${label} is missing "${item}" (${f.source})` }, fixed);
}
