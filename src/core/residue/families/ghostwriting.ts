import { WEIGHT, type ResidueFamily } from '../family';

/** 代笔/代写/润色 offers. A self-criticism may say 代写 once; an offer says more around it. */
export const ghostwriting: ResidueFamily = {
  id: 'ghostwriting',
  ruleId: 'residue-ghostwriting',
  label: { zh: '代笔代写', en: 'ghostwriting' },
  patterns: [
    { weight: WEIGHT.decisive, re: /代(?:写|笔)(?:各类|各种|服务|业务)|(?:承接|提供|专业|原创|各类|各种)[^，。\n]{0,4}(?:代写|代笔|撰写|写作|润色)|承接[^，。\n]{0,6}材料/ },
    { weight: WEIGHT.strong, re: /代笔|代写|代撰|代拟|代投稿|代发表|长期接单|承接[^，。\n]{0,8}业务/ },
    { weight: WEIGHT.medium, re: /代发|润色|润笔|改稿|原创定制|定制写作|写作服务|材料定制|包过|查重|降重/ },
  ],
};
