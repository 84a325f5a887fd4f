import type { Rule } from '../rule';

// A full stop inside a sentence: 在强化问题导向、实践导向、需求导向时。更加自觉地运用…, or 。以及/从而/进而 … A clause opened by
// 在 and ended by 时 (or 时候, 的同时) is an adverbial of time and cannot stand as a sentence, so the 。 after it
// splits one. Words that end in 时 but are not the frame (及时, 按时, 同时 alone, 当时 …) are left out; the
// fix (。 → ，) changes the writer's sentence, so it is offered one at a time.
const NOT_FRAME = '及准按适临定随平此那届小费限实历过守超逾当彼暂旧少幼古这何课工计即应同一有多';
const CLAUSE_BREAKS = '。；！？：，';
const MAX_CLAUSE = 60;
const NOT_WHEN = '前下然地好作成选即场天年代务真众面日晚初年家中事心局期今';
const ENUMERATOR = /^(?:[一二三四五六七八九十]{1,3}是|首先|其次|再次|最后|同时|此外|另外)/;

export const punctuationSplitSentence: Rule = {
  meta: {
    id: 'punctuation-split-sentence',
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'line',
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
        else if (startsContinuation(text, period + 1)) {
          const start = line.start + period;
          const word = continuationAt(text, period + 1)!;
          report({
            start,
            end: start + 1,
            message: { zh: `句号后接“${word}”，句子被断开了，宜改为逗号`, en: `"${word}" after a full stop continues the sentence; use a comma` },
            fix: { title: { zh: '改为“，”', en: 'Change to "，"' }, edits: [{ start, end: start + 1, newText: '，' }], safe: false },
          });
        }
        period = text.indexOf('。', period + 1);
      }
    }
  },
};

/** Words that join a clause to the one before and never open a sentence. */
const CONTINUATIONS = ['以及', '从而', '进而', '的'];

function continuationAt(text: string, from: number): string | undefined {
  return CONTINUATIONS.find((w) => text.startsWith(w, from));
}

/** 。以及… 。从而… 。进而… 。的…: the stop cut a sentence in two. */
function startsContinuation(text: string, from: number): boolean {
  const word = continuationAt(text, from);
  if (!word) return false;
  if (word !== '的') return true;
  // 的确 and 的士 are words of their own.
  const next = text[from + 1];
  return next !== undefined && next !== '确' && next !== '士';
}

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

/** The clause ending at `at` (exclusive) when it opens with 在 or 当 (after an optional 一是/首先), else undefined. */
function clauseBefore(text: string, at: number): string | undefined {
  let start = at;
  while (start > 0 && at - start < MAX_CLAUSE && CLAUSE_BREAKS.indexOf(text[start - 1]) < 0) start--;
  if (at - start >= MAX_CLAUSE) return undefined;
  let clause = text.slice(start, at).replace(/^[\s\u3000]+/, '');
  const lead = ENUMERATOR.exec(clause);
  if (lead) clause = clause.slice(lead[0].length);
  // 当…时 frames too, but not 当前, 当下, 当然, 当地 … (words that start with 当).
  const opens = clause[0] === '在' || (clause[0] === '当' && NOT_WHEN.indexOf(clause[1] ?? '') < 0 && clause.length > 1);
  if (!opens || clause.length < 4) return undefined;
  return clause;
}
