/**
 * Residue lines built from parts: site names, pitches, handles, decorations, counters. Each family's
 * templates combine parts of several kinds, so a family's lines vary the way real sites vary theirs.
 * Deterministic for a seed. Used to measure the engine family by family (residue-generalization.test.ts
 * and scripts/residue-eval.mjs), including with the family's own evidence left out.
 */

export type Rand = () => number;

export function seeded(seed: number): Rand {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const SITE_NAMES = ['笔耕素材库', '公文星范文网', '学海文库', '青松材料网', '墨香写作网', '金笔公文网', '启航范文大全', '红烛文秘网', '云帆资料库', '明德文档网'];
const SITE_SHORT = ['笔耕', '公文星', '学海', '青松', '墨香', '金笔', '启航', '红烛', '云帆', '明德'];
const DOMAINS = ['bgsck.com', 'gwxfw.cn', 'xhwk.net', 'qscl.top', 'mxxz.com.cn', 'jbgw.vip', 'qhfw.cc', 'hzws.org'];
const DECOR = [['★', '★'], ['☆☆☆', '☆☆☆'], ['【', '】'], ['◆', '◆'], ['>>>', '<<<'], ['——', '——'], ['❤', '❤'], ['', '']];
const HANDLE_WORDS = ['微信', '威信', '薇信', 'VX', 'V❤', '+V', 'QQ', '扣扣', '客服微信', '公众号'];
const TOPICS = ['心得体会', '对照检查材料', '党课讲稿', '述职报告', '研讨发言', '主题教育材料'];

/** A handle: an id, a number in plain, spaced, full-width or circled digits. */
function handle(r: Rand): string {
  const digits = String(1300000000 + Math.floor(r() * 699999999));
  switch (Math.floor(r() * 5)) {
    case 0: return digits;
    case 1: return digits.split('').join(' ');
    case 2: return [...digits].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 3: return [...digits].map((d) => (d === '0' ? '⓪' : String.fromCharCode(0x2460 + Number(d) - 1))).join('');
    default: return pick(r, ['gwsc', 'bgxz', 'mxwk', 'jbgw']) + Math.floor(r() * 9000 + 1000);
  }
}

function fullWidth(text: string): string {
  return text.replace(/[A-Za-z0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
}

function halfPunct(text: string): string {
  return text.replace(/，/g, ',').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')').replace(/！/g, '!');
}

/** Randomly writes the line in another width, as web pages do. */
function vary(r: Rand, text: string): string {
  const v = r();
  if (v < 0.2) return halfPunct(text);
  if (v < 0.35) return fullWidth(text);
  return text;
}

type Template = (r: Rand) => string;

export const GENERATOR_FAMILIES: Record<string, Template[]> = {
  'site-banner': [
    (r) => { const [a, b] = pick(r, DECOR); return `${a}${pick(r, SITE_NAMES)}${b} 海量${pick(r, TOPICS)}持续更新`; },
    (r) => `【${pick(r, SITE_NAMES)}】${pick(r, ['原创首发', '精品推荐', '独家整理'])}，${pick(r, ['认准本站', '谨防假冒', '每日更新'])}`,
    (r) => { const [a, b] = pick(r, DECOR); return `${a}${pick(r, SITE_SHORT)}公文 ｜ 党建材料 ｜ ${pick(r, TOPICS)}${b}`; },
    (r) => `本材料由${pick(r, SITE_NAMES)}独家提供`,
  ],
  membership: [
    (r) => `开通${pick(r, ['VIP', 'SVIP', '年费会员', '超级会员'])}即可免费下载全站${pick(r, ['3万', '10万+', '5000余'])}篇${pick(r, TOPICS)}`,
    (r) => `${pick(r, ['VIP', '会员'])}专享文档，下载需消耗${Math.floor(r() * 20 + 1)}${pick(r, ['下载券', '金币', '积分'])}`,
    (r) => `成为会员，${pick(r, ['畅享', '无限下载', '免费阅读'])}全部精品材料`,
    (r) => `会员${pick(r, ['福利', '特权', '折扣'])}：包年仅需${pick(r, ['99', '199', '59.9'])}元`,
  ],
  teaser: [
    (r) => `${pick(r, ['试读结束', '试读已结束', '预览已结束'])}，${pick(r, ['开通会员后查看全文', '付费后阅读剩余内容', '解锁全文请登录'])}`,
    (r) => `已阅读${Math.floor(r() * 3 + 1)}页，还剩${Math.floor(r() * 8 + 2)}页未读`,
    (r) => `${pick(r, ['展开阅读全文', '点击阅读全文', '继续阅读全文'])} ${pick(r, ['↓', '>>', '▼', ''])}`,
    (r) => `（以上内容为${pick(r, ['会员专享', '付费内容', 'VIP可见'])}，${pick(r, ['开通后可查看全文', '购买后即可阅读'])}）`,
  ],
  download: [
    (r) => `${pick(r, ['立即下载', '点击下载', '一键下载'])}本文Word版（可编辑）`,
    (r) => `本文档共${Math.floor(r() * 9 + 2)}页，${pick(r, ['下载文档原格式', '下载到电脑查看更方便', '可编辑可修改'])}`,
    (r) => `格式：DOCX  大小：${Math.floor(r() * 90 + 10)}KB  页数：${Math.floor(r() * 9 + 2)}`,
    (r) => `扫码下载APP，${pick(r, ['随时阅读', '免费查看'])}海量${pick(r, TOPICS)}`,
  ],
  contact: [
    (r) => `需要${pick(r, TOPICS)}请加${pick(r, HANDLE_WORDS)}：${handle(r)}`,
    (r) => `${pick(r, HANDLE_WORDS)} ${handle(r)}（${pick(r, ['备注材料', '24小时在线', '量大从优'])}）`,
    (r) => `关注公众号“${pick(r, SITE_SHORT)}公文”获取更多${pick(r, TOPICS)}`,
    (r) => `客服${pick(r, ['QQ', '电话', '微信'])}：${handle(r)}`,
  ],
  ghostwriting: [
    (r) => `承接各类${pick(r, TOPICS)}代写，${pick(r, ['原创保质', '按时交稿', '不满意可改'])}`,
    (r) => `专业代笔：${pick(r, ['述职报告', '讲话稿', '调研报告'])}、${pick(r, ['心得体会', '对照检查'])}，价格公道`,
    (r) => `材料润色、${pick(r, ['改稿', '降重', '定制写作'])}，${pick(r, ['联系客服', '私信小编'])}`,
  ],
  'source-disclaimer': [
    (r) => `本文由${pick(r, SITE_NAMES)}${pick(r, ['整理发布', '网友上传', '收集整理'])}，${pick(r, ['转载请注明出处', '仅供学习交流'])}`,
    (r) => `声明：${pick(r, ['本站部分内容来源于网络', '文章仅代表作者观点'])}，如有侵权请联系删除`,
    (r) => `Copyright © 20${Math.floor(r() * 9 + 15)} ${pick(r, SITE_NAMES)} 版权所有  ${pick(r, ['京', '浙', '粤', '鲁'])}ICP备${Math.floor(r() * 90000000 + 10000000)}号`,
    (r) => `${Math.floor(r() * 3 + 1)}、本站所有文档均为用户上传，不代表本站观点。`,
  ],
  'web-chrome': [
    (r) => `当前位置：首页 > ${pick(r, ['范文', '党建', '心得体会'])} > ${pick(r, TOPICS)}`,
    (r) => `打印 | 收藏 | ${pick(r, ['纠错', '关闭', '分享'])}`,
    (r) => `发布时间：2024-0${Math.floor(r() * 9 + 1)}-1${Math.floor(r() * 9)}  浏览次数：${Math.floor(r() * 9000 + 100)}`,
    (r) => `上一篇：${pick(r, TOPICS)}  下一篇：${pick(r, TOPICS)}范文`,
    (r) => `· ${pick(r, ['2024年', '最新', '精选'])}${pick(r, TOPICS)}（精选${Math.floor(r() * 9 + 3)}篇）`,
    (r) => `分享到：${pick(r, ['微信 微博 QQ空间', '朋友圈 | 微博'])}`,
    (r) => `${pick(r, ['返回顶部', '回到顶部'])} ${pick(r, ['↑', '▲', ''])}`,
  ],
  'editor-note': [
    (r) => `以下是小编为大家${pick(r, ['整理', '收集', '精心准备'])}的${pick(r, TOPICS)}，${pick(r, ['供大家参考', '欢迎阅读与收藏'])}。`,
    (r) => `希望对您有所帮助，${pick(r, ['更多精彩内容请关注本站', '欢迎收藏转发'])}！`,
    (r) => `本文档由会员分享，如需更多${pick(r, TOPICS)}请在${pick(r, SITE_NAMES)}上搜索。`,
  ],
  'page-furniture': [
    (r) => `${pick(r, SITE_NAMES)}  第${Math.floor(r() * 3 + 1)}页 共${Math.floor(r() * 5 + 4)}页`,
    () => `[图片]`,
    (r) => `图片来源：${pick(r, ['网络', SITE_NAMES[0], '新华社'])}`,
    (r) => `- ${Math.floor(r() * 8 + 1)} -`,
  ],
  url: [
    (r) => `https://www.${pick(r, DOMAINS)}/${pick(r, ['wenku', 'fanwen', 'doc'])}/${Math.floor(r() * 90000 + 10000)}.html`,
    (r) => `更多请访问：www.${pick(r, DOMAINS)}`,
    (r) => fullWidth(`www.${pick(r, DOMAINS)}`),
  ],
};

/** `count` lines of one family, each written in a random width. */
export function generateLines(family: string, count: number, seed: number): string[] {
  const r = seeded(seed);
  const templates = GENERATOR_FAMILIES[family];
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(vary(r, pick(r, templates)(r)));
  return out;
}

/** Promotional sentences that sites glue to the end of a real paragraph. */
export function generateGlued(count: number, seed: number): string[] {
  const r = seeded(seed);
  const forms: Template[] = [
    (r) => `需要更多${pick(r, TOPICS)}，请搜索“${pick(r, SITE_NAMES)}”。`,
    (r) => `更多${pick(r, ['精彩', '优质', '相关'])}内容请关注公众号“${pick(r, SITE_SHORT)}公文”。`,
    () => `（以上内容为会员专享，开通后可查看全文）`,
    (r) => `更多${pick(r, TOPICS)}见文末链接。`,
    (r) => `本文来源于${pick(r, SITE_NAMES)}，转载请注明出处。`,
  ];
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(vary(r, pick(r, forms)(r)));
  return out;
}
