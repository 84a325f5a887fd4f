import * as assert from 'assert';
import { runPatternCase } from './fuzz-support';
import { scanSteps, stepGrowth } from './regex-steps';

// The step counter replaces timing in the linear-time tests, so it has to tell linear from quadratic and
// exponential work, and find the same matches as the real engine.

const repeat = (unit: string, tail = '') => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n) + tail;

describe('regex step counter', () => {
  it('finds the matches the real engine finds', () => {
    const cases: Array<[RegExp, string]> = [
      [/a{1,3}/g, 'aaaaaaa'],
      [/a+?b/g, 'aaab aab b'],
      [/(?:ab|a)c/g, 'abc ac abac'],
      [/^x|y$/g, 'xay xy'],
      [/[^】]{1,5}】/g, '素材】库】】abcdefg】'],
      [/\d+\s*号/g, '12 号 3号 4 5'],
      [/(?=a)\w/g, 'ab ba'],
      [/\bab/g, 'ab cab ab'],
      [/素/gu, '素𠀀素'],
    ];
    for (const [regex, text] of cases) {
      const native = [...text.matchAll(regex)].length;
      assert.strictEqual(scanSteps(regex, text, 1e6).matches, native, `${regex} on ${text}`);
    }
  });

  it('linear work: each further n characters cost the same', () => {
    assert.ok(stepGrowth(/a{1,256}x/g, repeat('a'), 640, 1e5).ratio <= 1.05);
    assert.ok(stepGrowth(/(?:ab|cd){0,256}】/g, repeat('ab', '】'), 640, 1e5).ratio <= 1.05);
    assert.ok(stepGrowth(/[（(]([^）)]{1,40}?)[）)]/g, repeat('（此处'), 640, 1e5).ratio <= 1.05);
  });

  it('quadratic work: the third n characters cost clearly more than the second', () => {
    const growth = stepGrowth(/a+x/g, repeat('a'), 640, 1e5);
    assert.ok(growth.ratio > 1.5, `ratio ${growth.ratio}`);
  });

  it('exponential work runs out of budget', () => {
    const growth = stepGrowth(/(a{1,30}){1,30}$/g, repeat('a', 'b'), 640, 256);
    assert.strictEqual(growth.ratio, Infinity);
    assert.ok(growth.costs.some((c) => c.exceeded));
  });

  it('the fuzz pattern case fails when a checker lets a quadratic pattern through', () => {
    let calls = 0;
    // Accepts the first random pattern only, and hands back a pattern that is quadratic on lines of a.
    const leaky = () => (++calls === 1 ? { ok: true, pattern: { regex: /a+x/g } } : { ok: false });
    const problems = runPatternCase(leaky);
    assert.ok(problems.some((p) => /not linear/.test(p)), problems.join('\n'));
  });
});
