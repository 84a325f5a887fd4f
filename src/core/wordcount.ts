import type { CountMode } from './options';

// CJK ideographs (URO, Ext A, compatibility) and the full-width punctuation of running Chinese text.
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2026\u2018\u2019\u201c\u201d\u00b7]/u;

/** Counts characters of `text` the way `mode` says. Digits and Latin letters are not counted in the CJK modes. */
export function countCharacters(text: string, mode: CountMode): number {
  let n = 0;
  for (const ch of text) {
    if (mode === 'non-space') {
      if (!/\s/u.test(ch)) n++;
    } else if (CJK.test(ch) || (mode === 'cjk-punct' && CJK_PUNCT.test(ch))) {
      n++;
    }
  }
  return n;
}
