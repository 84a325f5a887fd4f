/**
 * Data for the 的/地 rule: adverbials that modify verbs, and verbs that after them are clearly verbs.
 * Narrow on purpose: a pattern is reported only when the adverbial, the verb and what follows agree.
 * Verbs that are just as often nouns or modifiers of nouns (研究、管理、建设、指导 …) are left out, and
 * 学习, 服务 only count where no noun follows: 科学的管理制度 and 更好的学习环境 are right.
 */

/** Degree words that turn 好 and the adverbials below into 更好地, 更加坚定地. Bare 好的 is not one. */
export const DEGREE = ['更加', '更为', '越来越', '十分', '非常', '比较', '更', '很', '较'];

/** Adverbials that take 地 before a verb, alone or after a degree word. */
export const ADVERBIALS = [
  '认真', '扎实', '切实', '深入', '积极', '主动', '自觉', '牢牢', '深刻', '坚决', '努力', '充分', '真正', '彻底', '不断', '紧紧', '全力',
  '坚定', '全面', '有效', '稳步', '大力', '严格', '精准', '广泛', '创造性', '坚持不懈', '实实在在', '扎扎实实', '认认真真', '旗帜鲜明',
  '不折不扣', '坚定不移', '毫不动摇', '一以贯之', '及时', '耐心', '虚心', '妥善', '严肃',
];

/** Adverbials that need a degree word in front (更好地, 很好地). */
export const DEGREE_ONLY = ['好'];

/** Verbs that, between an adverbial + 的 and an object, are used as verbs. */
export const VERBS = [
  '扛起', '担起', '扛牢', '担负', '肩负', '运用', '落实', '贯彻', '推进', '推动', '把握', '领会', '践行', '履行', '维护', '解决', '融入',
  '抓好', '做好', '发挥', '利用', '转化', '掌握', '执行', '忠诚', '拥护', '捍卫', '树立', '增强', '提升', '提高', '完成', '投入', '统筹',
  '凝聚', '守护', '坚持', '领悟', '改进', '克服', '防范', '化解', '应对', '适应', '引领', '带动', '团结', '依靠', '回应', '满足', '贯穿',
  '武装', '对照', '查找', '剖析', '弘扬', '传承', '继承', '发扬', '打造', '构建', '完善', '健全', '强化', '加强', '深化', '巩固', '拓展',
  '用好', '管好', '落细', '信赖', '紧跟', '追随', '听从', '遵守', '遵循', '对标', '看齐', '检视', '反思', '查摆', '谋划', '推行', '贯通',
  '学习', '研究', '服务', '参与', '投身', '开展', '做到', '抓实', '抓细', '理解', '认识到', '领悟到', '体会到', '意识到', '感受到',
  '参加', '思考', '对待', '处理', '查处', '倾听', '听取', '接受', '征求', '配合', '支持', '关心', '帮助', '推广', '解答', '回答',
];

/** Words after the verb that make it part of a noun phrase, so 的 is right (积极的推动作用, 有效的解决办法). */
export const NOUN_HEADS = [
  '作用', '力量', '力度', '态度', '精神', '作风', '氛围', '效果', '成效', '成果', '机制', '能力', '意识', '习惯', '方式', '方法', '过程',
  '行动', '举措', '措施', '姿态', '状态', '水平', '质量', '体系', '办法', '途径', '路径', '思路', '方案', '手段', '渠道', '对策', '空间',
  '目标', '任务', '要求', '情况', '进度', '效率', '效能', '制度', '体制', '平台', '载体', '环境', '条件', '基础', '工作者', '者', '性',
  '中', '下', '上', '时', '里', '之', '的', '和', '与', '及', '或', '等', '了', '过', '力', '型', '式', '度', '率', '感',
  '体验', '保障', '对象', '品质', '功能', '热情', '兴趣', '风气', '劲头', '计划', '资料', '材料', '内容', '笔记', '心得', '体会', '研讨',
  '交流', '小组', '园地', '阵地', '型', '班', '会',
];

/** Heads that are the object, not the modified noun, after these verbs (发挥作用, 转化成果, 完成任务). */
export const OBJECT_HEADS: Readonly<Record<string, readonly string[]>> = {
  发挥: ['作用'], 转化: ['成果'], 运用: ['成果'], 巩固: ['成果'], 用好: ['成果'], 完成: ['任务', '目标'], 落实: ['任务', '要求', '目标'],
  实现: ['目标'], 执行: ['任务', '要求'], 贯彻: ['要求'], 满足: ['要求'],
};

/** Words right before the adverbial that make the whole a noun phrase (得到很好的运用, 给予了积极的支持). */
export const NOUN_CONTEXT_BEFORE = ['得到', '受到', '进行', '加以', '给予', '作出', '做出', '实现', '取得', '经过', '通过', '一种', '一个', '一次', '有着', '是', '了', '的', '种', '开展', '组织', '提供', '形成', '营造', '作了', '进行了'];
