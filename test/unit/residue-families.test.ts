import { testFamily } from '../support/residue-rule-tester';

// Cases for each residue family, written for this test; the generalization test and
// npm run eval:residue measure the families on generated and held-apart lines.
testFamily('web-chrome', {
  invalid: [
    { text: '当前位置：首页 > 心得体会 > 研讨发言', ruleId: 'residue-web-chrome' },
    { text: '发布时间：2024-06-03 09:12　浏览次数：2518', ruleId: 'residue-web-chrome' },
    { text: '打印本页 | 关闭窗口 | 加入收藏', ruleId: 'residue-web-chrome' },
    { text: '上一篇：青年干部读书班心得　下一篇：支部书记述职报告', ruleId: 'residue-web-chrome' },
  ],
  valid: ['会后，各支部将学习材料打印分发，组织党员收藏学习笔记。', '我们通过分享交流会，分享基层治理经验。'],
});

testFamily('editor-note', {
  invalid: [
    { text: '以下是小编为大家精心整理的研讨发言范文，欢迎阅读与收藏。', ruleId: 'residue-editor-note', glue: true },
    { text: '本文档由会员分享，如需更多材料请在本站搜索。', ruleId: 'residue-editor-note', glue: true },
  ],
  valid: ['县报的小编们深入一线采访，写出了一批有温度的报道。'],
});

testFamily('membership and teaser', {
  invalid: [
    { text: 'ＶＩＰ会员专享，开通后可查看全文', ruleId: 'residue-teaser' },
    { text: '已阅读3页，还剩9页未读', ruleId: 'residue-teaser' },
    { text: '（以上内容为会员专享，开通后可查看全文）', ruleId: 'residue-teaser', glue: true },
  ],
  valid: ['我县现有会员单位126家，行业协会作用发挥明显。', '全体党员按时足额缴纳党费。'],
});

testFamily('contact', {
  invalid: [
    { text: '客服微信：gw_xz2024（备注材料）', ruleId: 'residue-contact' },
    { text: '需要原稿请加威信：１３９ ００１２ ３４５６', ruleId: 'residue-contact' },
  ],
  valid: ['我们开通12345政务服务便民热线，群众扫码办事更加方便。', '通过“学习强国”和单位微信公众号开展学习。'],
});

testFamily('url and source', {
  invalid: [
    { text: 'ｗｗｗ．ｂｉｇｅｎｇｗｋ．ｃｏｍ', ruleId: 'residue-url' },
    { text: '本文由笔耕素材网整理发布，转载请注明出处。', ruleId: 'residue-source-note', glue: true },
  ],
  valid: ['具体政策清单详见区政府门户网站www.example-qu.gov.cn', '（资料来源：《中国共产党简史》）'],
});

testFamily('watermark', {
  invalid: [],
  valid: ['一、坚定理想信念，筑牢思想根基'],
});
