import { reportResidue } from '../residue/report';
import type { Rule } from '../rule';

// Page chrome copied with an article: decided from its evidence (residue/families/web-chrome.ts) and
// the shape of the line, never from one word (打印 and 分享 are ordinary in reports).
export const residueWebChrome: Rule = {
  meta: {
    id: 'residue-web-chrome',
    category: 'residue',
    defaultSeverity: 'error',
    description: { zh: '随正文复制进来的网页导航、工具栏、分享栏、发布信息、上一篇/下一篇与相关文章列表', en: 'Web page chrome copied with the text: breadcrumbs, toolbars, share rows, post meta, previous/next and related-article lists' },
  },
  check(context) {
    reportResidue(context, 'residue-web-chrome');
  },
};
