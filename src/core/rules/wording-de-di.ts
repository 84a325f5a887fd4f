import { ADVERBIALS, DEGREE, DEGREE_ONLY, NOUN_CONTEXT_BEFORE, NOUN_HEADS, OBJECT_HEADS, VERBS } from '../proofreading/de-di';
import { codeSet, inSpans, isHan, titleSpans } from '../proofreading/chars';
import type { Rule } from '../rule';

// 地 before a verb an adverbial modifies: 更好地扛起, 很好地运用, 更加坚定地忠诚核心. Only the narrow
// pattern adverbial + 的 + verb + object is reported, and not after words that make it a noun phrase
// (得到很好的运用, 积极的推动作用). The fix changes the writer's text: offered, never in bulk.
const VERB_SET = new Set(VERBS);
const ADVERBIAL_SET = new Set(ADVERBIALS);
const DEGREE_ONLY_SET = new Set(DEGREE_ONLY);
const MAX_ADVERBIAL = Math.max(...ADVERBIALS.map((a) => a.length)) + Math.max(...DEGREE.map((d) => d.length));
// The characters an adverbial can end in: before any other character no adverbial ends, and most 的 of a
// report (我们的, 群众的) are left at one table lookup.
const ADVERBIAL_LAST = codeSet([...ADVERBIALS, ...DEGREE_ONLY, ...DEGREE].filter((w) => w.length > 0).map((w) => w[w.length - 1]));

export const wordingDeDi: Rule = {
  meta: {
    id: 'wording-de-di',
    category: 'wording',
    defaultSeverity: 'warning',
    scope: 'line',
    description: { zh: '“的”“地”误用：状语后接动词应用“地”（更好地落实）', en: '的 for 地: an adverbial before a verb takes 地 (更好地落实)' },
  },
  check({ model, report }) {
    for (const line of model.lines) {
      const text = line.text;
      let at = text.indexOf('的');
      if (at < 0) continue;
      let titles: ReturnType<typeof titleSpans> | undefined;
      while (at >= 0) {
        const adverbial = adverbialBefore(text, at);
        const verb = adverbial && verbAfter(text, at + 1);
        if (adverbial && verb && !nounContext(text, at - adverbial.length)) {
          titles ??= titleSpans(text);
          if (!inSpans(titles, at)) {
            const start = line.start + at;
            const phrase = `${adverbial}的${verb}`;
            report({
              start,
              end: start + 1,
              message: { zh: `“${phrase}”：状语修饰动词，应用“地”`, en: `"${phrase}": an adverbial before a verb takes 地, not 的` },
              fix: { title: { zh: '改为“地”', en: 'Change to 地' }, edits: [{ start, end: start + 1, newText: '地' }], safe: false },
            });
          }
        }
        at = text.indexOf('的', at + 1);
      }
    }
  },
};

/** The adverbial ending just before `at`, longest first (更加坚定 before 坚定), or undefined. */
function adverbialBefore(text: string, at: number): string | undefined {
  if (at === 0 || !ADVERBIAL_LAST[text.charCodeAt(at - 1)]) return undefined;
  for (let len = Math.min(MAX_ADVERBIAL, at); len >= 1; len--) {
    const word = text.slice(at - len, at);
    for (const degree of DEGREE) {
      if (!word.startsWith(degree)) continue;
      const core = word.slice(degree.length);
      if (ADVERBIAL_SET.has(core) || DEGREE_ONLY_SET.has(core)) return word;
    }
    if (len >= 2 && ADVERBIAL_SET.has(word) && isBoundary(text, at - len)) return word;
  }
  return undefined;
}

/** Before a bare adverbial, anything but a negation that makes another word of it (不认真的, 不深入的). */
function isBoundary(text: string, start: number): boolean {
  return start === 0 || '不没未无'.indexOf(text[start - 1]) < 0;
}

/** The verb right after 的 when an object follows it (not punctuation, not a noun head). */
function verbAfter(text: string, from: number): string | undefined {
  // 切实的把问题解决好: a 把 phrase after the adverbial is a verb phrase too.
  if (text[from] === '把' && isHan(text.charCodeAt(from + 1))) return '把';
  for (const len of [3, 2]) {
    const verb = text.slice(from, from + len);
    if (!VERB_SET.has(verb)) continue;
    const rest = text.slice(from + len, from + len + 3);
    // The object may be a quoted name: 积极的参加“学习强国”学习.
    if (rest[0] === '“' || rest[0] === '《') return verb;
    if (rest === '' || !isHan(rest.charCodeAt(0))) return undefined;
    // 发挥作用 is a verb and its object; 推动作用 a noun.
    const objects = OBJECT_HEADS[verb] ?? [];
    if (NOUN_HEADS.some((head) => rest.startsWith(head) && !objects.includes(head))) return undefined;
    return verb;
  }
  return undefined;
}

/** 得到很好的运用, 给予了积极的支持: the phrase is the object of a noun-taking verb. */
function nounContext(text: string, adverbialStart: number): boolean {
  const before = text.slice(Math.max(0, adverbialStart - 2), adverbialStart);
  if (NOUN_CONTEXT_BEFORE.some((w) => before.endsWith(w))) return true;
  // 有很好的… is a noun phrase; 没有很好的运用… negates a verb.
  return before.endsWith('有') && !before.endsWith('没有');
}
