import { codeSet, inSpans, protectedSpans } from '../proofreading/chars';
import type { Rule } from '../rule';

// ，， 。。 、、 are typing slips: one mark is kept (safe). ！！ and ？？ are not for official writing
// (information, offered). Two different pause marks in a row (，。 、，) are a slip too, but which one
// was meant is the writer's call: no fix.
const PAUSES = '，。、；：';
const MARKS = codeSet([...PAUSES, '！', '？']);

export const punctuationDoubled: Rule = {
  meta: {
    id: 'punctuation-doubled',
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'line',
    description: { zh: '标点重复（，， 。。 、、 ！！）或连用（，。）', en: 'Doubled punctuation (，， 。。 、、 ！！) or two pause marks in a row (，。)' },
  },
  check({ model, report }) {
    for (const line of model.lines) {
      const text = line.text;
      let skip: ReturnType<typeof protectedSpans> | undefined;
      for (let i = 0; i + 1 < text.length; i++) {
        if (!MARKS[text.charCodeAt(i)]) continue;
        const ch = text[i];
        const pause = PAUSES.indexOf(ch) >= 0;
        if (!pause && ch !== '！' && ch !== '？') continue;
        let end = i + 1;
        while (end < text.length && text[end] === ch) end++;
        const next = text[end] ?? '';
        if (end === i + 1 && !(pause && next !== '' && PAUSES.indexOf(next) >= 0)) continue;
        skip ??= protectedSpans(text);
        if (inSpans(skip, i)) {
          i = end - 1;
          continue;
        }
        const start = line.start + i;
        if (end === i + 1) {
          report({
            start,
            end: start + 2,
            message: { zh: `“${ch}${next}”两个标点连用，请保留其一`, en: `"${ch}${next}": two marks in a row; keep one` },
          });
          i++;
          continue;
        }
        const run = text.slice(i, end);
        const shout = !pause;
        const ellipsis = ch === '。' && run.length >= 3;
        report({
          start,
          end: line.start + end,
          severity: shout ? 'info' : undefined,
          message: shout
            ? { zh: `“${run}”：公文中不连用${ch}`, en: `"${run}": official writing does not repeat ${ch}` }
            : ellipsis
              ? { zh: `“${run}”：省略号应写作“……”`, en: `"${run}": write the ellipsis as "……"` }
              : { zh: `标点“${ch}”重复`, en: `"${ch}" is doubled` },
          fix: {
            title: ellipsis ? { zh: '改为“……”', en: 'Change to "……"' } : { zh: `只保留一个“${ch}”`, en: `Keep one "${ch}"` },
            edits: [{ start, end: line.start + end, newText: ellipsis ? '……' : ch }],
            safe: !shout && !ellipsis,
          },
        });
        i = end - 1;
      }
    }
  },
};
