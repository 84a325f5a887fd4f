import { digitOfCode, digitRuns } from './digits';
import { looseUnion } from './prefilter';

/**
 * Evidence that a piece of text (a line or a sentence of it) is residue from a 素材 site, weighed
 * against evidence that it is real prose. No single keyword decides: every kind below is also found in
 * real reports (微信公众号, 加入, 会员单位, 代写 in a self-criticism), so a piece needs several kinds, or
 * one phrase no report ever contains, and little prose evidence, before anything is removed.
 */

export type Kind =
  | 'site' // 【XX素材库】, 文库, 范文网
  | 'member' // VIP, 开通会员, 会员群
  | 'contact' // 微信/QQ/客服 with a handle or a number
  | 'promo' // 欢迎加入, 一键下载, 认准, 小伙伴
  | 'price' // ￥9.9, 元/篇, 1000多篇材料
  | 'teaser' // 试读结束, 付费后查看, 解锁全文
  | 'ghostwriting' // 代笔, 代写 offers
  | 'source' // 本文由…整理, 转载请注明, 如有侵权
  | 'url' // bare addresses
  | 'navigation'; // 首页 > 党建 > 心得, 网站名 | 栏目 | 栏目

export const KIND_ORDER: readonly Kind[] = ['teaser', 'ghostwriting', 'source', 'site', 'member', 'price', 'contact', 'url', 'navigation', 'promo'];

export interface Evidence {
  /** Weight per kind found (the strongest hit of each kind). */
  kinds: Map<Kind, number>;
  /** Number of independent kinds; a decisive phrase (weight ≥ 5) counts twice. */
  independent: number;
  /** Sum of kind weights. */
  residue: number;
  /** Evidence of real prose. */
  prose: number;
  /** True for a closing line or a heading: never residue itself. */
  protectedProse: boolean;
  /** Short label-like piece without sentence punctuation (来源：…, 网址：…). */
  labelShape: boolean;
}

interface Pattern {
  kind: Kind;
  weight: number;
  re: RegExp;
  /** A character every match contains: without it the pattern is not run (long lines stay cheap). */
  need?: string;
}

// A site-like bracket: 【…】 and its cousins around a short name.
// Round brackets count only with a site word inside: （人民网） is a citation, （哒哒素材库整理） is not.
const BRACKET = /[【〖［\[「『（(]([^【】〖〗［］\[\]「」『』（）()\n]{1,24})[】〗］\]」』）)]/g;
const SITE_WORD = /素材|文库|范文|公文网|材料网|写作网|资料库|资料网|文档网|文秘|秘书网|笔杆子?网|网盘|代笔|代写/;
const SITE_SUFFIX = /(?:网|站|库|馆|号|君|屋|吧|坊|社|汇|圈|家园)$/;
const CONTENT_LABEL = /案例|典型|经验|做法|背景|链接|知识|要点|提示|注释|编者按|评论|专题|附件|说明|资料卡|小贴士|延伸阅读|学习/;

const PATTERNS: Pattern[] = [
  { kind: 'site', weight: 3, re: /素材库|素材网|素材站|素材群|文库|范文网|范文库|范文大全|公文网|材料网|写作网|资料库|资料网|文档网|文秘网|秘书网|网盘群|网盘/ },
  { kind: 'site', weight: 1, re: /素材|范文/ },
  { kind: 'member', weight: 3, re: /(?<![A-Za-z])s?vip(?![A-Za-z])/i },
  { kind: 'member', weight: 3, re: /(?:VIP|vip|会员)(?:专享|专属|特供)|(?:开通|加入|成为|升级|购买|充值|注册|办理)[^，。,；\s]{0,4}会员|会员(?:群|专享|专区|特权|免费|价|充值|中心|下载|资格|权益|用户|折扣|福利|通道|服务)|超级会员|年费会员|终身会员|包年|包月/ },
  { kind: 'promo', weight: 1, re: /欢迎(?:加入|关注|订阅|下载|购买|咨询|选购|光临|访问|使用本)|请访问|访问本站|登录本站|更多[^，。\s]{0,8}(?:请访问|请关注|请登录|尽在|投稿|请点击|请添加)|质量保证|品质保证|保证质量|需要更多|第一时间更新|尽在|投稿|更新最新|每日分享|每天分享|无限下载|原创保障|原创保证|原创保质|保质保量|价格公道|价格优惠|价格实惠|24小时在线|请扫描|请联系|联系我们|请加|咨询|私信|关注(?:我们|本号|本站|公众号|微信|下方)|订阅|领取|获取(?:更多|全文|完整|资料|全套)|回复[“"「]|优质(?:公文|材料|范文|资料)|购买|下单|接单|优惠|特价|限时|折扣|打折|免费(?:下载|领取|获取|送|试用|分享|赠送)|赠送|一键|轻松(?:解决|搞定|获取|下载)|海量|精品|认准|唯一(?:平台|官方|渠道)|谨防(?:假冒|上当|受骗)|好评如潮|(?:持续|每日|每天|同步|实时|不断)更新|小伙伴|您|亲们|点击|立即(?:下载|购买|加入|联系|查看|获取)|马上(?:下载|购买|加入|联系)|赶快|抢购|秒杀|有意(?:者|加入|请)|需要的(?:请|朋友|小伙伴|同志)|更多(?:精彩|范文|材料|资料|内容|文章|优质|好文|干货)|长按|识别二维码|二维码|扫一扫|扫码(?:关注|加|进群|领取|添加|咨询|下载|获取|购买|联系)/ },
  { kind: 'price', weight: 3, re: /[￥¥]\s{0,3}\d|\d\s{0,3}元\s{0,3}[\/／每]\s{0,3}(?:年|月|篇|份|次|天|套)|(?:仅需|只需|只要|低至|原价|现价|特惠价|售价)\s{0,3}[￥¥]?\s{0,3}\d|积分下载|下载积分|\d{1,9}\s{0,3}积分/ },
  { kind: 'teaser', weight: 5, re: /点击(?:这里|此处|下方|上方|进入下一页)|下一页继续阅读|继续阅读全文|(?:本篇|本文)(?:文章|文档)?共有?\s{0,3}\d+\s{0,3}页|立即下载|可编辑可修改|可编辑修改|文档可编辑|可直接编辑|可下载编辑|(?:请|需)?下载后(?:查看|阅读)|(?:开通|购买|付费|支付|登录|注册)后(?:即可|可)?(?:查看|阅读|下载|浏览|获取)|下载文档原格式|[Ww]ord原格式|原格式文档|点击(?:查看|阅读|下载|进入|获取)(?:更多|全文|原文|完整)|试读结束|试读已结束|试读部分|免费试读|试看结束|预览结束|预览已结束|(?:查看|阅读|下载|浏览)(?:全文|完整版|完整内容|剩余内容|剩余部分|余下内容)|剩余\s{0,3}\d+\s{0,3}[%％]|剩余\s{0,3}\d+\s{0,3}页|付费(?:后)?(?:查看|阅读|下载|解锁)|付费内容|本文(?:为|是|属于)付费|解锁(?:全文|完整|剩余|阅读|本文|后续)|(?:开通|成为|升级)(?:VIP|vip|会员)(?:后|即可|可)|(?:未完|未完待续)[^。\n]{0,6}(?:下载|查看|会员)/ },
  { kind: 'teaser', weight: 3, re: /感谢(?:您的)?阅读|谢谢阅读|本文完|全文完|[—-]\s{0,2}END\s{0,2}[—-]/ },
  { kind: 'teaser', weight: 2, re: /完整版|本文共计\s{0,3}\d+\s{0,3}字|[Ww][Oo][Rr][Dd]版|可编辑|原格式|文档下载|下载文档|下载原文|下载本文|\.docx?(?![A-Za-z])|PDF版|试读|全文共\s{0,3}\d+\s{0,3}[字页]/ },
  { kind: 'ghostwriting', weight: 5, re: /代(?:写|笔)(?:各类|各种|服务|业务)|(?:承接|提供|专业|原创|各类|各种)[^，。\n]{0,4}(?:代写|代笔|撰写|写作|润色)|承接[^，。\n]{0,6}材料/ },
  { kind: 'ghostwriting', weight: 3, re: /代笔|代写|代撰|代拟/ },
  { kind: 'ghostwriting', weight: 2, re: /代发|润色|润笔|改稿|原创定制|定制写作|写作服务|材料定制|包过|查重|降重/ },
  { kind: 'source', weight: 5, re: /[Cc]opyright|©|All Rights Reserved|ICP[备证]|公网安备|侵犯了?(?:您的|你的)?(?:权益|版权)|联系(?:我们|本站)(?:删除|处理)|文档贡献者|上传(?:者|用户)\s{0,3}[:：]|转载请保留|(?:本文)?转载自|(?:本文|文章)来源\s{0,3}[:：]|本文出处|本文仅供|仅供学习交流|24小时内删除|如有侵权|侵权(?:必究|请|删除|联系)|转载(?:请|须|需|务必)?(?:注明|联系|授权)|版权(?:归|所有|声明|属于)|免责声明|禁止转载|严禁转载|盗用必究|未经(?:授权|许可|允许)[^。\n]{0,6}(?:转载|复制|使用)|本文(?:档)?(?:由|系|来自|转自|摘自|选自)[^。\n]{0,20}(?:整理|编辑|发布|上传|提供|原创|收集|汇编|转载)|用户上传|网友(?:上传|投稿|分享)/ },
  { kind: 'source', weight: 3, re: /本站(?:部分|所有)?(?:内容|文章|资料|文档|材料)/ },
  { kind: 'source', weight: 2, re: /(?:文章|资料|内容|信息)?来源\s{0,3}[:：]|出处\s{0,3}[:：]|(?:责任)?编辑\s{0,3}[:：]|作者\s{0,3}[:：]|声明\s{0,3}[:：]|仅供(?:学习|参考|交流|个人)|转载|原文链接|本文地址|网址\s{0,3}[:：]/ },
  { kind: 'navigation', weight: 5, re: /^[\s\u3000]*(?:首页|当前位置|您的位置|你的位置|您现在的位置)\s{0,3}[>»›:：]|上一篇\s{0,3}[:：]|下一篇\s{0,3}[:：]|相关推荐|相关阅读|猜你喜欢|热门推荐|往期推荐|推荐阅读|本文关键词|文章标签|标签\s{0,3}[:：]/ },
  // Both links of a page footer: the titles they name carry report words, so this outweighs prose.
  { kind: 'navigation', weight: 12, re: /上一篇\s{0,3}[:：][^\n]{0,60}下一篇\s{0,3}[:：]/ },
  { kind: 'navigation', weight: 2, re: /关键词\s{0,3}[:：]/ },
  { kind: 'navigation', weight: 5, re: /^[\s↓▼]{0,6}阅读原文[\s↓▼>]{0,6}$|喜欢此内容的人还喜欢|点个?在看|点赞[、，\s]{0,2}在看|在看[、，\s]{0,2}转发|复制本文链接|分享给好友|分享到\s{0,3}[:：]|小编(?:推荐|整理|提示|说)/ },
  { kind: 'contact', weight: 3, need: '@', re: /[A-Za-z0-9._-]{1,64}@[A-Za-z0-9-]{1,63}\.[A-Za-z]{2,10}/ },
  { kind: 'site', weight: 2, re: /(?:访问|来自|出处|来源)\s{0,3}[:：]?\s{0,3}[\u4e00-\u9fffA-Za-z]{2,8}(?:网|站|文库)(?![络格点民友上下])/ },
  { kind: 'contact', weight: 3, re: /(?:下方|上方|文末|右侧|左侧|底部|页面)二维码|扫码(?:加入|进群|关注|添加)|长按(?:识别|扫描)/ },
  { kind: 'url', weight: 3, need: '.', re: /https?:\/\/[^\s，。；、）)】]+|www\.[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+|[A-Za-z0-9-]{1,63}\.(?:com|cn|net|org|top|vip|cc|xyz|info|site|club|wang)(?![A-Za-z])/i },
];

// A superset of every pattern (case folded), to skip the individual tests on plain prose.
const ANY_PATTERN = new RegExp(PATTERNS.map((p) => `(?:${p.re.source})`).join('|'), 'i');

// Handles after a contact word: an id, a disguised number, or a name after a colon.
const CONTACT_WORD = /(?:微\s?信号?|电\s?话|手\s?机号?|威信|薇信|徽信|维信|[Vv]信|[Vv][Xx]|[Ww][Xx]|公众号|[Qq]{2}群?|扣扣|企鹅号?|客服|联系电话|电话|手机号?|联系方式|联系|加[Vv]|[+＋][Vv]|私信|联系人)(?:号码?|群)?\s{0,3}[:：]?\s{0,3}/g;
const HANDLE = /^(?:[A-Za-z0-9][A-Za-z0-9_\-]{2,}|[“"「『][^”"」』\n]{2,16}[”"」』])/;
const HOMOPHONE = /[Ww][Xx](?![A-Za-z])|威信|薇信|徽信|维信|[Vv]信|[Vv][Xx](?![A-Za-z])|扣扣|企鹅号|加[Vv](?![A-Za-z])|[+＋][Vv](?![A-Za-z])/;

const PAGE_COUNTER = /(?:上传|发布|更新)时间\s{0,3}[:：]\s{0,3}\d|(?:阅读量?|浏览量?|浏览次数|下载次数|下载量|收藏|点赞|评论|分享|热度)\s{0,3}[:：]\s{0,3}\d+/g;
const NAV_SEPARATOR = /\s[|｜>»›]\s|[|｜»›]/g;
const FOLLOW_ACCOUNT = /关注[^，。；\n]{0,12}(?:公众号|微信号|抖音号|视频号)/;

const DECOR = /——|★|☆|❤|♥|►|▶|→|>>|》》|！！|!!|~~|[\uD83C-\uD83E][\uDC00-\uDFFF]/;

const REPORT_WORDS = /党|思想|理论|政治|群众|同志|组织|贯彻|落实|问题|整改|作风|担当|责任|工作|深入|坚持|加强|提高|推动|发展|建设|精神|意识|自己|本人|我们|不足|存在|差距|认真|教育|初心|使命|新时代|中央|支部|干部|制度|改革|纪律|廉洁|实践|能力|群众|基层|党员|领导|方面|落细|履职|成效/g;
const CLOSING = /请审议|汇报完毕|报告完毕|发言完毕|述职完毕|不妥之处|批评指正|谢谢大家|以上是我的/;
const HEADING_START = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．、](?!\d)|（\d{1,2}）)/;
const SENTENCE_END = /[。；;]["”’）)]*\s*$/;

function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

function add(kinds: Map<Kind, number>, kind: Kind, weight: number): void {
  if ((kinds.get(kind) ?? 0) < weight) kinds.set(kind, weight);
}

function contactWeight(text: string): number {
  let best = 0;
  CONTACT_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONTACT_WORD.exec(text)) !== null) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const hasColon = /[:：]\s*$/.test(m[0]);
    const word = m[0];
    // A homophone (威信, 扣扣, VX) or a disguised number with a handle is made to dodge filters: decisive.
    const dodge = HOMOPHONE.test(word);
    const number = digitRuns(after.slice(0, 32), 5).find((r) => r.start <= 1);
    if (number) best = Math.max(best, dodge || number.disguised ? 5 : 3);
    else if (HANDLE.test(after) && (hasColon || /^[A-Za-z0-9]/.test(after) || /公众号/.test(word))) best = Math.max(best, dodge ? 5 : 3);
    else if (hasColon && /公众号|客服|微信|[Qq]{2}/.test(word) && after.length > 1) best = Math.max(best, 3);
    else best = Math.max(best, 1);
    if (CONTACT_WORD.lastIndex === m.index) CONTACT_WORD.lastIndex++;
  }
  if (HOMOPHONE.test(text)) best = Math.max(best, 2);
  // A bare number of 7 or more digits, or a disguised one, is a handle even without a contact word.
  for (const run of digitRuns(text, 5)) {
    if (run.disguised || run.digits >= 7) best = Math.max(best, run.disguised ? 3 : 2);
  }
  return best;
}

/** Site-like brackets: a known site word inside is decisive; a name ending like a site is strong. */
function bracketWeight(text: string): number {
  let best = 0;
  BRACKET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKET.exec(text)) !== null) {
    const inner = m[1].trim();
    if (SITE_WORD.test(inner)) best = Math.max(best, 5);
    else if (m[0].startsWith('（') || m[0].startsWith('(')) continue;
    else if (SITE_SUFFIX.test(inner) && !CONTENT_LABEL.test(inner)) best = Math.max(best, 3);
  }
  return best;
}

// Every regex whose match can make a piece residue on its own (a weight of 2 or more, or promo), loosened
// (see prefilter.ts), in one union. The weight-1 site words (素材, 范文) and bare contact words are left
// out: alone they never make a piece residue.
const LOOSE_STRONG = looseUnion(
  [...PATTERNS.filter((p) => p.weight >= 2 || p.kind === 'promo').map((p) => p.re.source), HOMOPHONE.source, PAGE_COUNTER.source, FOLLOW_ACCOUNT.source],
  'i',
);
// What a contact word needs next to it to weigh 2 or more: a number, a handle, a quoted name or a colon.
const CONTACT_FOLLOWER = /[A-Za-z0-9０-９①-⑨❶-❾⓪⓿“"「『:：]/;

/**
 * False only when no piece of `line` (no sentence, no span, not the line) can be residue: a piece needs
 * at least one strong kind of evidence (independent > 0 in weigh). Each test is a necessary condition for
 * one source of a strong kind: the pattern union; a site bracket (bracket matches of a piece are matches
 * of the line, as brackets cannot nest inside one); a contact word with what a handle needs; two digits
 * close together (a disguised or long number); a navigation separator. Addresses are in the pattern union:
 * a bare address needs a match of the address pattern.
 */
export function mayBeResidue(line: string): boolean {
  return (
    hasTriggerCharacter(line) ||
    LOOSE_STRONG.test(line) ||
    bracketWeight(line) > 0 ||
    strongContactWord(line)
  );
}

/**
 * A contact word followed by what makes it weigh 2 or more (contactWeight): a digit, a handle or a quoted
 * name right after it, or a colon in it. Contact words hold no sentence end or bracket, so the matches of
 * a piece are matches of its line.
 */
function strongContactWord(line: string): boolean {
  CONTACT_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONTACT_WORD.exec(line)) !== null) {
    if (CONTACT_FOLLOWER.test(line.slice(m.index, m.index + m[0].length + 2))) return true;
    if (CONTACT_WORD.lastIndex === m.index) CONTACT_WORD.lastIndex++;
  }
  return false;
}

/** A navigation separator, or two digits at most 7 apart (a number run needs two, with ≤ 6 masks between). */
function hasTriggerCharacter(line: string): boolean {
  let lastDigit = -100;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // '|', '>', '｜', '»', '›'
    if (c === 0x7c || c === 0x3e || c === 0xff5c || c === 0xbb || c === 0x203a) return true;
    if (digitOfCode(c) >= 0) {
      if (i - lastDigit <= 7) return true;
      lastDigit = i;
    }
  }
  return false;
}

export interface Position {
  /** Weight of where the piece stands: after the closing line, at the top or bottom of the text. */
  weight: number;
  /** Identical line found elsewhere in the text. */
  repeated: boolean;
  /** A neighbouring line is certain residue. */
  nextToResidue: boolean;
}

export const NO_POSITION: Position = { weight: 0, repeated: false, nextToResidue: false };

/** Weighs one piece of text. */
export function weigh(text: string, position: Position = NO_POSITION): Evidence {
  const kinds = new Map<Kind, number>();
  // One pass of the union first: most sentences of a report match none of the patterns.
  const anyPattern = ANY_PATTERN.test(text);
  if (anyPattern) {
    for (const p of PATTERNS) if ((p.need === undefined || text.includes(p.need)) && p.re.test(text)) add(kinds, p.kind, p.weight);
  }
  const bracket = bracketWeight(text);
  if (bracket > 0) add(kinds, /[【〖［\[「『][^】〗］\]」』]{0,20}(?:代笔|代写)/.test(text) ? 'ghostwriting' : 'site', bracket);
  const contact = contactWeight(text);
  if (contact > 0) add(kinds, 'contact', contact);
  if (isBareUrl(text)) add(kinds, 'url', 5);
  if (text.length <= 80 && (text.match(NAV_SEPARATOR) ?? []).length >= 2) add(kinds, 'navigation', 2);
  // Page counters of a web page: 阅读量：12856  收藏：326.
  if ((text.match(PAGE_COUNTER) ?? []).length >= 2) add(kinds, 'navigation', 5);
  // Pointing readers to an account: 关注“X”公众号, 关注X微信号.
  if (FOLLOW_ACCOUNT.test(text)) add(kinds, 'contact', 3);

  const trimmed = text.trim();
  const closing = CLOSING.test(trimmed);
  const heading = HEADING_START.test(text);
  const words = new Set(trimmed.match(REPORT_WORDS) ?? []);
  const cjk = cjkCount(trimmed);
  let prose = Math.min(words.size, 6);
  if (SENTENCE_END.test(trimmed)) prose += 1;
  if (cjk >= 40) prose += 1;
  if (cjk >= 80) prose += 1;
  const protectedProse = closing || heading;
  if (protectedProse) prose += 4;

  const labelShape = trimmed.length <= 40 && /^[^，。；！？]{1,8}[:：]/.test(trimmed) && !/[。！？]$/.test(trimmed);

  let residue = 0;
  let independent = 0;
  for (const [kind, w] of kinds) {
    residue += w;
    // A weak hit (a bare 素材, a contact word without handle) is a hint, not an independent kind.
    if (w >= 5) independent += 2;
    else if (w >= 2 || (kind === 'promo' && w >= 1)) independent += 1;
  }
  // The promo pattern is one branch of the case-insensitive union: no union match, no promo hit.
  const promoHits = anyPattern ? countPromo(text) : 0;
  if (promoHits > 1) residue += Math.min(promoHits - 1, 3);
  if (independent > 0) {
    residue += position.weight;
    if (position.repeated) residue += 2;
    if (position.nextToResidue) {
      residue += 2;
      // Inside an ad block, a piece with no prose at all is part of the block: that is a second kind.
      if (prose === 0) independent += 1;
    }
    if (DECOR.test(text)) residue += 1;
    if (labelShape) residue += 1;
  }
  return { kinds, independent, residue, prose, protectedProse, labelShape };
}

const PROMO_G = new RegExp(PATTERNS.find((p) => p.kind === 'promo')!.re.source, 'g');
function countPromo(text: string): number {
  return new Set(text.match(PROMO_G) ?? []).size;
}

const URL_G = /https?:\/\/[^\s，。；、）)】]+|www\.[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+|[A-Za-z0-9-]{1,63}\.(?:com|cn|net|org|top|vip|cc|xyz|info|site|club|wang)(?![A-Za-z])[^\s，。；、）)】]*/gi;
const URL_LABEL = /^(?:网址|链接|原文链接|本文地址|原文地址|来源|官网|网站|地址|更多请访问|访问)?\s*[:：]?$/;

/** A piece that is an address and nothing else (a label such as 网址： aside). */
export function isBareUrl(text: string): boolean {
  if (!/[./]/.test(text)) return false;
  const rest = text.replace(URL_G, '').replace(/[\s\u3000，。；、,;()（）【】\[\]<>《》|]/g, '');
  return rest.length < text.trim().length && URL_LABEL.test(rest);
}

export type Verdict = 'safe' | 'warn' | 'none';

/**
 * Safe: at least two independent kinds, a clear total and (almost) no prose evidence, or overwhelming
 * residue against some prose. Warn: residue outweighs prose but not by enough to delete unasked.
 */
export function verdictOf(e: Evidence): Verdict {
  if (e.protectedProse || e.independent === 0) return 'none';
  if (e.independent >= 2 && e.residue >= 5 && (e.prose <= 1 || e.residue >= e.prose + 7)) return 'safe';
  if (e.independent >= 2 && e.residue >= 4 && e.prose === 0) return 'safe';
  if (e.independent >= 2 && e.residue >= 4 && e.residue > e.prose + 1) return 'warn';
  // One kind alone only warns, and only on a piece that does not read as a sentence.
  const heaviest = Math.max(0, ...e.kinds.values());
  if (e.residue >= 4 && (heaviest >= 3 ? e.prose === 0 : e.labelShape && heaviest >= 2 && e.prose <= 1)) return 'warn';
  return 'none';
}

/** The kind that names the finding: the heaviest, ties broken by KIND_ORDER. */
export function mainKind(e: Evidence): Kind | undefined {
  let best: Kind | undefined;
  let bestWeight = 0;
  for (const kind of KIND_ORDER) {
    const w = e.kinds.get(kind) ?? 0;
    if (w > bestWeight) {
      best = kind;
      bestWeight = w;
    }
  }
  return best;
}
