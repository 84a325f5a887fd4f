import { continuesAncestor } from '../numbering/analysis';
import type { Rule } from '../rule';

/** Section numbers 1. and （1） are written with half-width Arabic digits. */
export const numberingDigitWidth: Rule = {
  meta: {
    id: 'numbering-digit-width',
    category: 'numbering',
    defaultSeverity: 'warning',
    description: { zh: '序号用了全角数字（１．），应为半角（1.）', en: 'Heading number in full-width digits (１．) instead of half-width (1.)' },
  },
  check({ headings, report }) {
    headings.forEach((section, index) => {
      if (section.parts.numeralKind !== 'fullwidth-digit' || continuesAncestor(headings, index)) return;
      const digits = String(section.ordinal);
      const start = section.markerStart + section.parts.open.length;
      report({
        start: section.markerStart,
        end: section.markerEnd,
        message: {
          zh: `序号“${section.marker}”用了全角数字，应为半角“${digits}”`,
          en: `Heading number "${section.marker}" uses full-width digits; write "${digits}"`,
        },
        fix: {
          title: { zh: `改为半角“${digits}”`, en: `Change to half-width "${digits}"` },
          edits: [{ start, end: start + section.parts.numeral.length, newText: digits }],
          safe: true,
        },
      });
    });
  },
};
