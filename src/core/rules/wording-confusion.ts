import { codeSet, inSpans, titleSpans } from '../proofreading/chars';
import { CONFUSIONS, type Confusion } from '../proofreading/confusions';
import type { Rule } from '../rule';

// 错别字 from a list of checked pairs (proofreading/confusions.ts). The list is indexed by its first two
// characters (every misspelling has at least two), so a line is read once and only positions whose two
// characters start a listed misspelling are compared.
// Titles in 《》 are what they are (a book may be named with a pun) and are not checked. The fix changes a
// word of the writer's: offered one at a time.
const BY_START = new Map<number, Confusion[]>();
for (const entry of CONFUSIONS) {
  const key = startKey(entry[0], 0);
  const list = BY_START.get(key) ?? [];
  list.push(entry);
  BY_START.set(key, list);
}
const FIRST = codeSet(CONFUSIONS.map(([wrong]) => wrong[0]));
const SECOND = codeSet(CONFUSIONS.map(([wrong]) => wrong[1]));

function startKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

export const wordingConfusion: Rule = {
  meta: {
    id: 'wording-confusion',
    category: 'wording',
    defaultSeverity: 'warning',
    scope: 'line',
    description: { zh: '常见错别字（再接再励 → 再接再厉，按步就班 → 按部就班）', en: 'Common misspellings (再接再励 → 再接再厉, 按步就班 → 按部就班)' },
  },
  check({ model, report }) {
    for (const line of model.lines) {
      const text = line.text;
      let titles: ReturnType<typeof titleSpans> | undefined;
      for (let i = 0; i < text.length; i++) {
        if (!FIRST[text.charCodeAt(i)] || i + 1 >= text.length || !SECOND[text.charCodeAt(i + 1)]) continue;
        const candidates = BY_START.get(startKey(text, i));
        if (!candidates) continue;
        const entry = candidates.find(([wrong, , notAfter]) => text.startsWith(wrong, i) && !(notAfter && i > 0 && notAfter.indexOf(text[i - 1]) >= 0));
        if (!entry) continue;
        titles ??= titleSpans(text);
        const [wrong, right] = entry;
        if (inSpans(titles, i)) continue;
        const start = line.start + i;
        report({
          start,
          end: start + wrong.length,
          message: { zh: `“${wrong}”应为“${right}”`, en: `"${wrong}" should be "${right}"` },
          fix: { title: { zh: `改为“${right}”`, en: `Change to "${right}"` }, edits: [{ start, end: start + wrong.length, newText: right }], safe: false },
        });
        i += wrong.length - 1;
      }
    }
  },
};
