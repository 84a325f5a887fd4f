import { WEIGHT, type ResidueFamily } from '../family';

/**
 * Words of a site's editor to its readers around the material: 以下是小编为大家整理的…, 供大家参考借鉴,
 * 希望对您有所帮助, and the share blurbs of 文库 sites (本文档由会员分享…). Reports speak to their audience
 * too (供大家参考 closes a 交流发言), so only the editor's own phrasing is decisive.
 */
export const editorNote: ResidueFamily = {
  id: 'editor-note',
  ruleId: 'residue-editor-note',
  label: { zh: '编者导读或分享说明', en: 'editor note to readers' },
  patterns: [
    {
      weight: WEIGHT.decisive,
      re: /以下是[^，。\n]{0,12}(?:为|给|帮)(?:大家|您|你们?|各位)[^，。\n]{0,12}(?:整理|收集|搜集|精心|准备|带来|分享|推荐|编辑|汇总)|小编(?:为|给|帮)(?:大家|您|你)|小编(?:推荐|整理|提示|说|精选|按|导读)|小编[^，。\n]{0,6}(?:整理|收集|搜集|推荐|汇总|准备|带来|分享)|(?:小编|本站|编辑)(?:精心)?(?:整理|收集|搜集|推荐|汇总)的|希望(?:能|可以)?(?:对|给|帮助)(?:您|你|大家|各位)[^，。\n]{0,8}(?:有所)?(?:帮助|启发|借鉴|参考)|欢迎(?:阅读|参考|借鉴)(?:与|和|及)?(?:收藏|借鉴|参考)?[！!。]?$|一起来看看吧|快来看看吧|大家一起来看看|(?:本|该)文档由[^，。\n]{0,12}(?:分享|上传|提供|发布)|由会员[^，。\n]{0,8}分享|由用户[^，。\n]{0,8}(?:分享|上传)|请在[^，。\n]{0,12}(?:上|内)?搜索|如需[^，。\n]{0,12}请(?:在|到|联系|访问|搜索|下载)/,
    },
    { weight: WEIGHT.strong, re: /小编|供(?:大家|您|各位)(?:参考借鉴|借鉴参考|学习参考|阅读参考)|仅供(?:大家|您)参考|(?:大家|您)(?:可以)?(?:参考|借鉴)一下|本文(?:档|章)?(?:为|是)(?:大家|您)/ },
    { weight: WEIGHT.medium, re: /供(?:大家|您|各位)(?:参考|借鉴|学习)|希望(?:对|给)(?:您|你|大家)|(?:为|给)(?:大家|您)(?:整理|收集|精选|推荐|分享)了/ },
  ],
};
