/**
 * Width folding before weighing. Web pages and shops write the same words in several widths: ＶＩＰ and
 * VIP, ｗｗｗ．ｘｘ．ｃｏｍ and www.xx.com, 来源: and 来源：. Patterns are written once, against the folded
 * form. Folding maps one UTF-16 code unit to one code unit, so every offset in the folded text is the
 * offset of the same character in the original: findings map back without a table.
 *
 * Folded form: Latin letters, digits and ASCII symbols in half width; the Chinese sentence and pair
 * marks (，：；！？（）) in full width; the ideographic space as a plain space.
 */

import { simplify } from './traditional';

const TO_FULL: Record<number, number> = {
  0x2c: 0xff0c, // , → ，
  0x3a: 0xff1a, // : → ：
  0x3b: 0xff1b, // ; → ；
  0x21: 0xff01, // ! → ！
  0x3f: 0xff1f, // ? → ？
  0x28: 0xff08, // ( → （
  0x29: 0xff09, // ) → ）
};
const STAY_FULL = new Set(Object.values(TO_FULL));

/** The folded code of one code unit. */
export function foldCode(c: number): number {
  if (c < 0x80) return TO_FULL[c] ?? c;
  if (c >= 0xff01 && c <= 0xff5e) return STAY_FULL.has(c) ? c : c - 0xfee0;
  if (c === 0x3000) return 0x20;
  if (c === 0x3002 || c === 0xff61) return c === 0xff61 ? 0x3002 : c; // half-width ｡ → 。
  return c;
}

/**
 * Folds a text (widths, and the traditional characters of residue words read as simplified:
 * traditional.ts); returns the same string object when nothing changes (most report lines).
 */
export function fold(text: string): string {
  FOLDABLE.lastIndex = 0;
  const simplified = simplify(text);
  if (!FOLDABLE.test(simplified)) return simplified;
  return simplified.replace(FOLDABLE_G, (c) => String.fromCharCode(foldCode(c.charCodeAt(0))));
}

// Exactly the code units foldCode changes.
const FOLDABLE = /[,:;!?()\u3000\uff61\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e]/;
const FOLDABLE_G = new RegExp(FOLDABLE.source, 'g');

/**
 * Characters that decorate banners and separate page furniture rather than write sentences:
 * stars, hearts, arrows, boxes, bars and bullets. Counted by the shape evidence.
 */
export function isDecoration(c: number): boolean {
  return (
    (c >= 0x2190 && c <= 0x21ff) || // arrows
    (c >= 0x25a0 && c <= 0x25ff) || // geometric shapes ■□▲△▼◆◇○●
    (c >= 0x2600 && c <= 0x27bf) || // ★☆♥❤ and dingbats
    (c >= 0x2b00 && c <= 0x2bff) ||
    c === 0x7c || c === 0xff5c || // | ｜
    c === 0xbb || c === 0x203a || c === 0x2039 || // » › ‹
    (c >= 0xd83c && c <= 0xd83e) // emoji lead surrogates
  );
}
