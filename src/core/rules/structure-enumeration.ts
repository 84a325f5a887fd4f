import { chineseNumeral } from '../proofreading/chars';
import { enumerators, type Enumerator } from '../proofreading/enumeration';

const lineEnumerators = (text: string): Enumerator[] => enumerators(text);
import type { Rule } from '../rule';

// 一是、二是、三是 inside paragraphs are enumerations, not headings (GB/T 9704 numbering does not cover them),
// but they count the same way: a gap (一是 … 三是) or a repeat (二是 … 二是) is a slip. A run starts at 一是 and
// ends at the next heading; a run that does not start at 一是 is not judged. Renumbering changes the
// writer's text: offered one at a time.
export const structureEnumeration: Rule = {
  meta: {
    id: 'structure-enumeration',
    category: 'structure',
    defaultSeverity: 'warning',
    description: { zh: '“一是、二是……”序数跳号或重复', en: '一是/二是 … runs with a gap or a repeat' },
  },
  check({ model, headings, report, cache }) {
    const headingLines = new Set(headings.map((h) => h.line));
    // A line's 一是/二是 depend on its text alone: kept between analyses (line-cache.ts).
    const found = cache.table<Enumerator[]>('enumerators');
    let last = 0; // 0: no run
    for (const line of model.lines) {
      if (headingLines.has(line.index)) last = 0;
      if (line.text.indexOf('是') < 0) continue;
      for (const e of found.get(line.index, line.text, '', lineEnumerators)) {
        if (e.value === 1) {
          last = 1;
          continue;
        }
        if (last === 0) continue;
        if (e.value !== last + 1) {
          const expected = chineseNumeral(last + 1);
          const start = line.start + e.start;
          const what =
            e.value === last
              ? { zh: `“${e.numeral}是”重复，前面已有“${e.numeral}是”`, en: `"${e.numeral}是" repeats the one before` }
              : e.value > last
                ? { zh: `“${e.numeral}是”跳号，前面是“${chineseNumeral(last)}是”`, en: `"${e.numeral}是" skips a number after "${chineseNumeral(last)}是"` }
                : { zh: `“${e.numeral}是”顺序倒退，前面是“${chineseNumeral(last)}是”`, en: `"${e.numeral}是" goes back after "${chineseNumeral(last)}是"` };
          report({
            start,
            end: start + e.numeral.length + 1,
            message: what,
            fix: { title: { zh: `改为“${expected}是”`, en: `Change to "${expected}是"` }, edits: [{ start, end: start + e.numeral.length, newText: expected }], safe: false },
          });
        }
        last = e.value;
      }
    }
  },
};
