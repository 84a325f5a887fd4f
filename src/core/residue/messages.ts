import type { Messages } from '../types';
import { familyOf, type Evidence, type Position } from './evidence';

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
  'residue-web-chrome': { zh: '网页导航、工具栏或文章信息', en: 'Web page navigation, toolbar or post meta' },
  'residue-editor-note': { zh: '网站编者导读或分享说明', en: 'Site editor note to readers' },
  'residue-misfit-line': { zh: '不像正文的网页残留行', en: 'Line unlike the report body' },
  'residue-watermark': { zh: '句中网站水印', en: 'Site watermark inside a sentence' },
};

export function evidenceList(e: Evidence, position: Position): Messages {
  const zh: string[] = [];
  const en: string[] = [];
  for (const [kind, weight] of e.kinds) {
    const family = familyOf(kind);
    if (!family || (weight < 2 && kind !== 'promo')) continue;
    zh.push(family.label.zh);
    en.push(family.label.en);
  }
  if (e.shape.fragment) {
    zh.push('不像正文的句子');
    en.push('does not read as report text');
  }
  if (position.weight >= 2) {
    zh.push('位于结束语之后');
    en.push('after the closing line');
  } else if (position.weight === 1) {
    zh.push('位于正文之前');
    en.push('before the body');
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

export function misfitMessage(text: string): Messages {
  return {
    zh: `“${text}”既不是标题、小标题，也不是完整的句子，且带有网页特征（分隔符、装饰符号、字母数字或网页用语），疑似残留，请确认`,
    en: `"${text}" is neither a heading nor a finished sentence and carries signs of a web page (separators, decoration, Latin or digits, web wording): possibly residue, please check`,
  };
}
