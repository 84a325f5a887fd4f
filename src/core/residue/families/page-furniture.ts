import { WEIGHT, type ResidueFamily } from '../family';

/**
 * Page furniture of multi-page downloads and web pages between paragraphs: a site name with 第2页/共5页,
 * image placeholders, image credits. Whole-line page numbers are exact residue (exact.ts).
 */
export const pageFurniture: ResidueFamily = {
  id: 'page-furniture',
  ruleId: 'residue-page-number',
  label: { zh: '页眉页脚或图片占位', en: 'page header, footer or image placeholder' },
  patterns: [
    {
      weight: WEIGHT.decisive,
      re: /[\[【（]\s{0,2}(?:图片|图像|image|img|插图|配图|视频|音频|动图|gif|二维码)[^\]】）\n]{0,24}[\]】）]|图片来源\s{0,3}：|点击(?:查看)?大图|查看原图|图片(?:加载中|无法显示)|第\s{0,3}\d{1,3}\s{0,3}页\s{0,3}[/，、]?\s{0,3}共\s{0,3}\d{1,3}\s{0,3}页|共\s{0,3}\d{1,3}\s{0,3}页\s{0,3}[/，、]?\s{0,3}第\s{0,3}\d{1,3}\s{0,3}页|page\s{0,2}\d{1,3}\s{0,2}of\s{0,2}\d{1,3}/i,
    },
    { weight: WEIGHT.medium, re: /第\s{0,3}\d{1,3}\s{0,3}页|\d{1,3}\s{0,2}\/\s{0,2}\d{1,3}\s{0,2}页|(?:^|\s)\d{1,3}\s{0,2}\/\s{0,2}\d{1,3}(?:\s|$)/ },
  ],
};
