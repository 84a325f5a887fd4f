import { continuesAncestor } from '../numbering/analysis';
import type { Rule } from '../rule';
import type { TextEdit } from '../types';

/** （一） and （1） take full-width parentheses; ⑴ is a setting (numbering.allowParenthesizedDigits). */
export const numberingParentheses: Rule = {
  meta: {
    id: 'numbering-parentheses',
    category: 'numbering',
    defaultSeverity: 'warning',
    description: {
      zh: '序号括号用了半角 () 或 ⑴ 式字符，应为全角（）',
      en: 'Heading number in half-width () or a ⑴ character instead of full-width （）',
    },
  },
  check({ headings, options, report }) {
    headings.forEach((section, index) => {
      if (continuesAncestor(headings, index)) return;
      const { open, numeral, numeralKind, close, separator } = section.parts;
      const edits: TextEdit[] = [];
      let fixed: string;
      if (numeralKind === 'circled') {
        if (options.numbering.allowParenthesizedDigits) return;
        fixed = `（${section.ordinal}）`;
        edits.push({ start: section.markerStart, end: section.markerStart + numeral.length, newText: fixed });
      } else {
        if (open === '（' && close === '）') return;
        if (open === '(') edits.push({ start: section.markerStart, end: section.markerStart + 1, newText: '（' });
        const closeStart = section.markerStart + open.length + numeral.length;
        if (close === ')') edits.push({ start: closeStart, end: closeStart + 1, newText: '）' });
        fixed = `（${numeral}）`;
      }
      if (edits.length === 0) return;
      report({
        start: section.markerStart,
        end: section.markerEnd,
        message: {
          zh: `序号“${section.marker}”应使用全角括号：“${fixed}${separator}”`,
          en: `Heading number "${section.marker}" should use full-width parentheses: "${fixed}${separator}"`,
        },
        fix: { title: { zh: `改为“${fixed}”`, en: `Change to "${fixed}"` }, edits, safe: true },
      });
    });
  },
};
