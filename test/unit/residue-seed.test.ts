import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, fix } from '../../src/core';

const fixtures = path.join(__dirname, '..', 'fixtures');
const seed = fs.readFileSync(path.join(fixtures, 'seed', 'seed-report.txt'), 'utf8');
// Written by hand from the seed: everything up to the closing line, the marker inside 一是 cut out.
const expected = fs.readFileSync(path.join(fixtures, 'residue', 'seed-report.expected.txt'), 'utf8');

describe('residue on the seed report', () => {
  const findings = analyze(seed, { only: ['residue'] }).findings.filter((f) => f.category === 'residue');

  it('flags both markers and all four ad lines, each with a safe fix', () => {
    const markers = findings.filter((f) => f.ruleId === 'paywall-marker').map((f) => f.text);
    assert.deepStrictEqual(markers, ['##paidbegin##', '##paidend##']);
    const adLines = findings.filter((f) => f.ruleId !== 'paywall-marker');
    assert.strictEqual(adLines.length, 4);
    assert.ok(adLines[0].text.startsWith('【哒哒素材库】'));
    assert.strictEqual(adLines[1].ruleId, 'residue-duplicate-line');
    assert.ok(adLines[2].text.startsWith('欢迎加入“哒哒素材库svip会员”'));
    assert.ok(adLines[3].text.startsWith('【哒哒代笔】'));
    assert.ok(findings.every((f) => f.fix?.safe === true && f.severity === 'error'));
  });

  it('flags nothing before the closing line except the glued marker', () => {
    const closing = seed.indexOf('汇报完毕');
    assert.deepStrictEqual(findings.filter((f) => f.start < closing).map((f) => f.text), ['##paidbegin##']);
  });

  it('fix gives exactly the report: 一是对新理论 intact, ads and markers gone, one final newline', () => {
    const fixed = fix(seed, { only: ['residue'] });
    assert.strictEqual(fixed, expected);
    assert.ok(fixed.includes('一是对新理论、新观点、新战略学习研究还不够深入'));
    assert.ok(fixed.endsWith('汇报完毕，不妥之处请批评指正。\n'));
    assert.ok(!/##|素材库|代笔|客服/.test(fixed));
  });

  it('fix with all categories changes the seed in the same way (no other rule touches it)', () => {
    assert.strictEqual(fix(seed), expected);
  });

  it('fix is idempotent on the seed', () => {
    assert.strictEqual(fix(expected, { only: ['residue'] }), expected);
    assert.strictEqual(analyze(expected, { only: ['residue'] }).findings.filter((f) => f.category === 'residue').length, 0);
  });
});
