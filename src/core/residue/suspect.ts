import { familyOf, type Evidence } from './evidence';
import { WEIGHT } from './family';

/**
 * When a suspect is certain by where it stands and what it lacks: after the closing line (where only the
 * signature, the date and attachments stand), or anywhere as a line that fits nothing of the body and holds
 * not one word of a report. What notices end with (an office's contact, a form's labels, a portal's
 * address, an unfinished sentence of some length) stays a warning.
 */
const FORM_LABELS = /[\u4e00-\u9fff]{1,5}[：:][^：:]{1,20}[\s\u3000]{1,}[\u4e00-\u9fff]{1,5}[：:]/;
const OFFICIAL_ADDRESS = /\.(?:gov|edu)\.cn|12371\.cn/i;

/** A line inside the body that fits nothing of it, with no word of a report and a sign of the web. */
export function isBareMisfit(e: Evidence, text: string): boolean {
  if (e.protectedProse || e.officeContact || e.official || e.addressInProse || e.sentenceLike || e.beforeBody) return false;
  if (FORM_LABELS.test(text) || OFFICIAL_ADDRESS.test(text)) return false;
  if (e.prose > 0 || e.cjk > 20) return false;
  // An address or a contact is how a notice's unfinished last sentence ends (意见建议请发送至电子邮箱…).
  if (e.kinds.has('url') || e.kinds.has('contact')) return false;
  if ([...e.kinds].some(([k, w]) => w >= WEIGHT.medium && !familyOf(k)?.supporting)) return true;
  return e.cjk <= 12 && (e.webWords >= 1 || e.shape.fragment);
}

/**
 * A suspect after the closing line that is none of what stands there: no office's contact, no sentence,
 * nothing long enough to be a notice's unfinished sentence (those are kept and only warned about).
 */
export function isTailResidue(e: Evidence, text: string): boolean {
  if (e.protectedProse || e.officeContact || e.official || e.addressInProse || e.sentenceLike) return false;
  // A form's labels (填报人：…　审核人：…) and a government portal's address are what a notice ends with.
  if (FORM_LABELS.test(text) || OFFICIAL_ADDRESS.test(text)) return false;
  // Short and without a report's words: a notice's unfinished sentence (本通知的电子版可在…下载) is longer.
  if (e.prose > 1 || e.cjk > 16) return false;
  // A label alone (来源：学习强国, 责任编辑：王小明) may be the report's own note: a strong family, the web's
  // words or the shape of page furniture is needed.
  const strong = [...e.kinds].some(([k, w]) => w >= WEIGHT.strong && !familyOf(k)?.supporting);
  return strong || e.webWords >= 1 || e.shape.fragment;
}
