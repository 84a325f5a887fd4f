/**
 * Fixed formulations (规范提法) of official writing, as data. Each has its exact wording, its items in
 * their fixed order where it is an enumeration, and where it was set down. An enumeration is checked
 * only where it clearly is the formulation: its name nearby, or enough of its items in one list.
 */
export interface Formulation {
  /** The short name writers use (四个意识); '' when it has none. */
  name: string;
  /** The items in their fixed order. */
  items: readonly string[];
  /** What stands between item i and item i + 1 in the fixed wording (、 or ，). */
  separators: readonly string[];
  /** Where the wording was set down. */
  source: string;
  /** Items found in one list that make it this formulation without its name nearby. */
  minItems: number;
  /** Items that were right once and have been replaced, with the current one (四个全面). */
  replaced?: ReadonlyArray<readonly [old: string, current: string]>;
  /** All items but one in a list is a slip even without the name nearby (nobody lists three of the 四个意识). */
  neverPartial?: boolean;
}

const list = (name: string, items: string[], source: string, minItems = 3, replaced?: Array<[string, string]>): Formulation => ({
  name,
  items,
  separators: items.slice(1).map(() => '、'),
  source,
  minItems,
  replaced,
});

export const FORMULATIONS: readonly Formulation[] = [
  { ...list('四个意识', ['政治意识', '大局意识', '核心意识', '看齐意识'], '中共中央政治局会议（2016年1月）；《中国共产党章程》（2017年10月修改）'), neverPartial: true },
  list('四个自信', ['道路自信', '理论自信', '制度自信', '文化自信'], '习近平在庆祝中国共产党成立95周年大会上的讲话（2016年7月1日）；《中国共产党章程》'),
  list('五位一体', ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'], '党的十八大报告（2012年11月）', 4),
  list('四个全面', ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'], '党的十九届五中全会公报（2020年10月）；党的二十大报告（2022年10月）', 3, [
    ['全面建成小康社会', '全面建设社会主义现代化国家'],
  ]),
  list('新发展理念', ['创新', '协调', '绿色', '开放', '共享'], '党的十八届五中全会公报（2015年10月）', 4),
  list('四个伟大', ['伟大斗争', '伟大工程', '伟大事业', '伟大梦想'], '党的十九大报告（2017年10月）'),
  list('四风', ['形式主义', '官僚主义', '享乐主义', '奢靡之风'], '党的群众路线教育实践活动工作会议（2013年6月）'),
  list('', ['政治判断力', '政治领悟力', '政治执行力'], '习近平在十九届中央政治局第二十三次集体学习时的讲话（2020年6月）', 3),
  list('', ['自我净化', '自我完善', '自我革新', '自我提高'], '党的十八大报告（2012年11月）；党的十九大报告（2017年10月）'),
  list('', ['不敢腐', '不能腐', '不想腐'], '党的十九届四中全会公报（2019年10月）；党的二十大报告（2022年10月）'),
  list('', ['政治建设', '思想建设', '组织建设', '作风建设', '纪律建设'], '党的十九大报告（2017年10月）', 4),
  list('六个必须坚持', ['必须坚持人民至上', '必须坚持自信自立', '必须坚持守正创新', '必须坚持问题导向', '必须坚持系统观念', '必须坚持胸怀天下'], '党的二十大报告（2022年10月）'),
  list('总要求', ['学思想', '强党性', '重实践', '建新功'], '学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议（2023年4月）'),
  list('目标任务', ['以学铸魂', '以学增智', '以学正风', '以学促干'], '学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议（2023年4月）'),
  {
    name: '两个维护',
    items: ['坚决维护习近平总书记党中央的核心、全党的核心地位', '坚决维护党中央权威和集中统一领导'],
    separators: ['，'],
    source: '《中国共产党章程》（2022年10月修改）',
    minItems: 2,
  },
  {
    name: '两个确立',
    items: ['确立习近平同志党中央的核心、全党的核心地位', '确立习近平新时代中国特色社会主义思想的指导地位'],
    separators: ['，'],
    source: '党的十九届六中全会《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）',
    minItems: 2,
  },
  {
    name: '三个务必',
    items: ['务必不忘初心、牢记使命', '务必谦虚谨慎、艰苦奋斗', '务必敢于斗争、善于斗争'],
    separators: ['，', '，'],
    source: '党的二十大报告（2022年10月）',
    minItems: 2,
  },
  {
    name: '社会主义核心价值观',
    items: ['富强', '民主', '文明', '和谐', '自由', '平等', '公正', '法治', '爱国', '敬业', '诚信', '友善'],
    separators: ['、', '、', '、', '，', '、', '、', '、', '，', '、', '、', '、'],
    source: '党的十八大报告（2012年11月）',
    minItems: 6,
  },
  {
    name: '三严三实',
    items: ['严以修身', '严以用权', '严以律己', '谋事要实', '创业要实', '做人要实'],
    separators: ['、', '、', '，', '、', '、'],
    source: '习近平在十二届全国人大二次会议安徽代表团审议时的讲话（2014年3月）',
    minItems: 3,
  },
];

/**
 * Names and phrases that are never shortened or reworded, with the mistaken forms seen in drafts. A
 * mistaken form never occurs inside the right one, so finding it is enough.
 */
export interface FixedName {
  right: string;
  wrong: string;
  source: string;
}

export const FIXED_NAMES: readonly FixedName[] = [
  { wrong: '中华民族复兴', right: '中华民族伟大复兴', source: '党的十八大以来中央文件；《中国共产党章程》（2022年10月修改）' },
  { wrong: '以习近平为核心的党中央', right: '以习近平同志为核心的党中央', source: '党的十八届六中全会公报（2016年10月）；《中国共产党章程》' },
  { wrong: '习近平新时代中国特色社会主义理论', right: '习近平新时代中国特色社会主义思想', source: '党的十九大报告（2017年10月）；《中国共产党章程》' },
  { wrong: '习近平中国特色社会主义思想', right: '习近平新时代中国特色社会主义思想', source: '党的十九大报告（2017年10月）；《中国共产党章程》' },
  // The 2017 congress theme reads 不忘初心，牢记使命，高举…; the 2019 campaign is named with 、. Only the name is certain.
  { wrong: '“不忘初心，牢记使命”主题教育', right: '“不忘初心、牢记使命”主题教育', source: '中共中央《关于在全党开展“不忘初心、牢记使命”主题教育的意见》（2019年5月）' },
  { wrong: '不忘初心，牢记使命主题教育', right: '“不忘初心、牢记使命”主题教育', source: '中共中央《关于在全党开展“不忘初心、牢记使命”主题教育的意见》（2019年5月）' },
];

/** The name of the guiding thought; written without 习近平 it is truncated. */
export const THOUGHT = { full: '习近平新时代中国特色社会主义思想', tail: '新时代中国特色社会主义思想', head: '习近平', source: '党的十九大报告（2017年10月）；《中国共产党章程》' };
