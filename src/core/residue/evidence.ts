import { WEIGHT, type Piece, type ResidueFamily } from './family';
import { FAMILIES } from './families';
import { PROMO } from './families/promo';
import { registerWords } from './families/register';
import { digitOfCode } from './digits';
import { fold, isDecoration } from './normalize';
import { loosenSource } from './prefilter';
import { PatternIndex } from './pattern-index';
import { shapeOf, type Shape } from './shape';

/**
 * Evidence that a piece of text (a line or a sentence of it) is residue from a 素材 site or a web page,
 * weighed against evidence that it is real prose. No single keyword decides: every family's words are
 * also found in real reports (微信公众号, 加入, 会员单位, 代写 in a self-criticism), so a piece needs
 * several kinds, or one phrase no report ever contains, and little prose evidence, before anything is
 * removed. The families (families/) own the patterns; this file adds them up.
 */

/** A residue family id (families/index.ts). */
export type Kind = string;

export interface Evidence {
  /** Weight per family found (the strongest hit of each). */
  kinds: Map<Kind, number>;
  /** Number of independent kinds; a decisive hit counts twice. */
  independent: number;
  /** Sum of the weights. */
  residue: number;
  /** Evidence of real prose. */
  prose: number;
  /** True for a closing line or a heading: never residue itself. */
  protectedProse: boolean;
  /** Short label-like piece without sentence punctuation (来源：…, 网址：…). */
  labelShape: boolean;
  /** How little the piece looks like a sentence of a report (shape.ts). */
  shape: Shape;
  /**
   * Reads as a sentence of its own: a dozen or more Chinese characters outside any address. Such a
   * piece is removed in bulk only on a phrase no report contains or on three independent kinds: a
   * notice may end in its own portal's address, a library may let readers 注册后免费下载.
   */
  sentenceLike: boolean;
  /** The voice of a site speaking to its readers (您, 小编, 本站, 网友): a report does not speak so. */
  siteVoice: boolean;
  /** The only family found is an address, in a line with a phrase of prose around it. */
  addressInProse: boolean;
  /** Distinct web-page words (register.ts). */
  webWords: number;
  /** The piece's line fits nothing of the document's body (misfit.ts). */
  misfitLine: boolean;
  /** Chinese characters outside addresses. */
  cjk: number;
  /** The piece stands above the body, where the title stands. */
  beforeBody: boolean;
  /** An office's own contact or reference (县财政局…0571-8866 2310, 举报网站：…gov.cn): warned at most. */
  officeContact: boolean;
  /** Names an official body (政府, 市委, 共青团): notices speak so, page chrome does not. */
  official: boolean;
}

const FAMILY_BY_ID = new Map(FAMILIES.map((f) => [f.id, f]));

export function familyOf(kind: Kind): ResidueFamily | undefined {
  return FAMILY_BY_ID.get(kind);
}

// One union of every pattern (case folded), to skip the individual tests on plain prose.
// Every family pattern, indexed: a piece runs only the patterns it may match.
const ALL_PATTERNS = FAMILIES.flatMap((f) => f.patterns);
const PATTERN_NUMBER = new Map(ALL_PATTERNS.map((p, n) => [p, n]));
const ANY_PATTERN = new PatternIndex(ALL_PATTERNS.map((p) => loosenSource(p.re.source)), 'i');

// Every pattern whose match can make a piece residue (a weight of 2 or more, or promo), loosened (see
// prefilter.ts), in one union. Weight-1 hints (素材, 范文) never make a piece residue alone.
const LOOSE_STRONG = new PatternIndex(
  FAMILIES.flatMap((f) => f.patterns.filter((p) => p.weight >= WEIGHT.medium || f.id === 'promo').map((p) => loosenSource(p.re.source))),
  'i',
);

/**
 * False only when no piece of the folded `line` can be residue: a piece needs at least one strong kind
 * of evidence. Each test is a necessary condition for one source of a strong kind: the pattern union,
 * a family's trigger for its weigher, or two digits close together (a disguised or long number).
 */
export function mayBeResidue(line: string): boolean {
  const folded = weighingForm(despace(fold(line)));
  if (hasCloseDigits(folded) || LOOSE_STRONG.test(folded)) return true;
  for (const f of FAMILIES) if (f.trigger && f.trigger(folded)) return true;
  return false;
}

/** Two digits at most 7 apart: a number run needs two, with up to 6 masks between. */
function hasCloseDigits(line: string): boolean {
  let lastDigit = -100;
  for (let i = 0; i < line.length; i++) {
    if (digitOfCode(line.charCodeAt(i)) >= 0) {
      if (i - lastDigit <= 7) return true;
      lastDigit = i;
    }
  }
  return false;
}

export interface Position {
  /** Weight of where the piece stands: 2 after the closing line, 1 in the block before the body. */
  weight: number;
  /** Identical line found elsewhere in the text. */
  repeated: boolean;
  /** A neighbouring line is certain residue. */
  nextToResidue: boolean;
  /** The piece is an unfinished tail glued after a finished sentence: paragraphs of a report end in 。. */
  gluedTail?: boolean;
  /** The line stands above the first line of the body, where a report's title stands. */
  beforeBody?: boolean;
  /** The whole line fits nothing of the document's body (misfit.ts). */
  misfit?: boolean;
}

const MISFIT_NOT_ENOUGH = new Set<Kind>(['url', 'contact', 'source', 'web-chrome']);

export const NO_POSITION: Position = { weight: 0, repeated: false, nextToResidue: false };

const REPORT_WORDS = /党|思想|理论|政治|群众|同志|组织|贯彻|落实|问题|整改|作风|担当|责任|工作|深入|坚持|加强|提高|推动|发展|建设|精神|意识|自己|本人|我们|不足|存在|差距|认真|教育|初心|使命|新时代|中央|支部|干部|制度|改革|纪律|廉洁|实践|能力|基层|党员|领导|方面|落细|履职|成效|服务|推进|实施|开展|完善|保障|创新|安全|经济|社会|人民|治理/g;
const REPORT_WORDS_ONE = new RegExp(REPORT_WORDS.source);
const CLOSING = /请审议|汇报完毕|报告完毕|发言完毕|述职完毕|不妥之处|批评指正|谢谢大家|以上是我的/;
const HEADING_START = /^[ \t]*(?:(?:表|图|附表|附图|附件)\s{0,2}\d{1,2}(?:[-.]\d{1,2})?\s|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.、](?!\d)|（\d{1,2}）)/;
// Addresses and e-mail: their Latin letters say 'address', already weighed by the url family.
const ADDRESSES = /(?:https?|ftp)[:：]\/\/[^\s，。；、）)】]+|www\.[A-Za-z0-9.\/_-]{1,200}|[A-Za-z0-9._-]{1,64}@[A-Za-z0-9.-]{1,100}|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.(?:com|cn|net|org|top|vip|cc|xyz|info|site|club|wang|ly)(?:\/[^\s，。；、）)】]*)?/gi;
// Not 本站: a hydrological or service station speaks of itself so too.
const SITE_VOICE = /您|小编(?!们)|网友|亲们|各位亲|亲(?=[，！])|小伙伴|各位读者|站长/;
const ANY_WEB_TOOL = /打印|收藏|分享|首页|登录|下载/;
const OFFICIAL_BODY = /政府|市委|县委|区委|省委|党委|党组|共青团|团委|委员会|人民|政协|人大|法院|检察院|学院|学员|街道|社区|村委|机关/;
const SENTENCE_END = /(?:[。；！？]|(?<=[\u4e00-\u9fff”’])\.)[”’）"]*\s*$/;

export function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

const PROMO_G = new RegExp(PROMO.source, 'g');
function countPromo(folded: string): number {
  return new Set(folded.match(PROMO_G) ?? []).size;
}

// Characters spread out with spaces (开 通 会 员 ， 查 看 全 文) to dodge filters: weighed closed up. The
// spacing is a disguise only when it runs through several characters in a row.
const SPREAD = /(?:[\u4e00-\u9fff，：！] ){4,}[\u4e00-\u9fff，：！]/;
const SPREAD_GAP = /(?<=[\u4e00-\u9fff，：！A-Za-z0-9]) (?=[\u4e00-\u9fff，：！A-Za-z0-9])/g;

function despace(folded: string): string {
  return SPREAD.test(folded) ? folded.replace(SPREAD_GAP, '') : folded;
}

// Markdown around copied page chrome ([首页](https://…) › [栏目](…), > 📍 当前位置：…) is weighed as the
// words and addresses it holds; the form weighed needs no offsets (pieces are cut on the original).
const MD_LINK = /\[([^\]\n]{1,40})\]（([^）\s]{1,300})）/g;
const EMOJI = /[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2600-\u27BF]\uFE0F?/g;

const SPREAD_ADDRESS = /(?:www|https?|ftp)\s+[.:：]|[A-Za-z0-9]\s+\.\s+(?:com|cn|net|org)\b/i;

function weighingForm(folded: string): string {
  let t = folded;
  if (t.includes('](') || t.includes(']（')) t = t.replace(MD_LINK, '$1 $2');
  if (/^\s*>\s/.test(t)) t = t.replace(/^\s*>\s/, '');
  if (/[\uD83C-\uD83E]/.test(t)) t = t.replace(EMOJI, ' ');
  // An address spread out with spaces (www . xx . com, https : // …) is weighed closed up.
  if (SPREAD_ADDRESS.test(t)) t = t.replace(/(?<=[A-Za-z0-9:：])\s+(?=[.:：\/])|(?<=[.:：\/])\s+(?=[A-Za-z0-9\/])/g, '');
  return t;
}

/** Weighs one piece of text (original form; folded here). */
export function weigh(text: string, position: Position = NO_POSITION, families: readonly ResidueFamily[] = FAMILIES): Evidence {
  const folded = weighingForm(despace(fold(text)));
  const piece: Piece = { text, folded };
  const trimmed = folded.trim();
  const withoutAddresses = trimmed.replace(ADDRESSES, ' ');
  const shape = shapeOf(withoutAddresses.trim());
  const kinds = new Map<Kind, number>();
  // Where each family's strongest pattern matched: words that one family already counted are not
  // evidence of a second (免费下载 is a download pitch, not also sales talk).
  const spans = new Map<Kind, [number, number]>();
  const possible = ANY_PATTERN.matching(folded);
  for (const f of families) {
    let w = 0;
    if (possible.size > 0) {
      for (const p of f.patterns) {
        if (p.weight <= w || !possible.has(PATTERN_NUMBER.get(p)!)) continue;
        const m = p.re.exec(folded);
        if (!m) continue;
        w = p.weight;
        spans.set(f.id, [m.index, m.index + m[0].length]);
      }
    }
    if (f.weigh) {
      const extra = f.weigh(piece);
      if (extra > w) {
        w = extra;
        spans.delete(f.id);
      }
    }
    if (w > 0) kinds.set(f.id, w);
  }
  const inside = (kind: Kind): boolean => {
    const own = spans.get(kind);
    if (!own) return false;
    for (const [other, span] of spans) {
      if (other === kind || (kinds.get(other) ?? 0) < (kinds.get(kind) ?? 0)) continue;
      if (span[0] <= own[0] && own[1] <= span[1] && (span[0] !== own[0] || span[1] !== own[1] || other < kind)) return true;
    }
    return false;
  };

  const closing = CLOSING.test(trimmed);
  // A numbered line is a heading unless it carries a phrase no heading has: sites number their
  // disclaimers (1、本站所有文档均为用户上传…).
  let decisiveHit = false;
  for (const [kind, w] of kinds) if (w >= WEIGHT.decisive && !familyOf(kind)?.supporting) decisiveHit = true;
  // …or the web's wording and none of a report's (2、本站所有文档均为用户上传…).
  const webWording = (kinds.get('register') ?? 0) >= WEIGHT.medium && !REPORT_WORDS_ONE.test(trimmed);
  const heading = HEADING_START.test(folded) && !decisiveHit && !webWording;
  const words = new Set(trimmed.match(REPORT_WORDS) ?? []);
  const cjk = cjkCount(trimmed);
  let prose = Math.min(words.size, 6);
  if (SENTENCE_END.test(trimmed)) prose += 1;
  if (cjk >= 40) prose += 1;
  if (cjk >= 80) prose += 1;
  // A cited publication (《求是》2024年第12期) is a citation a report keeps, not a site's note.
  if (/《[^》]{2,30}》/.test(trimmed)) prose += 2;
  // A row of a Markdown table (| 指标 | 2023年 |) is the report's own table, whatever stands around it.
  const tableRow = trimmed.length > 2 && trimmed.startsWith('|') && trimmed.endsWith('|') && !ANY_WEB_TOOL.test(trimmed);
  const protectedProse = closing || heading || tableRow;
  if (protectedProse) prose += 4;

  const proseCjk = cjkCount(withoutAddresses);
  const sentenceLike = proseCjk >= 12 && SENTENCE_END.test(trimmed);
  const labelShape = trimmed.length <= 40 && /^[^，。；！？]{1,8}：/.test(trimmed) && !/[。！？]$/.test(trimmed);

  let residue = 0;
  let independent = 0;
  let heaviest = 0;
  for (const [kind, w] of kinds) {
    if (!familyOf(kind)?.supporting && kind !== 'url') heaviest = Math.max(heaviest, w);
    residue += w;
    // A weak hit (a bare 素材, a contact word without handle) is a hint, not an independent kind.
    if (familyOf(kind)?.supporting && !shape.fragment) continue;
    if (inside(kind)) continue;
    if (w >= WEIGHT.decisive) independent += 2;
    else if (w >= WEIGHT.medium || (kind === 'promo' && w >= WEIGHT.hint)) independent += 1;
  }
  const promoHits = kinds.has('promo') ? countPromo(folded) : 0;
  if (promoHits > 1) residue += Math.min(promoHits - 1, 3);
  // Three distinct sales phrases in one piece (更多精彩…关注…获取更多) are a pitch, not a sentence.
  if (promoHits >= 3) independent += 1;
  if (independent > 0) {
    residue += position.weight;
    if (position.repeated) residue += 2;
    if (position.nextToResidue) {
      residue += 2;
      // Inside an ad block, a piece with no prose at all is part of the block: that is a second kind.
      if (prose === 0) independent += 1;
    }
    // Document shape: a piece that reads like no sentence of a report (short, unfinished, separators,
    // counters, Latin and digit runs, decoration) is one more, independent kind of evidence.
    // The shape of the piece or of its whole line is one more kind, next to a strong family's evidence
    // (an address is never enough: a notice may end in its portal's address).
    // A line that fits nothing of the body needs only a medium family beside it (阅读全文, 延伸阅读, 第 ２ 页),
    // but not an address, a contact or labels (审核人：, 作者：, 日期：): forms and notices carry those.
    const misfitMedium = position.misfit && heaviest >= WEIGHT.medium && prose <= 1 && [...kinds].some(([k, w]) => w >= WEIGHT.medium && !MISFIT_NOT_ENOUGH.has(k) && !familyOf(k)?.supporting);
    if (((shape.fragment || position.gluedTail || position.misfit) && heaviest >= WEIGHT.strong) || misfitMedium) {
      residue += 1;
      independent += 1;
    }
    if (shape.decoration > 0) residue += 1;
    if (labelShape) residue += 1;
  }
  const onlyAddress = kinds.has('url') && [...kinds.keys()].every((k) => k === 'url' || familyOf(k)?.supporting);
  const webWords = kinds.has('register') ? registerWords(folded) : 0;
  return { kinds, independent, residue, prose, protectedProse, labelShape, shape, sentenceLike, siteVoice: SITE_VOICE.test(trimmed), addressInProse: onlyAddress && proseCjk >= 8, webWords, misfitLine: !!position.misfit, cjk: proseCjk, beforeBody: !!position.beforeBody, officeContact: officeContact(kinds, trimmed), official: OFFICIAL_BODY.test(trimmed) };
}

// Where a notice's contact comes from: an office, a government portal, a public hotline; and the words of
// a shop or a material site, which no office uses.
const OFFICE = /联系人|举报|投诉|监督|县|市|区|省|乡|镇|局|科|处|馆|委|办公室|中心|政府|纪检|监察|\.gov\.cn|12388|12345|12380/;
const AREA_CODE_NUMBER = /(?<!\d)[（(]?0\d{2,3}[）)]?[-－]?\s?\d{3,4}\s?\d{4}(?!\d)/;
const SHOP = /客服|微信|vx|威信|qq|扣扣|代写|代笔|会员|下载|素材|范文|文库|公众号|接单|咨询客服/i;

function officeContact(kinds: ReadonlyMap<Kind, number>, trimmed: string): boolean {
  const c = kinds.get('contact') ?? 0;
  if (c === 0 || c >= WEIGHT.decisive) return false;
  for (const [k, w] of kinds) if (w >= WEIGHT.strong && k !== 'contact' && k !== 'url') return false;
  // An office names itself, or gives a landline with its area code (咨询电话：0591-87651234).
  return (OFFICE.test(trimmed) || AREA_CODE_NUMBER.test(trimmed)) && !SHOP.test(trimmed);
}

export type Verdict = 'safe' | 'warn' | 'none';

/**
 * The one place for thresholds. Safe: at least two independent kinds, a clear total and (almost) no
 * prose evidence, or overwhelming residue against some prose. Warn: residue outweighs prose but not by
 * enough to delete unasked.
 */
export function verdictOf(e: Evidence): Verdict {
  let v = weighedVerdict(e);
  // A suspect in the voice of a site, or with the web's words and none of a report's: nothing of a report reads so.
  if (v === 'warn' && isBareSuspect(e)) v = 'safe';
  if (v !== 'safe' || !e.officeContact) return v;
  // Nothing but the contact itself (and 咨询, 热线): a notice's contact line, not even a suspect.
  const onlyContact = [...e.kinds.keys()].every((k) => k === 'contact' || k === 'promo' || familyOf(k)?.supporting);
  return e.sentenceLike || onlyContact ? 'none' : 'warn';
}

function weighedVerdict(e: Evidence): Verdict {
  if (e.protectedProse) return 'none';
  if (isPageChrome(e)) return 'safe';
  // Words of a site to its readers with little of a report around them: a suspect, never removed on that alone.
  const webWording = (e.kinds.get('register') ?? 0) >= WEIGHT.medium && e.prose <= 1;
  const voice: Verdict = (e.siteVoice && e.prose <= 2) || webWording ? (e.shape.short ? 'warn' : 'none') : 'none';
  if (e.independent === 0) return voice;
  // An address in a line of prose, with nothing else of a site around it, is the line's own reference.
  if (e.addressInProse) return voice;
  const certain = verdictOfWeights(e);
  if (certain === 'none') return voice;
  if (certain !== 'safe' || !e.sentenceLike) return certain;
  return isDecisive(e) || e.independent >= 3 ? 'safe' : 'warn';
}

function isBareSuspect(e: Evidence): boolean {
  if (e.official || e.officeContact || e.addressInProse || e.beforeBody || e.protectedProse) return false;
  // A site speaking to its reader (您, 小编, 亲, 小伙伴) about the page: reports and notices speak of offices.
  if (e.siteVoice && e.prose <= 2 && (e.webWords >= 1 || e.independent >= 1)) return true;
  // Two web words and not one word of a report.
  if (e.prose === 0 && e.webWords >= 2) return true;
  if (e.prose > 0 || e.sentenceLike || e.cjk > 20) return false;
  return [...e.kinds].some(([k, w]) => w >= WEIGHT.medium && !familyOf(k)?.supporting && !MISFIT_NOT_ENOUGH.has(k));
}

/**
 * Page chrome: a line that fits nothing of the document's body (short, unfinished, not a heading, a date
 * or a citation), with no prose of a report, in the web's words: two of them, or one beside a family's
 * evidence or the shape of page furniture (首页 | 工作总结 | 更多>>, 举报/反馈, 文档简介 beside 下载).
 */
function isPageChrome(e: Evidence): boolean {
  if (!e.misfitLine || e.prose > 1 || e.sentenceLike || e.addressInProse || e.official) return false;
  // A notice's unfinished sentence (调查问卷可扫描二维码或登录区政府网站在线填写) is longer than chrome.
  if (e.cjk > 14 && e.shape.separators < 2) return false;
  if (e.webWords >= 2) return true;
  // Above the body stands the title, often behind a site's bracket: one web word is not enough there.
  if (e.beforeBody) return false;
  // Beside one web word, a family's evidence; a label alone (来源：, 审核人：) or a contact is how notices cite.
  const family = [...e.kinds].some(([k, w]) => !familyOf(k)?.supporting && (w >= WEIGHT.strong || !MISFIT_NOT_ENOUGH.has(k)));
  return e.webWords >= 1 && (family || e.shape.fragment);
}

function isDecisive(e: Evidence): boolean {
  return hasDecisive(e.kinds);
}

/** A phrase no report contains: a hit of weight ≥ 5 from a family that is not only supporting. */
function hasDecisive(kinds: ReadonlyMap<Kind, number>): boolean {
  for (const [kind, w] of kinds) if (w >= WEIGHT.decisive && !familyOf(kind)?.supporting) return true;
  return false;
}

function verdictOfWeights(e: Evidence): Verdict {
  // A phrase no report contains, in a piece that is not a long paragraph of report prose.
  if (isDecisive(e) && (e.prose <= 4 || e.residue >= e.prose + 3)) return 'safe';
  if (e.independent >= 2 && e.residue >= 5 && (e.prose <= 1 || e.residue >= e.prose + 7)) return 'safe';
  if (e.independent >= 2 && e.residue >= 4 && e.prose === 0) return 'safe';
  if (e.independent >= 2 && e.residue >= 4 && e.residue > e.prose + 1) return 'warn';
  // One kind alone only warns, and only on a piece that does not read as a sentence.
  const heaviest = Math.max(0, ...e.kinds.values());
  if (e.residue >= 4 && (heaviest >= WEIGHT.strong ? e.prose === 0 : e.labelShape && heaviest >= WEIGHT.medium && e.prose <= 1)) return 'warn';
  return 'none';
}

/**
 * The family that names the finding: the heaviest whose rule is enabled, ties broken by the order of
 * FAMILIES. A rule switched off does not hide what another family's rule would report.
 */
export function mainKind(e: Evidence, enabled: (ruleId: string) => boolean = () => true): Kind | undefined {
  let best: Kind | undefined;
  let bestWeight = 0;
  for (const f of FAMILIES) {
    const w = e.kinds.get(f.id) ?? 0;
    if (w > bestWeight && (w >= WEIGHT.medium || f.id === 'promo') && enabled(f.ruleId)) {
      best = f.id;
      bestWeight = w;
    }
  }
  return best;
}

export { isDecoration };
