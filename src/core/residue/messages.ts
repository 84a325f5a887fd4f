import type { Messages } from '../types';
import type { Evidence, Kind, Position } from './evidence';

/** What each residue rule reports, in both UI languages. */
export const RULE_NAMES: Record<string, Messages> = {
  'paywall-marker': { zh: '付费插件标记', en: 'Paywall plugin marker' },
  'residue-placeholder': { zh: '付费插件占位文字', en: 'Paywall plugin placeholder' },
  'residue-teaser': { zh: '试读或付费解锁提示', en: 'Paywall teaser or unlock prompt' },
  'residue-site-ad': { zh: '素材网站广告', en: 'Advertisement of a material site' },
  'residue-contact': { zh: '广告联系方式', en: 'Advertising contact details' },
  'residue-ghostwriting': { zh: '代笔代写广告', en: 'Ghostwriting offer' },
  'residue-source-note': { zh: '来源或版权声明', en: 'Source or copyright note' },
  'residue-page-number': { zh: '页眉页脚页码', en: 'Page header or footer' },
  'residue-url': { zh: '网址', en: 'Bare web address' },
  'residue-invisible-char': { zh: '不可见字符', en: 'Invisible characters' },
  'residue-duplicate-line': { zh: '重复的广告行', en: 'Repeated advertising line' },
};

const KIND_LABELS: Record<Kind, Messages> = {
  site: { zh: '站点名称', en: 'site name' },
  member: { zh: '会员推销', en: 'membership pitch' },
  contact: { zh: '联系方式', en: 'contact handle' },
  promo: { zh: '推销用语', en: 'promotional wording' },
  price: { zh: '价格或材料数量', en: 'price or collection size' },
  teaser: { zh: '试读或付费提示', en: 'paywall wording' },
  ghostwriting: { zh: '代笔代写', en: 'ghostwriting' },
  source: { zh: '来源或版权声明', en: 'source or copyright wording' },
  url: { zh: '网址', en: 'web address' },
  navigation: { zh: '网站导航', en: 'site navigation' },
};

export function evidenceList(e: Evidence, position: Position): Messages {
  const zh: string[] = [];
  const en: string[] = [];
  for (const [kind, weight] of e.kinds) {
    if (weight < 2 && kind !== 'promo') continue;
    zh.push(KIND_LABELS[kind].zh);
    en.push(KIND_LABELS[kind].en);
  }
  if (position.weight >= 2) {
    zh.push('位于结束语之后');
    en.push('after the closing line');
  } else if (position.weight === 1) {
    zh.push('位于文首或文末');
    en.push('at the top or bottom');
  }
  if (position.repeated) {
    zh.push('重复出现');
    en.push('repeated');
  }
  return { zh: zh.join('、'), en: en.join(', ') };
}

export function judgedMessage(ruleId: string, safe: boolean, evidence: Messages): Messages {
  const name = RULE_NAMES[ruleId];
  if (safe) return { zh: `${name.zh}（依据：${evidence.zh}）`, en: `${name.en} (evidence: ${evidence.en})` };
  return {
    zh: `疑似${name.zh}（依据：${evidence.zh}），证据不足以自动删除，请确认`,
    en: `Possibly ${name.en.toLowerCase()} (evidence: ${evidence.en}); not certain enough to remove automatically, please check`,
  };
}

export function exactMessage(ruleId: string, text: string): Messages {
  const name = RULE_NAMES[ruleId];
  if (ruleId === 'residue-invisible-char') {
    const codes = [...text].map((c) => 'U+' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join(' ');
    return { zh: `${name.zh} ${codes}`, en: `${name.en} ${codes}` };
  }
  return { zh: `${name.zh}“${text.trim()}”`, en: `${name.en} "${text.trim()}"` };
}

export const REMOVE_TITLE: Messages = { zh: '删除此残留', en: 'Remove this residue' };
export const REMOVE_LINE_TITLE: Messages = { zh: '删除此残留行', en: 'Remove this residue line' };
