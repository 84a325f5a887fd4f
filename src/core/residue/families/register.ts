import { WEIGHT, type Piece, type ResidueFamily } from '../family';

// The language of web pages and shops rather than of reports: words addressed to the reader and web
// actions. Every one of them occurs in real reports now and then; several distinct ones in one piece
// are the register of a page.
const REGISTER = /您|亲们?|各位网友|网友|小编|本站|本网|站长|点击|点此|登录|登陆|注册|收藏|转发|点赞|评论|下载|打印|搜索|关注|订阅|扫码|扫一扫|扫描|二维码|复制|链接|网页|页面|首页|栏目|频道|客户端|app(?![a-z])|账号|用户|上传|浏览|阅读量|原创|精品|免费|在线|平台|网站|文档|全文|更多|推荐|热门|最新|返回|举报|纠错|责任编辑|原标题|首发|发表于|推送|星标|朋友圈|微博|预览|加载|滑动|往期|延伸阅读|热点|排行|缓存|大图|高清|水印|退款|版权|范文|文库|公众号|网友|帖子|楼主|置顶|相关(?:新闻|推荐|阅读|文章|链接|下载|范文|文档)|精彩(?:回顾|推荐|内容|文章)|分享(?:到|至|给|让)|查看(?:更多|全文|原文|大图)|(?:文档|资源|作品)(?:简介|描述|介绍)|视频/gi;

function registerWeight(piece: Piece): number {
  const n = registerWords(piece.folded);
  if (n >= 3) return WEIGHT.medium;
  return n ? WEIGHT.hint : 0;
}

/** Distinct web-page words in a piece. */
export function registerWords(folded: string): number {
  REGISTER.lastIndex = 0;
  const seen = new Set<string>();
  let m: RegExpExecArray | null;
  while ((m = REGISTER.exec(folded)) !== null) seen.add(m[0].toLowerCase());
  return seen.size;
}

export const register: ResidueFamily = {
  id: 'register',
  ruleId: 'residue-site-ad',
  label: { zh: '网页用语', en: 'web-page wording' },
  patterns: [],
  supporting: true,
  weigh: registerWeight,
  // A short line with two web words may be page chrome that fits nothing of the body (misfit.ts).
  trigger: (folded: string) => folded.length <= 60 && registerWords(folded) >= 2,
};
