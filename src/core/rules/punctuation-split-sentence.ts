import type { Rule } from '../rule';

// A full stop inside a sentence: 在强化问题导向、实践导向、需求导向时。更加自觉地运用…  A clause opened by
// 在 and ended by 时 (or 时候, 的同时) is an adverbial of time and cannot stand as a sentence, so the 。 after it
// splits one. Words that end in 时 but are not the frame (及时, 按时, 同时 alone, 当时 …) are left out; the
// fix (。 → ，) changes the writer's sentence, so it is offered one at a time.
const NOT_FRAME = '及准按适临定随平此那届小费限实历过守超逾当彼暂旧少幼古这何课工计即应同一有多';
const CLAUSE_BREAKS = '。；！？：，';
const MAX_CLAUSE = 60;
const ENUMERATOR = /^(?:[一二三四五六七八九十]{1,3}是|首先|其次|再次|最后|同时|此外|另外)/;

export const punctuationSplitSentence: Rule = {
  meta: {
    id: 'punctuation-split-sentence',
    category: 'punctuation',
    defaultSeverity: 'warning',
    description: { zh: '句号把一句话断开（“在……时。”后接下半句）', en: 'A full stop splits a sentence (在……时。 followed by the rest of it)' },
  },
  check({ model, report }) {
    for (const line of model.lines) {
      const text = line.text;
      let period = text.indexOf('。');
      while (period >= 0) {
        const frameEnd = text[period - 1] === '时' ? period - 1 : text[period - 1] === '候' && text[period - 2] === '时' ? period - 2 : -1;
        if (frameEnd > 0 && isFrameEnd(text, frameEnd) && continues(text, period + 1)) {
          const clause = clauseBefore(text, frameEnd);
          if (clause !== undefined) {
            const start = line.start + period;
            const frame = text.slice(frameEnd, period);
            report({
              start,
              end: start + 1,
              message: {
                zh: `“${clause}${frame}”是状语，句号把句子断开了，宜改为逗号`,
                en: `"${clause}${frame}" is an adverbial of time: the full stop after it splits the sentence; use a comma`,
              },
              fix: { title: { zh: '改为“，”', en: 'Change to "，"' }, edits: [{ start, end: start + 1, newText: '，' }], safe: false },
            });
          }
        }
        period = text.indexOf('。', period + 1);
      }
    }
  },
};

/** 时 closes the frame unless it ends a word such as 及时, 按时; 的同时 does close it. */
function isFrameEnd(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  if (before === '同') return text[at - 2] === '的';
  return before !== '' && NOT_FRAME.indexOf(before) < 0;
}

/** The rest of the sentence follows on the same line (Chinese text, not a new enumerator or heading). */
function continues(text: string, from: number): boolean {
  const c = text.charCodeAt(from);
  return c >= 0x4e00 && c <= 0x9fff && !ENUMERATOR.test(text.slice(from, from + 4));
}

/** The clause ending at `at` (exclusive) when it opens with 在 (after an optional 一是/首先), else undefined. */
function clauseBefore(text: string, at: number): string | undefined {
  let start = at;
  while (start > 0 && at - start < MAX_CLAUSE && CLAUSE_BREAKS.indexOf(text[start - 1]) < 0) start--;
  if (at - start >= MAX_CLAUSE) return undefined;
  let clause = text.slice(start, at).replace(/^[\s\u3000]+/, '');
  const lead = ENUMERATOR.exec(clause);
  if (lead) clause = clause.slice(lead[0].length);
  if (clause[0] !== '在' || clause.length < 4) return undefined;
  return clause;
}
