import { WEIGHT, type ResidueFamily } from '../family';

/** Prices of texts and sizes of collections: ￥9.9, 5元/篇, 仅需19元. */
export const price: ResidueFamily = {
  id: 'price',
  ruleId: 'residue-site-ad',
  label: { zh: '价格或材料数量', en: 'price or collection size' },
  patterns: [
    {
      weight: WEIGHT.strong,
      re: /[￥¥$]\s{0,3}\d|\d\s{0,3}元\s{0,3}[\/每]\s{0,3}(?:年|月|篇|份|次|天|套)|(?:仅需|只需|只要|低至|原价|现价|特惠价|售价|价格)\s{0,3}：?\s{0,3}[￥¥]?\s{0,3}\d|千字\s{0,2}\d{1,4}\s{0,2}元|\d{1,5}\s{0,2}元(?:起|\/千字|每千字)|(?:续费|充值)(?:享|送|打)/,
    },
  ],
};
