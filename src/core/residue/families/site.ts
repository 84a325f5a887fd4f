import { WEIGHT, type Piece, type ResidueFamily } from '../family';

// A site-like bracket: 【…】 and its cousins around a short name. Round brackets count only with a site
// word inside: （人民网） is a citation, （哒哒素材库整理） is not.
const BRACKET = /[【〖\[「『（]([^【】〖〗\[\]「」『』（）\n]{1,24})[】〗\]」』）]/g;
export const SITE_WORD = /素材|文库|范文|公文网|材料网|写作网|资料库|资料网|文档网|文秘|秘书网|笔杆子?网|网盘|代笔|代写|文档分享|精品文档/;
const SITE_SUFFIX = /(?:网|站|库|馆|号|君|屋|吧|坊|社|汇|圈|家园)$/;
const CONTENT_LABEL = /案例|典型|经验|做法|背景|链接|知识|要点|提示|注释|编者按|评论|专题|附件|说明|资料卡|小贴士|延伸阅读|学习/;

/** Site-like brackets: a known site word inside is decisive; a name ending like a site is strong. */
export function bracketWeight(folded: string): number {
  let best = 0;
  BRACKET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKET.exec(folded)) !== null) {
    const inner = m[1].trim();
    if (SITE_WORD.test(inner)) best = Math.max(best, WEIGHT.decisive);
    else if (m[0].startsWith('（')) continue;
    else if (SITE_SUFFIX.test(inner) && !CONTENT_LABEL.test(inner)) best = Math.max(best, WEIGHT.strong);
  }
  return best;
}

/** 【XX素材库】 headers and ad lines, site names of 文库/范文 sites. */
export const site: ResidueFamily = {
  id: 'site',
  ruleId: 'residue-site-ad',
  label: { zh: '站点名称', en: 'site name' },
  patterns: [
    { weight: WEIGHT.strong, re: /素材库|素材网|素材站|素材群|文库|范文网|范文库|范文大全|公文网|材料网|写作网|资料库|资料网|文档网|文秘网|秘书网|网盘群|网盘|文档分享平台|精品文档/ },
    { weight: WEIGHT.hint, re: /素材|范文/ },
    // What sites call their collections: 社区工作材料精选, 公安工作材料汇编, 医疗卫生材料专辑.
    { weight: WEIGHT.strong, re: /(?:材料|范文|公文|讲稿|文稿|素材)(?:精选|汇编|合集|大全|专辑|全集|合辑)/ },
    // The item labels of a collection of model texts: 范文二：, 篇一：.
    { weight: WEIGHT.decisive, re: /^\s*(?:范文|篇|例文|精选)\s{0,2}[一二三四五六七八九十\d]{1,3}\s{0,2}[：:]?\s*$/ },
    { weight: WEIGHT.medium, re: /(?:访问|来自|出处|来源)\s{0,3}：?\s{0,3}[\u4e00-\u9fffA-Za-z]{2,8}(?:网|站|文库)(?![络格点民友上下])/ },
  ],
  weigh: (piece: Piece) => bracketWeight(piece.folded),
  trigger: (line) => bracketWeight(line) > 0,
};
