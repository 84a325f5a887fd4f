import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allowSnippet, analyze, applyEdits, fix, PROOFREADING_CATEGORIES, type Finding } from '../../src/core';
import { CONFUSIONS } from '../../src/core/proofreading/confusions';
import { FORMULATIONS } from '../../src/core/proofreading/formulations';

const only = [...PROOFREADING_CATEGORIES];
const findings = (text: string, rule?: string): Finding[] => analyze(text, { only }).findings.filter((f) => !rule || f.ruleId === rule);
const flagged = (text: string, rule?: string): string[] => findings(text, rule).map((f) => f.text);
/** The text after applying the one fix of the only finding of `rule`. */
const fixedBy = (text: string, rule: string): string => {
  const [f] = findings(text, rule);
  assert.ok(f?.fix, `no fix from ${rule} on ${text}`);
  return applyEdits(text, f.fix.edits);
};

describe('proofreading: the seed report', () => {
  const seed = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'seed', 'seed-report.txt'), 'utf8');

  it('flags the five slips of the issue, and the truncated name of the thought, and nothing else', () => {
    const expected: Array<[string, string]> = [
      ['wording-de-di', '更加坚定的忠诚核心'],
      ['wording-de-di', '更好的扛起新使命'],
      ['wording-formulation', '实现中华民族复兴'],
      ['wording-formulation', '把握好新时代中国特色社会主义思想'],
      ['wording-de-di', '没有很好的运用'],
      ['punctuation-split-sentence', '需求导向时。更加'],
    ];
    const got = findings(seed);
    assert.strictEqual(got.length, expected.length, got.map((f) => `${f.ruleId} ${f.text}`).join('; '));
    expected.forEach(([rule, phrase], i) => {
      const f = got[i];
      const at = seed.indexOf(phrase);
      assert.ok(at >= 0 && f.ruleId === rule && f.start >= at && f.end <= at + phrase.length, `${rule} in ${phrase}: got ${f.ruleId} “${f.text}”`);
    });
  });

  it('offers those fixes one at a time: fix() leaves the seed\'s wording alone', () => {
    const fixed = fix(seed, { only });
    assert.strictEqual(fixed, seed);
  });
});

describe('proofreading: punctuation', () => {
  it('makes half-width marks between Chinese full-width (safe), keeping numbers, times, URLs, e-mail, Latin and code', () => {
    assert.strictEqual(fix('我们要认真学习,深刻领会.下一步;努力(提高)!\n', { only }), '我们要认真学习，深刻领会。下一步；努力（提高）！\n');
    assert.deepStrictEqual(flagged('比例尺1:1000，上午10:30，增长3.5%，见https://a.gov.cn/x?a=1,b=2，邮箱a.b@c.cn，使用Node.js和`a,b`，e.g.如此。', 'punctuation-half-width'), []);
    assert.deepStrictEqual(flagged('学习强国(APP)，函数f(x)，一.概述', 'punctuation-half-width'), []);
    assert.strictEqual(fixedBy('时间:2024年', 'punctuation-half-width'), '时间：2024年');
  });

  it('finds paired marks that do not close in their paragraph, and accepts quotations that close on a later line', () => {
    assert.deepStrictEqual(flagged('他说“要学习。\n\n下一段。', 'punctuation-unpaired'), ['“']);
    assert.deepStrictEqual(flagged('学习《纲要。\n一、标题', 'punctuation-unpaired'), ['《']);
    assert.deepStrictEqual(flagged('这是”多出来的。', 'punctuation-unpaired'), ['”']);
    assert.deepStrictEqual(flagged('他说“要学习\n要思考”。', 'punctuation-unpaired'), []);
    assert.deepStrictEqual(flagged('“第一段。\n“第二段。”', 'punctuation-unpaired'), []);
    assert.deepStrictEqual(flagged('1）学习；2）工作。it’s fine.', 'punctuation-unpaired'), []);
  });

  it('removes a doubled mark (safe), informs about ！！, offers …… for 。。。', () => {
    assert.strictEqual(fix('学习，，工作、、生活。。\n', { only }), '学习，工作、生活。\n');
    const shout = findings('太好了！！', 'punctuation-doubled')[0];
    assert.strictEqual(shout.severity, 'info');
    assert.strictEqual(shout.fix?.safe, false);
    assert.strictEqual(fixedBy('等等。。。', 'punctuation-doubled'), '等等……');
    assert.deepStrictEqual(flagged('学习，。工作', 'punctuation-doubled'), ['，。']);
  });

  it('corrects range marks, leaving dates, phone numbers and standard numbers alone', () => {
    assert.strictEqual(fix('2024-2026年，3~5个，2023年-2024年\n', { only }), '2024—2026年，3～5个，2023年—2024年\n');
    assert.strictEqual(fixedBy('培训3-5次', 'punctuation-range'), '培训3～5次');
    assert.strictEqual(findings('培训3-5次', 'punctuation-range')[0].fix?.safe, false);
    assert.deepStrictEqual(flagged('2024-03-05，电话0531-12345678，GB/T 9704-2012年版，第3-2号', 'punctuation-range'), []);
  });

  it('informs about 、 between quoted or titled items, not with a note between them', () => {
    const [f] = findings('增强“四个意识”、“四个自信”', 'punctuation-quoted-items');
    assert.strictEqual(f.severity, 'info');
    assert.strictEqual(fixedBy('学习《党章》、《准则》', 'punctuation-quoted-items'), '学习《党章》《准则》');
    assert.deepStrictEqual(flagged('学习《条例》（2023年修订）、《准则》', 'punctuation-quoted-items'), []);
  });

  it('offers a comma for a full stop that splits 在……时, not after 及时 or a complete sentence', () => {
    assert.strictEqual(fixedBy('二是在强化问题导向时。更加自觉地运用理论', 'punctuation-split-sentence'), '二是在强化问题导向时，更加自觉地运用理论');
    assert.deepStrictEqual(flagged('在处理群众诉求上不够及时。下一步要改进。当时。在工作中。要按时。', 'punctuation-split-sentence'), []);
    assert.strictEqual(findings('在抓好业务的同时。加强学习', 'punctuation-split-sentence').length, 1);
    assert.strictEqual(fix('二是在强化问题导向时。更加自觉', { only }), '二是在强化问题导向时。更加自觉');
    assert.strictEqual(fixedBy('当我们面对困难时。更要坚定信心', 'punctuation-split-sentence'), '当我们面对困难时，更要坚定信心');
    assert.strictEqual(fixedBy('加强思想建设。以及制度建设', 'punctuation-split-sentence'), '加强思想建设，以及制度建设');
    assert.deepStrictEqual(flagged('当前工作还不够及时。的确如此。当然要学习。', 'punctuation-split-sentence'), []);
  });
});

describe('proofreading: wording', () => {
  it('offers 地 in narrow adverbial + 的 + verb patterns only', () => {
    assert.deepStrictEqual(flagged('更好的扛起新使命，没有很好的运用理论，更加坚定的忠诚核心，认真的学习讲话，切实的解决问题', 'wording-de-di'), ['的', '的', '的', '的', '的']);
    assert.deepStrictEqual(
      flagged('实现更好的发展，得到了很好的运用，发挥积极的推动作用，认真的学习态度，科学的管理制度，更好的学习环境，有效的解决办法，不认真的学习。', 'wording-de-di'),
      [],
    );
    assert.strictEqual(findings('更好的落实任务', 'wording-de-di')[0].fix?.safe, false);
  });

  it('offers the right form of a listed misspelling, not inside 《》', () => {
    assert.strictEqual(fixedBy('我们要再接再励。', 'wording-confusion'), '我们要再接再厉。');
    assert.deepStrictEqual(flagged('按步就班，迫不急待，工作布署', 'wording-confusion'), ['按步就班', '迫不急待', '布署']);
    assert.deepStrictEqual(flagged('切实的把问题解决在基层，进行严格的把关', 'wording-de-di'), ['的']);
    assert.deepStrictEqual(flagged('要积极的参加“学习强国”学习，虚心的接受批评，给予严肃的处理。', 'wording-de-di'), ['的', '的']);
    assert.deepStrictEqual(flagged('学习《再接再励》一文，公布署名文章', 'wording-confusion'), []);
  });

  it('keeps a list of at least 150 distinct confusions, each wrong form different from its right form and never another entry\'s right form', () => {
    assert.ok(CONFUSIONS.length >= 150, `${CONFUSIONS.length}`);
    const wrongs = CONFUSIONS.map((c) => c[0]);
    assert.strictEqual(new Set(wrongs).size, wrongs.length);
    for (const [wrong, right] of CONFUSIONS) {
      assert.notStrictEqual(wrong, right);
      assert.ok(!wrongs.includes(right), right);
      assert.deepStrictEqual(flagged(`我们${right}。`, 'wording-confusion'), [], `right form flagged: ${right}`);
    }
  });

  it('keeps fixed formulations with their items and a source, and reads the right wording as right', () => {
    for (const f of FORMULATIONS) {
      assert.ok(f.source.length > 4 && f.items.length >= 2 && f.separators.length === f.items.length - 1, f.name);
      const canonical = f.items.map((item, i) => item + (f.separators[i] ?? '')).join('');
      assert.deepStrictEqual(flagged(`我们要坚持${canonical}。${f.name ? `这就是“${f.name}”。` : ''}`, 'wording-formulation'), [], canonical);
    }
  });

  it('flags truncations, missing, wrong and reordered items, and 、 turned into ， — with the fix offered', () => {
    assert.strictEqual(fixedBy('实现中华民族复兴', 'wording-formulation'), '实现中华民族伟大复兴');
    assert.strictEqual(fixedBy('以习近平为核心的党中央', 'wording-formulation'), '以习近平同志为核心的党中央');
    assert.strictEqual(fixedBy('增强“四个意识”：政治意识、大局意识、看齐意识', 'wording-formulation'), '增强“四个意识”：政治意识、大局意识、核心意识、看齐意识');
    assert.strictEqual(fixedBy('增强政治意识、大局意识、服务意识、看齐意识', 'wording-formulation'), '增强政治意识、大局意识、核心意识、看齐意识');
    assert.strictEqual(fixedBy('坚定道路自信、制度自信、理论自信、文化自信', 'wording-formulation'), '坚定道路自信、理论自信、制度自信、文化自信');
    assert.strictEqual(fixedBy('坚定道路自信，理论自信、制度自信、文化自信', 'wording-formulation'), '坚定道路自信、理论自信、制度自信、文化自信');
    assert.strictEqual(fixedBy('务必不忘初心，牢记使命', 'wording-formulation'), '务必不忘初心、牢记使命');
    assert.strictEqual(findings('实现中华民族复兴', 'wording-formulation')[0].fix?.safe, false);
    // The 2017 congress theme is written with ，; the 2019 campaign's name with 、.
    assert.deepStrictEqual(flagged('不忘初心，牢记使命，高举中国特色社会主义伟大旗帜', 'wording-formulation'), []);
    assert.strictEqual(fixedBy('开展“不忘初心，牢记使命”主题教育', 'wording-formulation'), '开展“不忘初心、牢记使命”主题教育');
    // A name wrapped after 习近平 is whole.
    assert.deepStrictEqual(flagged('深入学习习近平\n新时代中国特色社会主义思想。', 'wording-formulation'), []);
    assert.strictEqual(fixedBy('学习习近平新时代中国特色社会主义，', 'wording-formulation'), '学习习近平新时代中国特色社会主义思想，');
    // A partial list without the name is a selection, not the formulation.
    assert.deepStrictEqual(flagged('抓好经济建设、政治建设、文化建设，实现中华民族的伟大复兴', 'wording-formulation'), []);
  });
});

describe('proofreading: structure', () => {
  it('compares an announced count with the headings or 一是/二是 that follow', () => {
    assert.deepStrictEqual(flagged('下面我谈三点体会。\n一、甲\n二、乙\n', 'structure-announced-count'), ['三点']);
    assert.deepStrictEqual(flagged('下面我谈三点体会。\n一、甲\n二、乙\n三、丙\n', 'structure-announced-count'), []);
    assert.deepStrictEqual(flagged('二、存在以下四个方面的问题\n（一）甲\n（二）乙\n（三）丙\n', 'structure-announced-count'), ['四个方面']);
    assert.strictEqual(fixedBy('主要有五个方面：一是甲；二是乙；三是丙。', 'structure-announced-count'), '主要有三个方面：一是甲；二是乙；三是丙。');
    assert.deepStrictEqual(flagged('会议于下午三点半召开。谈几点想法。', 'structure-announced-count'), []);
    assert.deepStrictEqual(flagged('我从三个方面谈体会。\n一、甲\n二、乙\n', 'structure-announced-count'), ['三个方面']);
    assert.deepStrictEqual(flagged('我有三点体会：一是甲，二是乙。', 'structure-announced-count'), ['三点']);
    assert.deepStrictEqual(flagged('从思想、政治、作风三个方面查摆问题。\n一、甲\n', 'structure-announced-count'), []);
    // An introduction may count the parts of the first heading rather than the headings.
    assert.deepStrictEqual(flagged('重点从四个方面进行了检视。\n一、问题\n（一）甲\n（二）乙\n（三）丙\n（四）丁\n二、原因\n三、措施\n', 'structure-announced-count'), []);
    // Formulations without a name: 四个自我, 三不腐, party building; 四个意识 is never listed three of four.
    assert.strictEqual(findings('增强自我净化、自我革新、自我完善、自我提高能力', 'wording-formulation').length, 1);
    assert.strictEqual(fixedBy('增强政治意识、大局意识、核心意识，做到', 'wording-formulation'), '增强政治意识、大局意识、核心意识、看齐意识，做到');
    assert.deepStrictEqual(flagged('抓好政治建设、思想建设、组织建设，一体推进不敢腐、不能腐、不想腐', 'wording-formulation'), []);
  });

  it('finds gaps and repeats in 一是/二是 runs, not the idiom 一是一、二是二', () => {
    assert.deepStrictEqual(flagged('一是学习。三是工作。', 'structure-enumeration'), ['三是']);
    assert.deepStrictEqual(flagged('一是学习。\n二是工作。\n二是作风。', 'structure-enumeration'), ['二是']);
    assert.deepStrictEqual(flagged('坚持一是一、二是二。统一是前提。一是学习。二是工作。', 'structure-enumeration'), []);
    assert.deepStrictEqual(flagged('（一）学习\n一是甲。二是乙。\n（二）工作\n一是丙。二是丁。', 'structure-enumeration'), []);
  });
});

describe('proofreading: residue, allowlist, titles, speed guards', () => {
  it('reports nothing inside residue', () => {
    const text = '正文内容。\n【某某素材库】——每天更新材料1000多篇,会员群同步更新,有意加入请联系：1 4367，：9 649564\n';
    assert.deepStrictEqual(analyze(text).findings.filter((f) => PROOFREADING_CATEGORIES.includes(f.category)), []);
  });

  it('an allowlist entry with the finding in context ignores that finding there, and only there', () => {
    const text = '要更好的扛起新使命。\n也要更好的扛起新担当。\n';
    const first = findings(text, 'wording-de-di')[0];
    const snippet = allowSnippet(text, first.start, first.end);
    assert.strictEqual(snippet, '要更好的扛起新使命。');
    const after = analyze(text, { only, residue: { allow: [snippet] } }).findings.filter((f) => f.ruleId === 'wording-de-di');
    assert.deepStrictEqual(after.map((f) => text.slice(f.start - 2, f.end + 4)), ['更好的扛起新担']);
    assert.strictEqual(analyze(text, { only, residue: { allow: ['的'] } }).findings.length, 2, 'a one-character entry silences nothing');
  });

  it('severity per category and rule switches apply to the new categories', () => {
    const text = '再接再励,学习';
    assert.deepStrictEqual(analyze(text, { severity: { wording: 'off' } }).findings.map((f) => f.category), ['punctuation']);
    assert.deepStrictEqual(analyze(text, { disabledRules: ['punctuation-half-width'] }).findings.map((f) => f.ruleId), ['wording-confusion']);
    assert.deepStrictEqual(analyze(text, { severity: { punctuation: 'error' } }).findings.find((f) => f.category === 'punctuation')?.severity, 'error');
  });
});
