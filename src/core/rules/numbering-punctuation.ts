import { continuesAncestor } from '../numbering/analysis';
import type { Rule } from '../rule';
import type { Section } from '../sections';
import type { Messages } from '../types';

interface PunctuationMistake {
  /** The separator as it should be ('' = none). */
  expected: string;
  reason: Messages;
}

/** GB/T 9704-2012 7.3.3: 一、 and 1. take 、 and a half-width dot; （一） and （1） take nothing. */
function mistake(section: Section, allowFullWidthDot: boolean): PunctuationMistake | undefined {
  const { separator } = section.parts;
  switch (section.level) {
    case 1:
      return separator === '、' ? undefined : { expected: '、', reason: { zh: '汉字序号后用顿号', en: 'a Chinese number takes 、' } };
    case 3:
      if (separator === '.' || (separator === '．' && allowFullWidthDot)) return undefined;
      return separator === '、'
        ? { expected: '.', reason: { zh: '阿拉伯数字序号后用圆点，不用顿号', en: 'an Arabic number takes a dot, not 、' } }
        : { expected: '.', reason: { zh: '阿拉伯数字序号后用半角圆点', en: 'an Arabic number takes a half-width dot' } };
    default:
      return separator === '' ? undefined : { expected: '', reason: { zh: '括号序号后不加标点', en: 'nothing follows a parenthesized number' } };
  }
}

export const numberingPunctuation: Rule = {
  meta: {
    id: 'numbering-punctuation',
    category: 'numbering',
    defaultSeverity: 'warning',
    description: {
      zh: '序号后的标点不合规范（一. 一， → 一、；1、 → 1.；（一）、 → （一））',
      en: 'Wrong punctuation after a heading number (一. 一， → 一、; 1、 → 1.; （一）、 → （一）)',
    },
  },
  check({ headings, options, report }) {
    headings.forEach((section, index) => {
      if (continuesAncestor(headings, index)) return;
      const found = mistake(section, options.numbering.allowFullWidthDot);
      if (!found) return;
      const { open, numeral, close, separator } = section.parts;
      const fixed = open + numeral + close + found.expected;
      const separatorStart = section.markerEnd - separator.length;
      report({
        start: section.markerStart,
        end: section.markerEnd,
        message: {
          zh: `序号“${section.marker}”标点不当（${found.reason.zh}），应为“${fixed}”`,
          en: `Heading number "${section.marker}" has the wrong punctuation (${found.reason.en}); write "${fixed}"`,
        },
        fix: {
          title: { zh: `改为“${fixed}”`, en: `Change to "${fixed}"` },
          edits: [{ start: separatorStart, end: section.markerEnd, newText: found.expected }],
          safe: true,
        },
      });
    });
  },
};
