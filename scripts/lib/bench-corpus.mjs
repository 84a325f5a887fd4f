// Benchmark reports: sections of real-sounding report prose, written for this project, with residue and
// numbering mistakes sprinkled in at a fixed rhythm (deterministic: same text every run).

const PARAGRAPHS = [
  '本人能够坚持把理论学习摆在首位，认真参加支部组织的集中学习和专题研讨，利用早晚时间通读指定书目，做好读书笔记，力求把每一个观点弄懂弄通。通过学习，进一步坚定了理想信念，增强了做好本职工作的责任感和使命感。',
  '在工作作风方面，有时满足于完成领导交办的任务，主动谋划不够，深入基层、深入群众的次数偏少，对一线情况掌握得不够全面，听取群众意见的渠道还不够畅通，个别问题的解决还停留在开会部署、发文督促上。',
  '一是在学习上存在重业务轻理论的倾向，学习的系统性不强，遇到工作忙时就把学习往后放；二是联系实际不够紧密，运用理论指导实践、解决问题的能力还有差距；三是学习成果转化不够，没有真正做到学以致用。',
  '下一步，我将认真对照查摆出的问题，逐条制定整改措施，明确整改时限，做到件件有着落、事事有回音。比如，针对调查研究不深入的问题，每季度至少到基层单位蹲点调研一次，形成有分析、有对策的调研报告。',
  '坚持以人民为中心的发展思想，把群众满意作为检验工作成效的根本标准，积极回应群众急难愁盼问题，通过“学习强国”和单位微信公众号开展学习宣传，扎实办好民生实事，让群众有更多获得感、幸福感、安全感。',
  '严格落实中央八项规定及其实施细则精神，自觉遵守廉洁自律各项规定，管好自己、管好家属、管好身边工作人员，在思想上筑牢拒腐防变的防线，始终保持共产党人清正廉洁的政治本色。',
];

const TITLES = ['提高政治站位', '加强理论武装', '改进工作作风', '强化责任担当', '严守纪律规矩', '密切联系群众', '狠抓整改落实'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

// Residue of the kinds copied reports carry; each is inserted whole at a fixed rhythm.
const AD_LINES = [
  '【某某素材库】——每天更新材料上千篇，会员群同步更新，有意加入请联系客服：1 3 8 0 0 1 3 8 0 0 0',
  '欢迎加入“某某材料网svip会员”，海量范文一键下载，添加客服微信：abc12345，谨防假冒！',
  '第 3 页 共 12 页',
  '本文由某某文库网友整理上传，如有侵权请联系删除。',
];

/** One section of roughly 2 KB: heading `number` (0-based) of a report, paragraphs, mistakes, residue. */
function section(number, index) {
  const parts = [];
  const ordinal = CN[number];
  // Every 7th section uses a wrong level-one punctuation (一. instead of 一、).
  parts.push(index % 7 === 3 ? `${ordinal}.${TITLES[index % TITLES.length]}` : `${ordinal}、${TITLES[index % TITLES.length]}`);
  for (let sub = 0; sub < 3; sub++) {
    // Every 5th section writes its second sub-heading with half-width parentheses; every 11th skips one.
    const number = index % 11 === 5 && sub === 2 ? CN[sub + 1] : CN[sub];
    const marker = index % 5 === 2 && sub === 1 ? `(${number})` : `（${number}）`;
    let paragraph = PARAGRAPHS[(index + sub) % PARAGRAPHS.length];
    // A paywall marker glued inside a sentence, as in downloaded reports.
    if (index % 4 === 1 && sub === 0) paragraph = paragraph.replace('，', '，##paidbegin##');
    parts.push(`${marker}${TITLES[(index + sub + 1) % TITLES.length]}。${paragraph}`);
    if (sub === 2) parts.push(`1、${PARAGRAPHS[(index + 2) % PARAGRAPHS.length]}`);
  }
  if (index % 6 === 4) parts.push(AD_LINES[index % AD_LINES.length]);
  if (index % 9 === 8) parts.push('##paidend##');
  return parts.join('\n');
}

const SECTIONS_PER_REPORT = 6;

/**
 * About `bytes` UTF-8 bytes of reports merged one after another (as offices merge materials), each
 * with its title, six numbered sections and its closing line; a final newline at the end.
 */
export function generateReport(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes - 200; i++) {
    const block = [];
    if (i % SECTIONS_PER_REPORT === 0) block.push(`关于开展主题教育的个人对照检查材料之${i / SECTIONS_PER_REPORT + 1}（12000字）`, '');
    block.push(section(i % SECTIONS_PER_REPORT, i));
    if (i % SECTIONS_PER_REPORT === SECTIONS_PER_REPORT - 1) block.push('汇报完毕，不妥之处请批评指正。', '');
    const text = block.join('\n');
    parts.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  parts.push('');
  return parts.join('\n');
}
