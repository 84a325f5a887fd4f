import * as assert from 'assert';
import { analyze, fix } from '../../src/core';

// Real report sentences that share words with ads. Each is tried in the body, at the top and after the
// closing line, where residue usually stands; none may be flagged or changed.
const TRAPS = [
  '我们通过“学习强国”和单位微信公众号开展学习，参学率达到100%。',
  '坚持联系服务群众，每月到联系点走访不少于两次。',
  '1998年6月加入中国共产党，按时足额缴纳党费。',
  '协会现有会员单位126家，全年开展培训12场。',
  '市民可拨打12345热线反映诉求，实现扫码办事、一网通办。',
  '【案例】某县推行“码上办”改革',
  '欢迎批评指正。',
  '对群众反映的问题高度关注，及时回应。',
  '积极参加人大代表委员联络活动。',
  '坚持一切智慧来源于群众，一切力量来源于群众。',
  '增强版权意识和保密意识，严格落实保密规定。',
  '组织全体党员下载安装“学习强国”，每日学习不少于30分钟。',
  '翻开党史第一页，我们就能看到初心。',
  '全支部约有1/3的党员参与了志愿服务。',
  '在作风方面，存在让他人代写材料、照搬照抄的问题，思想上不够重视。',
  '建立了党员学习微信群和QQ群，及时推送学习资料。',
  '单位微信公众号“清风廉韵”开设专栏，累计推送文章86篇。',
  '设立监督举报电话0371-65912345，畅通群众监督渠道。',
  '要用好容错纠错和免责机制，激励干部担当作为。',
  '解锁发展新密码，跑出改革加速度。',
  '开通了便民服务热线和绿色通道。',
  '在群众中树立威信，关键在于以身作则。',
  '本次研讨材料由支部委员会整理汇总。',
  '本文由三部分组成，分别是学习体会、问题剖析和努力方向。',
  '会后对调研报告进行了润色和完善。',
  '资金来源：区财政专项资金。',
  '累计撰写学习心得3篇、调研报告2篇。',
  '通过线上+线下相结合的方式开展学习。',
  '①加强理论学习；②改进工作作风；③严守纪律规矩。',
  '工会会员代表大会顺利召开，发展新会员32名。',
  '我们要关注群众急难愁盼问题，切实解决好群众身边事。',
  '登录共产党员网（www.12371.cn）观看专题党课。',
  '谢谢大家！',
  '一、存在的突出问题',
  '（二）下一步整改措施',
  '全县建成村级电商服务站86个，农产品网络销售额同比增长23%。',
  '党员通过点击链接参加网上答题活动，参与率达95%。',
  '本站全年监测水位数据3650条，及时发布汛情信息。',
  '以上意见仅供参考，不当之处请同志们谅解。',
  '按照“三会一课”制度要求，支部共召开党员大会6次。',
  // Rows of the report's own tables pasted as text: figures set apart by full-width spaces are
  // columns, not one number spread out to dodge a site's filter.
  '2021年　276　143　57',
  '大专及以下　196　18.5%',
  '第一季度　1350　842　62.4%',
];

const BODY = '一、提高政治站位\n我们坚持以党的创新理论为指导，认真学习党的二十大精神，不断提高政治判断力。\n';
const CLOSING = '汇报完毕，不妥之处请批评指正。\n';

function residueFindings(text: string) {
  return analyze(text, { only: ['residue'] }).findings.filter((f) => f.category === 'residue');
}

describe('residue traps stay untouched', () => {
  for (const trap of TRAPS) {
    it(trap, () => {
      for (const text of [BODY + trap + '\n' + BODY, trap + '\n' + BODY + CLOSING, BODY + CLOSING + trap + '\n']) {
        assert.deepStrictEqual(residueFindings(text).map((f) => f.text), [], text);
        assert.strictEqual(fix(text, { only: ['residue'] }), text);
      }
    });
  }
});

// Residue in forms the corpus does not use; each must be found with a safe fix where it stands.
const RESIDUE = [
  '【稻香公文网】第一时间更新最新材料',
  // Traditional characters read as simplified (traditional.ts).
  '以下是稻香範文網小編為大家整理的講話稿，歡迎閱讀與收藏。',
  '本资料来自“学思践悟”公众号，如需转载请联系作者',
  '内容摘自网络，版权归原作者，侵删',
  '关注公众号【公文研究院】，回复“心得”获取全套资料',
  '添加微信 gongwen_2024，备注“材料”，免费获取Word版',
  '每日分享最新党建资料，请扫描下方二维码加入学习群',
  '付费下载：5.00元   立即下载',
  '原价39元，现价仅需9.9元，下载全文',
  '本文共计3560字，完整版请下载后查看',
  '您当前浏览的是免费预览部分，购买后可阅读全文',
  '会员专属 | 无限下载 | 原创保障',
  '微 信：xy１２３４５ 电 话：１３８００１３８０００',
  'QQ：2 3 5 6 7 8 9 1 0（加好友请注明来意）',
  '代写各类心得体会、发言材料、述职报告，原创保质，价格公道',
  '承接各类材料撰写、润色修改，24小时在线，V信同号138****5678',
  '所有文章均为网友投稿，仅供参考，不代表本站观点',
  '[文档可编辑]',
  '出处：红旗文库 hqwk.net',
  '首页 > 党建材料 > 心得体会 > 正文',
  '阅读量：12856  收藏：326  点赞：89',
  '本文关键词：心得体会 学习 主题教育',
  '试读结束，开通会员后查看全文',
  '威信：gwsc２０２３，扣扣：１２３４５６７８９',
  '★★★ 公文写作交流群 ★★★ 进群请加微信 wz_2024',
  'Copyright © 2023 公文驿站 All Rights Reserved',
  '京ICP备18023456号-2',
  '本站部分内容来源于网络，若侵犯了您的权益，请及时联系我们删除',
  '本篇文章共有3页，点击进入下一页继续阅读',
  '文档贡献者：笔杆子007',
  '上传时间：2023-10-15  下载次数：1265',
  '复制本文链接分享给好友',
  '本文为原创文章，转载请保留原文链接',
  '立即下载（共5页，4.2万字）',
  '投稿邮箱：tougao@gwyz.com',
  '小编推荐：2023年最新党课讲稿汇编',
  '>>>点击这里查看更多心得体会范文<<<',
  '（本文来源：公文派，作者：派小编）',
  '声明：本文仅供学习交流使用，下载后请于24小时内删除。',
  // Spread out like a table row, but a value after a colon and a mobile number's form: still a handle.
  '资料群：582 3017 46',
  '138　0013　8000',
];

describe('residue in unseen forms is removed whole', () => {
  for (const line of RESIDUE) {
    it(line, () => {
      for (const [before, after] of [[BODY, BODY], [BODY + CLOSING, '']]) {
        const text = before + line + '\n' + after;
        const findings = residueFindings(text);
        assert.ok(findings.length > 0, `not found in ${JSON.stringify(text)}`);
        assert.ok(findings.every((f) => f.fix?.safe), `not safe: ${findings.map((f) => f.message.zh).join(' / ')}`);
        assert.strictEqual(fix(text, { only: ['residue'] }), before + after);
      }
    });
  }
});

describe('medium evidence only warns', () => {
  const cases = [
    // A bare source line may be a citation the author meant to keep.
    ['来源：学习强国', 'residue-source-note'],
  ] as const;
  // A page's editor credit is no citation: after the closing line, where only the signature, the date and
  // attachments stand, it goes.
  it('责任编辑：王小明 after the closing line is removed', () => {
    const text = BODY + CLOSING + '责任编辑：王小明\n';
    assert.strictEqual(fix(text, { only: ['residue'] }), BODY + CLOSING);
  });
  // An end-of-page remark after the closing line: two page phrases, decoration, and a line that fits
  // nothing of the report's body (document shape) make it certain.
  it('——本文完，感谢阅读—— after the closing line is removed', () => {
    const text = BODY + CLOSING + '——本文完，感谢阅读——\n';
    assert.strictEqual(fix(text, { only: ['residue'] }), BODY + CLOSING);
  });
  for (const [line, ruleId] of cases) {
    it(`${line} → warning with an unsafe fix, text unchanged by fix()`, () => {
      const text = BODY + CLOSING + line + '\n';
      const findings = residueFindings(text);
      assert.deepStrictEqual(findings.map((f) => [f.ruleId, f.severity, f.fix?.safe]), [[ruleId, 'warning', false]]);
      assert.strictEqual(fix(text, { only: ['residue'] }), text);
      // Offered one at a time, the fix removes the line and nothing else.
      const edit = findings[0].fix!.edits[0];
      assert.strictEqual(text.slice(0, edit.start) + text.slice(edit.end), BODY + CLOSING);
    });
  }
});
