import * as assert from 'assert';
import { analyze, fix } from '../../src/core';
import { compileUserPattern, MAX_PATTERN_LENGTH, MAX_REPEAT } from '../../src/core/user-patterns';

function rejection(pattern: string): string {
  const result = compileUserPattern(pattern);
  assert.ok(!result.ok, `${pattern} should be rejected`);
  return result.problem.message.en;
}

function compiled(pattern: string): RegExp {
  const result = compileUserPattern(pattern);
  assert.ok(result.ok, result.ok ? '' : result.problem.message.en);
  return result.pattern.regex;
}

describe('user patterns: what is refused and why', () => {
  const cases: Array<[string, RegExp]> = [
    ['(a+)+$', /nested repetition "\(a\+\)\+"/],
    ['(\\s*好)*结束', /nested repetition/],
    ['(?:[^】]?a?)*】', /nested repetition/],
    ['.*?.{2,5}\\s', /"\.\*\?" and "\.\{2,5\}" can match the same characters/],
    ['(a|ab)*c', /repeated alternatives .* start with the same character/],
    ['(?:微信|微博)+号', /repeated alternatives/],
    ['.*素材.*库', /"\.\*" and "\.\*" can match the same characters/],
    ['\\d+\\d+', /"\\d\+" and "\\d\+" can match the same characters/],
    ['(客服)\\1', /backreferences such as "\\1"/],
    ['(?<n>哒)\\k<n>', /backreferences/],
    ['素材(?=.*下载)', /lookaround .* must not contain repetition/],
    ['x?', /matches empty text/],
    ['^', /matches empty text/],
    ['【素材', /^Extra residue pattern "【素材" is not used: it is not a valid regular expression|./],
    ['(未闭合', /not a valid regular expression/],
    ['/素材库/g', /flags "g" are invalid/],
    ['a{300,}', /more than 256 characters/],
    ['素'.repeat(MAX_PATTERN_LENGTH + 1), /longer than 500 characters/],
  ];
  for (const [pattern, message] of cases.filter(([p]) => p !== '【素材')) {
    it(`refuses ${pattern.length > 40 ? pattern.slice(0, 10) + '…' : pattern}`, () => {
      assert.match(rejection(pattern), message);
    });
  }

  it('names the pattern in both languages', () => {
    const result = compileUserPattern('(a+)+$');
    assert.ok(!result.ok);
    assert.match(result.problem.message.zh, /^自定义残留规则“\(a\+\)\+\$”未启用：嵌套重复/);
    assert.strictEqual(result.problem.setting, 'residue.extraPatterns');
  });
});

describe('user patterns: what is accepted', () => {
  it('accepts literals, classes, anchored ad lines and case-insensitive handles', () => {
    assert.ok(compiled('哒哒素材库').test('【哒哒素材库】'));
    assert.ok(compiled('^【[^】]*素材库】.*$').test('【某某素材库】每日更新'));
    const vx = compiled('/vx\\s*\\d+/i');
    assert.ok(vx.test('加VX 12345'));
    assert.ok(compiled('(?:微信|VX|QQ)+[:：]?\\d+').test('QQ：123'));
    assert.ok(compiled('【[^】]{0,20}(素材库|文库)】').test('【某某文库】'));
    assert.ok(compiled('\\d{1,3}\\s?\\d{1,3}').test('12 345'), 'short repetitions may meet');
  });

  it('caps every unbounded repetition at MAX_REPEAT characters', () => {
    const digits = compiled('\\d+');
    digits.lastIndex = 0;
    assert.strictEqual(digits.exec('1'.repeat(1000))![0].length, MAX_REPEAT);
  });

  it('keeps lazy repetition lazy after capping', () => {
    const lazy = compiled('【.+?】');
    lazy.lastIndex = 0;
    assert.strictEqual(lazy.exec('【甲】【乙】')![0], '【甲】');
  });
});

describe('residue-extra-pattern rule', () => {
  const text = '正文第一段，欢迎交流。\n【某某素材库】每日更新一千篇\n正文第二段，请加微信好友交流学习体会。\n';

  it('flags whole ad lines with a safe fix that removes the line', () => {
    const options = { only: ['residue' as const], residue: { extraPatterns: ['^【[^】]*素材库】.*$'] } };
    const findings = analyze(text, options).findings.filter((f) => f.ruleId === 'residue-extra-pattern');
    assert.deepStrictEqual(findings.map((f) => [f.text, f.fix?.safe]), [['【某某素材库】每日更新一千篇', true]]);
    assert.strictEqual(fix(text, options), '正文第一段，欢迎交流。\n正文第二段，请加微信好友交流学习体会。\n');
  });

  it('only offers (never bulk-applies) a match inside a real sentence', () => {
    const options = { only: ['residue' as const], residue: { extraPatterns: ['微信'] } };
    const findings = analyze(text, options).findings.filter((f) => f.ruleId === 'residue-extra-pattern');
    assert.deepStrictEqual(findings.map((f) => [f.text, f.fix?.safe]), [['微信', false]]);
    assert.ok(fix(text, options).includes('请加微信好友'));
  });

  it('reports a rejected pattern in AnalyzeResult.problems and still analyses the text', () => {
    const result = analyze('哈'.repeat(50000) + '！\n##paidend##\n', { residue: { extraPatterns: ['(哈+)+$', '素材库'] } });
    assert.deepStrictEqual(result.problems.map((p) => p.pattern), ['(哈+)+$']);
    assert.ok(result.findings.some((f) => f.ruleId === 'paywall-marker'));
  });

  it('runs an accepted pattern with a leading repetition over a long line of the repeated character', () => {
    // Uncapped, [一二]+号 would try every start and scan to the end of the line: quadratic. Capped: linear.
    const line = '一'.repeat(200000);
    const result = analyze(line, { residue: { extraPatterns: ['[一二]+号'] } });
    assert.deepStrictEqual(result.problems, []);
    assert.ok(!result.findings.some((f) => f.ruleId === 'residue-extra-pattern'));
  });
});
