import { numberStops } from './number-stops';
import type { Template } from './types';

// Whole-document frames. Defaults are the words a writer most often keeps (收获体会, 理论学习方面 …);
// 20XX and …… mark what must be replaced (the placeholder rule flags 20XX until it is).

const studyThreePart: Template = {
  id: 'study-three-part',
  kind: 'frame',
  label: { zh: '学习心得 · 交流研讨材料（收获体会／存在问题／改进措施）', en: 'Study report: gains, problems, measures' },
  prefixes: ['xxxd', 'ytcl', '学习心得', '研讨材料'],
  body: numberStops([
    '${:20XX年主题教育}${|交流研讨材料,学习心得体会,专题研讨发言材料|}',
    '按照${:……}安排部署，本人${|通过自学和集中学习相结合的方式,认真参加集中学习并坚持个人自学|}，${:系统学习了……}，现将学习心得汇报如下：',
    '一、收获体会',
    '（一）${:通过学习，深刻领悟到……}。${}',
    '（二）${:通过学习，深刻认识到……}。${}',
    '（三）${:通过学习，深刻体会到……}。${}',
    '二、存在的突出问题',
    '（一）在${:理论学习}方面，${:……}。一是${:……}。二是${:……}。',
    '（二）在${:政治素质}方面，${:……}。一是${:……}。二是${:……}。',
    '（三）在${:能力本领}方面，${:……}。一是${:……}。二是${:……}。',
    '三、改进工作的措施',
    '（一）${:加强理论学习，坚定理想信念}。${}',
    '（二）${:强化责任担当，勇于担当作为}。${}',
    '（三）${:坚持严于律己，加强党性锤炼}。${}',
    '汇报完毕，不妥之处请批评指正。$0',
  ]),
};

const inspection: Template = {
  id: 'inspection',
  kind: 'frame',
  label: { zh: '对照检查材料 · 组织生活会发言（存在的问题／原因剖析／整改措施）', en: 'Self-inspection (organisational life meeting): problems, causes, remedies' },
  prefixes: ['dzjc', 'zzshh', '对照检查', '组织生活会'],
  body: numberStops([
    '${|20XX年度组织生活会,主题教育专题民主生活会,主题教育专题组织生活会|}个人对照检查材料',
    '根据${:……}要求，本人${:认真学习……，广泛征求意见，深入查摆问题}，现将个人对照检查情况报告如下：',
    '一、存在的问题',
    '（一）在${:理论学习}方面。${}',
    '（二）在${:政治素质}方面。${}',
    '（三）在${:作风建设}方面。${}',
    '二、原因剖析',
    '（一）${:理想信念有所松懈}。${}',
    '（二）${:宗旨意识有所淡化}。${}',
    '（三）${:自我要求有所放松}。${}',
    '三、整改措施',
    '（一）${:加强理论武装，筑牢思想根基}。${}',
    '（二）${:践行初心使命，密切联系群众}。${}',
    '（三）${:从严要求自己，守住纪律底线}。${}',
    '以上对照检查，不妥之处请大家批评指正。$0',
  ]),
};

const discussion: Template = {
  id: 'discussion',
  kind: 'frame',
  label: { zh: '研讨发言（三点认识体会）', en: 'Discussion speech (three points)' },
  prefixes: ['ytfy', '研讨发言'],
  body: numberStops([
    '${:……}专题研讨发言',
    '${|按照,根据|}${:……}安排，围绕“${:研讨主题}”，结合${:思想和工作实际}，谈几点认识和体会。',
    '一、${:提高政治站位，深刻认识……的重大意义}',
    '${}',
    '二、${:把握核心要义，准确理解……的丰富内涵}',
    '${}',
    '三、${:坚持学用结合，切实把……落到实处}',
    '${}',
    '${|以上发言，不妥之处请大家批评指正。,以上是我的发言，不妥之处请批评指正。|}$0',
  ]),
};

const dutyReport: Template = {
  id: 'duty-report',
  kind: 'frame',
  label: { zh: '述职述廉报告（履职情况／廉洁自律／问题不足／下步打算）', en: 'Annual duty and integrity report' },
  prefixes: ['szsl', 'szbg', '述职述廉', '述职报告'],
  body: numberStops([
    '${:20XX}年度述职述廉报告',
    '${|根据,按照|}${:……}安排，现将本人${:20XX}年度履行岗位职责和廉洁自律情况报告如下：',
    '一、履行岗位职责情况',
    '（一）${:加强学习，提升履职能力}。${}',
    '（二）${:统筹推进，抓好重点工作}。${}',
    '（三）${:改进作风，服务基层群众}。${}',
    '二、落实党风廉政建设责任制和廉洁自律情况',
    '${}',
    '三、存在的问题和不足',
    '${}',
    '四、下一步工作打算',
    '${}',
    '${|以上报告，请予审议。,以上述职，请各位评议。,以上报告，不妥之处请批评指正。|}$0',
  ]),
};

const partyLecture: Template = {
  id: 'party-lecture',
  kind: 'frame',
  label: { zh: '党课讲稿（同志们：……三个方面）', en: 'Party lecture script' },
  prefixes: ['dkjg', '党课讲稿', '党课'],
  body: numberStops([
    '${:讲稿题目}',
    '——${:……}专题党课讲稿',
    '同志们：',
    '今天，我围绕“${:主题}”这个题目，和大家一起交流学习${:……}。',
    '一、${:深刻认识……的重大意义}',
    '${}',
    '二、${:准确把握……的核心要义}',
    '${}',
    '三、${:切实把……落实到具体行动上}',
    '${}',
    '同志们，${:……}。让我们${:……}，为${:……}作出新的更大贡献！$0',
  ]),
};

export const FRAMES: readonly Template[] = [studyThreePart, inspection, discussion, dutyReport, partyLecture];
