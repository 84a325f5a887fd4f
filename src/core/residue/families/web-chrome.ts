import { WEIGHT, type Piece, type ResidueFamily } from '../family';

// Toolbar and share-row words of article pages. Each is ordinary in prose (打印材料, 分享经验); two or
// more on one short piece, or one between separators, are a toolbar.
const TOOLBAR = /打印本页|打印此文|打印文章|打印|收藏本页|收藏本文|加入收藏|收藏|纠错|关闭窗口|关闭本页|关闭|返回顶部|回到顶部|返回首页|返回列表|分享到|分享至|一键分享|分享|微博|qq空间|朋友圈|复制链接|字体|字号|[大中小]\s{1,3}[中小]|默认|护眼|评论|点赞|在看|转发|举报|投诉|订阅|rss/gi;
const COUNTER = /(?:阅读|浏览|点击|下载|收藏|点赞|评论|分享|热度|访问|在看)(?:量|次数|数|人数)?\s{0,3}(?:：|\s)\s{0,3}\d[\d.]{0,6}万?(?![\d年月日号期届])|\d{1,9}\s{0,3}(?:人|次)(?:阅读|浏览|观看|下载|收藏|点赞|围观)|(?:阅读|浏览|评论|点赞|收藏|转发|分享)\s{0,2}[（(]\s{0,2}\d{1,9}\s{0,2}[）)]|[（(]\s{0,2}\d{1,9}\s{0,2}[）)]\s{0,2}(?:条评论|人阅读)/g;
const COUNTER_ANY = new RegExp(COUNTER.source);
const SEPARATOR = /\s[|>»›/·•]\s|[|»›]|\s{2,}\S/g;

function countOf(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

function distinct(re: RegExp, text: string): number {
  re.lastIndex = 0;
  const seen = new Set<string>();
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    seen.add(m[0].toLowerCase());
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  return seen.size;
}

// A breadcrumb without 首页: three or more short items joined by > » ›. Tested only on pieces with two
// such separators (a pattern would try the items at every position of every line).
const CRUMBS = /^\s*(?:[^\s>»›。，]{1,10}\s{0,3}[>»›]\s{0,3}){2,}[^\s>»›。，]{1,16}\s*$/;

// The credits of an account's article: 文字 | 老周　排版 | 小笔, 排版：小笔　审核：老笔.
const CREDIT = /(?:文字|文案|排版|编辑|责编|审核|审校|校对|图片|摄影|供图|美编)\s{0,2}[|：/]/g;

// A page's section label standing alone on its line (相关新闻, 热点排行, 你可能喜欢, 写留言): no report has one.
// Tested by the weigher on short lines only: no character is common to every match, so as a pattern it
// would run (and, loosened, pass the prefilter) on every line.
const NAV_LABEL = /^[\s【\[（<《·•\-—=*#▌|｜]{0,4}(?:相关(?:新闻|文档|阅读|推荐|文章|链接|下载|范文|资料|专题|热词)|热点排行|热门(?:排行|文章|推荐|标签|搜索|下载)|排行榜|最新(?:文档|文章|更新|资讯|动态|范文)|你可能(?:喜欢|感兴趣|还喜欢)|猜你(?:喜欢|想搜)|精选留言|写留言|留言区|延伸阅读|往期(?:精彩|回顾|推荐)(?:回顾|文章)?|(?:文档|资源|内容)(?:简介|描述|介绍)|本文目录(?:一览)?|文章目录|展开全文|收起全文|轻触阅读原文|阅读原文|继续滑动看下一个|视频加载中|举报\s?\/\s?反馈|分享让更多人看到|更多|查看更多|点击查看更多)[\s】\]）>》·•\-—=*#.。…:：!！»›]{0,6}$/i;
// A line of nothing but emoji or arrows (👇👇👇).
const EMOJI_LINE = /^\s*(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2600-\u27BF]\uFE0F?|[↓↑→←▼▲]){2,}\s*$/;

function standsAlone(folded: string): boolean {
  return folded.length <= 60 && (NAV_LABEL.test(folded.trim()) || EMOJI_LINE.test(folded));
}

function chromeWeight(piece: Piece): number {
  if (standsAlone(piece.folded) || standsAlone(piece.text)) return WEIGHT.decisive;
  const t = piece.folded;
  let best = 0;
  if (t.length <= 80 && distinct(CREDIT, t) >= 2) best = WEIGHT.decisive;
  if (t.length <= 120 && countOf(t, /[>»›]/g) >= 2 && CRUMBS.test(t)) best = WEIGHT.decisive;
  const counters = distinct(COUNTER, t);
  if (counters >= 2) best = WEIGHT.decisive;
  else if (counters === 1) best = WEIGHT.strong;
  if (t.length <= 80) {
    const tools = distinct(TOOLBAR, t);
    const separators = (t.match(SEPARATOR) ?? []).length;
    if (tools >= 3 || (tools >= 2 && separators >= 1)) best = Math.max(best, WEIGHT.decisive);
    else if (tools >= 2 || (tools === 1 && separators >= 1 && t.trim().length <= 24)) best = Math.max(best, WEIGHT.medium);
    if (separators >= 2) best = Math.max(best, WEIGHT.medium);
  }
  return best;
}

/**
 * The page around an article copied with it: breadcrumbs, toolbars and share rows, post meta,
 * previous/next links, related-article lists, tags, back-to-top links.
 */
export const webChrome: ResidueFamily = {
  id: 'web-chrome',
  ruleId: 'residue-web-chrome',
  label: { zh: '网页导航或工具栏', en: 'web page navigation or toolbar' },
  patterns: [
    { weight: 12, re: /上一篇\s{0,3}：[^\n]{0,80}下一篇\s{0,3}：/ },
    { weight: WEIGHT.decisive, re: /的人还(?:看了|在看|喜欢|下载了)|热词搜索|猜你想搜|推荐度\s{0,3}：|评分\s{0,3}：\s{0,3}\d|\d\s{0,2}人评|已影响\s{0,3}[\d,]+\s{0,3}人|是否对(?:您|你)有(?:所)?帮助|有帮助\s{1,6}没帮助|未经处理的缓存|收录于(?:合集|话题|专辑)|设为星标|星标[^，。\n]{0,4}公众号|继续滑动看下一个|视频加载中|加载中\.{2,}|频道为(?:您|你)推荐|更多[^，。\s]{0,12}\s{0,2}(?:>>|»|›)\s*$|进入专题\s{0,2}(?:>>|»|›)/i },
    { weight: WEIGHT.decisive, re: /^\s*[·•]\s{0,2}[^。]{4,40}\s\d{4}-\d{1,2}-\d{1,2}\s*$/ },
    {
      weight: WEIGHT.decisive,
      re: /^[\s>]*(?:首页|主页|当前位置|您的位置|你的位置|您现在的位置|现在位置|所在位置|位置)\s{0,3}[>»›：/]|首页\s{0,3}[>»›/]\s{0,3}[^>»›/\s]{1,12}\s{0,3}[>»›/]|上一篇\s{0,3}：|下一篇\s{0,3}：|上一篇[:：]?\s*$|下一篇[:：]?\s*$|相关推荐|相关阅读|相关文章|猜你喜欢|热门推荐|往期推荐|推荐阅读|热门文章|最新文章|热点文章|精彩推荐|本文关键词|文章标签|标签\s{0,3}：|tags\s{0,3}：|返回顶部|回到顶部|返回首页|返回列表|打印本页|关闭窗口|关闭本页|加入收藏|收藏本页|复制本文链接|分享到\s{0,3}(?:：|$)|分享至\s{0,3}：|扫一扫在手机|手机扫一扫|微信扫一扫|【\s{0,2}字(?:体|号)\s{0,2}：|字(?:体|号)\s{0,2}：\s{0,2}[大中小]|^[\s↓▼]{0,6}阅读原文[\s↓▼>]{0,6}$|喜欢此内容的人还喜欢|点(?:个|一下)?[“"]?在看|点击蓝字|点赞[、，\s]{0,2}在看|在看[、，\s]{0,2}转发|分享给好友|（(?:精选|通用)\s{0,2}\d{1,3}\s{0,2}篇）|精选\s{0,2}\d{1,3}\s{0,2}篇|\d{1,3}\s{0,2}篇(?:精选|范文|合集|汇编)|发表评论|我要评论|网友评论|条评论|登录后(?:评论|发表)|违法和不良信息举报|索引号\s{0,3}：|发布机构\s{0,3}：|新闻热线\s{0,3}：/im,
    },
    { weight: WEIGHT.strong, re: /\d{4}年\d{1,2}月\d{1,2}日\s{0,3}\d{1,2}：\d{2}|(?:发布|发表|更新|上传|录入|编辑)(?:时间|日期)\s{0,3}：|(?:时间|日期)\s{0,3}：\s{0,3}\d{4}-\d{1,2}-\d{1,2}|\d{4}-\d{1,2}-\d{1,2}\s{1,3}\d{1,2}：\d{2}|(?:责任编辑|编辑|作者|来源)\s{0,3}：[^，。]{1,16}\s{2,}(?:责任编辑|编辑|作者|来源|发布|时间|日期|浏览)/ },
    // An item of a related-article list: a bullet and the title of another material.
    { weight: WEIGHT.strong, re: /^\s*[·•◆]\s*[^《》。]{2,40}(?:范文|心得体会|心得|发言材料|发言稿|发言|讲话稿|讲稿|党课|对照检查材料|述职报告|调研报告|工作总结|报告|写作要点)[^。，]{0,12}$/ },
    { weight: WEIGHT.medium, re: /关键词\s{0,3}：|延伸阅读|更多相关|用手机(?:看|扫|打开)|在手机上(?:打开|浏览|阅读)/ },
  ],
  weigh: chromeWeight,
  trigger: (line) => standsAlone(line) || /[|»›]|\S\s{2,}\S|打印|收藏|分享|评论|字体|字号|点赞|转发|举报|订阅/.test(line) || COUNTER_ANY.test(line),
};
