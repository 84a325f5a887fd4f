import * as assert from 'assert';
import { ALL_RULES, analyze } from '../../src/core';

// A placeholder inside a residue finding (an ad line) is left to the residue finding; placeholders
// outside every residue span are kept, also when residue spans come before and after them.
describe('placeholder findings inside residue', () => {
  const ad = '欢迎加入“某某材料网svip会员”，海量范文一键下载，添加客服微信：abc12345，谨防假冒！';
  const text = ['关于某某同志的发言材料', '', ad, '', '本人由某某单位推荐参加学习。', '', ad, ''].join('\n');

  it('reports the ad lines as residue and only the placeholders outside them', () => {
    const findings = analyze(text).findings;
    const residue = findings.filter((f) => f.category === 'residue');
    const placeholders = findings.filter((f) => f.category === 'placeholder');
    assert.strictEqual(residue.length, 2);
    assert.deepStrictEqual(
      placeholders.map((f) => f.start),
      [text.indexOf('某某'), text.indexOf('由某某') + 1],
    );
    for (const p of placeholders) assert.ok(!residue.some((r) => r.start <= p.start && p.end <= r.end));
  });

  it('keeps the placeholders inside the ad when residue is turned off', () => {
    const placeholders = analyze(text, { disabledRules: ALL_RULES.filter((r) => r.meta.category === 'residue').map((r) => r.meta.id) }).findings.filter(
      (f) => f.category === 'placeholder',
    );
    assert.ok(placeholders.length > 2, `only ${placeholders.length} placeholders`);
  });
});
