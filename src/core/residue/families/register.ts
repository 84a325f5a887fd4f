import { WEIGHT, type Piece, type ResidueFamily } from '../family';

// The language of web pages and shops rather than of reports: words addressed to the reader and web
// actions. Every one of them occurs in real reports now and then; several distinct ones in one piece
// are the register of a page.
const REGISTER = /您|亲们?|各位网友|网友|小编|本站|本网|站长|点击|登录|登陆|注册|收藏|转发|点赞|评论|下载|打印|搜索|关注|订阅|扫码|扫一扫|复制|链接|网页|页面|首页|栏目|频道|客户端|app(?![a-z])|账号|用户|上传|浏览|阅读量|原创|精品|免费|在线|平台|网站|文档|全文|更多|推荐|热门|最新/gi;

function registerWeight(piece: Piece): number {
  REGISTER.lastIndex = 0;
  const seen = new Set<string>();
  let m: RegExpExecArray | null;
  while ((m = REGISTER.exec(piece.folded)) !== null) seen.add(m[0].toLowerCase());
  if (seen.size >= 3) return WEIGHT.medium;
  return seen.size ? WEIGHT.hint : 0;
}

export const register: ResidueFamily = {
  id: 'register',
  ruleId: 'residue-site-ad',
  label: { zh: '网页用语', en: 'web-page wording' },
  patterns: [],
  supporting: true,
  weigh: registerWeight,
};
