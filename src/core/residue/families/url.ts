import { WEIGHT, type Piece, type ResidueFamily } from '../family';

// Folded text: the colon of https: may have been full width, www．x．com is now www.x.com.
// Sub-domains (wenku.xx.net, m.xx.com), ftp:// and paths with a query in Chinese (…/?s=心得体会) included.
const URL_G = /(?:https?|ftp)[:：]\/\/[^\s，。；、）)】]+|www\.[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+[^\s，。；、）)】]*|(?:[A-Za-z0-9-]{1,63}\.){1,4}(?:com|cn|net|org|top|vip|cc|xyz|info|site|club|wang|ly|me|io)(?![A-Za-z])[^\s，。；、）)】]*/gi;
export const URL = /(?:https?|ftp)[:：]\/\/[^\s，。；、）)】]+|www\.[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+|(?<![@A-Za-z0-9._-])(?:[A-Za-z0-9-]{1,63}\.){1,4}(?:com|cn|net|org|top|vip|cc|xyz|info|site|club|wang)(?![A-Za-z])/i;
const URL_LABEL = /^(?:手机访问|手机版|手机阅读|移动版|网址|链接|原文链接|本文地址|原文地址|来源|官网|网站|地址|更多请访问|访问|本文链接|文章链接|永久链接)?\s*：?$/;

const OFFICIAL_DOMAIN = /\.(?:gov|edu|mil)\.cn\b|12371\.cn|\.gov\b/i;

/** A piece that is an address and nothing else (a label such as 网址： aside). */
export function isBareUrl(folded: string): boolean {
  if (!/[./]/.test(folded)) return false;
  const rest = folded.replace(URL_G, '').replace(/[\s，。；、（）【】\[\]<>《》|]/g, '');
  return rest.length < folded.trim().length && URL_LABEL.test(rest);
}

/**
 * Addresses. An address alone on its line is decisive; inside a sentence it is only one kind among
 * others: a government notice may end in its own portal's address.
 */
export const url: ResidueFamily = {
  id: 'url',
  ruleId: 'residue-url',
  label: { zh: '网址', en: 'web address' },
  // The label of an address (网址：, 原文链接) is part of the address's evidence, not a second kind.
  patterns: [
    { weight: WEIGHT.strong, re: URL },
    { weight: WEIGHT.medium, re: /原文链接|本文地址|本文链接|网址\s{0,3}：/ },
  ],
  // No trigger of its own: a bare address matches the address pattern, which the prefilter runs.
  // A government or school portal alone on its line may be a notice's own reference: medium, warned only.
  weigh: (piece: Piece) => (isBareUrl(piece.folded) ? (OFFICIAL_DOMAIN.test(piece.folded) ? WEIGHT.medium : WEIGHT.decisive) : 0),
};
