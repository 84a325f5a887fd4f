import { codeSet, inSpans, isAsciiDigit, isBlank, isLatin, protectedSpans } from '../proofreading/chars';
import type { Rule } from '../rule';

// GB/T 15834-2011 4.13: spans of time take the 一字线 (2024—2026年), numeric ranges the 浪纹线 (3～5个).
// Changing ~ to ～ and a dash between two years is certain (safe); a hyphen between counts (3-5个) or months
// may be something else in the writer's source, so that fix is offered.
const DASHES = '-~－～–';
/** Measure words and units after a numeric range. 月 and 日 are spans of time, handled apart. */
const UNITS = '个名人次项天周年倍万亿千百元角分米吨斤克家所件条台辆户场期批篇本份页岁届轮座处%％';
const MAX_NUMBER = 12;
const DASH_CODES = codeSet(DASHES);

export const punctuationRange: Rule = {
  meta: {
    id: 'punctuation-range',
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'line',
    description: { zh: '起止范围的连接号不规范（2024-2026年 → 2024—2026年，3~5个 → 3～5个）', en: 'Wrong range mark (2024-2026年 → 2024—2026年, 3~5个 → 3～5个)' },
  },
  check({ model, report }) {
    for (const line of model.lines) {
      const text = line.text;
      let skip: ReturnType<typeof protectedSpans> | undefined;
      for (let i = 1; i + 1 < text.length; i++) {
        if (!DASH_CODES[text.charCodeAt(i)] || !isAsciiDigit(text.charCodeAt(i + 1))) continue;
        const dash = text[i];
        const found = judge(text, i);
        if (!found || dash === found.mark) continue;
        skip ??= protectedSpans(text);
        if (inSpans(skip, i)) continue;
        const start = line.start + i;
        const safe = dash === '~' || found.kind === 'years';
        report({
          start,
          end: start + 1,
          message:
            found.mark === '—'
              ? { zh: `时间的起止用一字线“—”：${found.sample}`, en: `A span of time takes the dash "—": ${found.sample}` }
              : { zh: `数值范围用浪纹线“～”：${found.sample}`, en: `A numeric range takes "～": ${found.sample}` },
          fix: { title: { zh: `改为“${found.mark}”`, en: `Change to "${found.mark}"` }, edits: [{ start, end: start + 1, newText: found.mark }], safe },
        });
      }
    }
  },
};

interface RangeKind {
  kind: 'years' | 'months' | 'numbers';
  mark: '—' | '～';
  sample: string;
}

function judge(text: string, i: number): RangeKind | undefined {
  // Left side: digits (a decimal point allowed), an optional 年 or % right before the dash.
  let leftEnd = i;
  const leftSuffix = text[i - 1] === '年' || text[i - 1] === '%' || text[i - 1] === '％' ? text[i - 1] : '';
  if (leftSuffix) leftEnd--;
  let leftStart = leftEnd;
  while (leftStart > 0 && leftEnd - leftStart < MAX_NUMBER && isNumberChar(text.charCodeAt(leftStart - 1))) leftStart--;
  if (leftStart === leftEnd || !isAsciiDigit(text.charCodeAt(leftStart)) || !isAsciiDigit(text.charCodeAt(leftEnd - 1))) return undefined;
  // Part of a longer chain (2024-03-05, 010-1234-5678, GB/T 9704-2012, v1.2-3) is not a range.
  let before = leftStart - 1;
  if (before >= 0 && isNumberChar(text.charCodeAt(before))) return undefined;
  while (before >= 0 && isBlank(text.charCodeAt(before))) before--;
  const b = text.charCodeAt(before);
  if (before >= 0 && (isLatin(b) || DASHES.indexOf(text[before]) >= 0 || text[before] === '/' || text[before] === '.' || text[before] === '#')) return undefined;
  let rightEnd = i + 1;
  while (rightEnd < text.length && rightEnd - i - 1 < MAX_NUMBER && isNumberChar(text.charCodeAt(rightEnd))) rightEnd++;
  if (rightEnd === i + 1 || !isAsciiDigit(text.charCodeAt(rightEnd - 1))) return undefined;
  const after = text[rightEnd] ?? '';
  if (after === '' || DASHES.indexOf(after) >= 0 || isLatin(after.charCodeAt(0)) || isNumberChar(after.charCodeAt(0))) return undefined;
  const left = text.slice(leftStart, leftEnd);
  const right = text.slice(i + 1, rightEnd);
  if (after === '年' && /^\d{4}$/.test(left) && /^\d{4}$/.test(right) && (leftSuffix === '' || leftSuffix === '年')) {
    return { kind: 'years', mark: '—', sample: `${left}${leftSuffix}—${right}年` };
  }
  if (leftSuffix === '年') return undefined;
  if (after === '月' && Number(left) >= 1 && Number(right) <= 12 && Number(left) < Number(right) && /^\d{1,2}$/.test(left)) {
    return { kind: 'months', mark: '—', sample: `${left}—${right}月` };
  }
  if (UNITS.indexOf(after) >= 0 && Number(left.replace(/[^0-9.]/g, '')) < Number(right)) {
    return { kind: 'numbers', mark: '～', sample: `${left}${leftSuffix}～${right}${after}` };
  }
  return undefined;
}

function isNumberChar(code: number): boolean {
  return isAsciiDigit(code) || code === 0x2e;
}
