import { WEIGHT, type ResidueFamily } from '../family';

/** Download and format pitches of 文库 sites: 立即下载, Word版可编辑, 下载文档原格式, .docx. */
export const download: ResidueFamily = {
  id: 'download',
  ruleId: 'residue-teaser',
  label: { zh: '下载提示', en: 'download pitch' },
  patterns: [
    // Notes of a document library about downloading and previews.
    { weight: WEIGHT.decisive, re: /word\s{0,2}(?:格式|版本?|文档)[^。\n]{0,10}(?:可|能)(?:任意|自由|随意|直接)?(?:修改|编辑)|(?:可|能)(?:任意|自由|随意)(?:修改|编辑)|页眉页脚可删除|内容提供方|上传人\s{0,2}(?:（卖家）)?\s{0,2}：|文档编号\s{0,3}：|下载收益|\.docx?_第\s?\d{1,3}\s?页|(?:仅部分|部分内容)?预览(?:文档|时|部分|内容)[^。\n]{0,12}(?:压缩|不可|不全|清晰|完整|点)|(?:申请|可)退款|快捷下载|下载(?:前|之前)[^。\n]{0,8}(?:确认|甄别)|(?:免费|可)阅读\s{0,2}\d{1,3}\s{0,2}页|专业资料整理|精选文档|积分[^。\n]{0,4}下载|下载[^。\n]{0,12}积分/i },
    {
      weight: WEIGHT.decisive,
      re: /立即下载|点击下载|一键下载|可编辑可修改|可编辑修改|文档可编辑|可直接编辑|可下载编辑|下载文档原格式|word原格式|原格式文档|下载到电脑|扫码下载|下载app(?:阅读|查看)/i,
    },
    {
      weight: WEIGHT.strong,
      re: /免费下载|下载(?:文档|本文|此文|全文)|下载地址|下载链接|本文档(?:共|为|可)/i,
    },
    { weight: WEIGHT.medium, re: /完整版|word版|可编辑|原格式|文档下载|下载原文|\.docx?(?![A-Za-z])|pdf版|格式[：:]?\s{0,2}(?:doc|docx|pdf|word)|文档(?:大小|页数|格式)|\d{1,6}(?:\.\d{1,3})?\s{0,2}(?:kb|mb)(?![A-Za-z])/i },
  ],
};
