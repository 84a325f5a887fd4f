import * as assert from 'assert';
import { analyze, fix, resolveOptions } from '../../src/core';
import { mapSettings } from '../../src/vscode/config-map';

// Per-rule settings are resolved in the engine, so the editor (studyReport.rules) and the CLI (its config
// file's "rules") get the same severities from the same map.

const TEXT = '关于学习的心得体会\n一是##paidbegin##对新理论学习不够深入。\n一．存在的问题\n';

function severityOf(ruleId: string, options: Parameters<typeof analyze>[1]) {
  return analyze(TEXT, options).findings.filter((f) => f.ruleId === ruleId).map((f) => f.severity);
}

describe('engine options: rules', () => {
  it('a rule set to a severity gets it, over the category severity', () => {
    const own = severityOf('paywall-marker', {});
    assert.ok(own.length > 0 && own.every((s) => s !== 'hint'), `paywall-marker found with its own severity: ${own}`);
    assert.deepStrictEqual(new Set(severityOf('paywall-marker', { rules: { 'paywall-marker': 'hint' } })), new Set(['hint']));
    assert.deepStrictEqual(
      new Set(severityOf('paywall-marker', { severity: { residue: 'warning' }, rules: { 'paywall-marker': 'information' } })),
      new Set(['info']),
    );
  });

  it('off and false switch a rule off; true and unknown words leave it as it is', () => {
    assert.deepStrictEqual(severityOf('paywall-marker', { rules: { 'paywall-marker': 'off' } }), []);
    assert.deepStrictEqual(severityOf('paywall-marker', { rules: { 'paywall-marker': false } }), []);
    const own = severityOf('paywall-marker', {});
    assert.deepStrictEqual(severityOf('paywall-marker', { rules: { 'paywall-marker': true } }), own);
    assert.deepStrictEqual(severityOf('paywall-marker', { rules: { 'paywall-marker': 'loud' as never } }), own);
    assert.deepStrictEqual(severityOf('paywall-marker', { rules: { 'paywall-marker': 'toString' as never } }), own);
  });

  it('a rule switched off is not fixed either', () => {
    assert.ok(!fix(TEXT).includes('##paidbegin##'));
    assert.ok(fix(TEXT, { rules: { 'paywall-marker': 'off' } }).includes('##paidbegin##'));
  });

  it('resolveOptions merges rules into disabledRules and ruleSeverity', () => {
    const resolved = resolveOptions({ disabledRules: ['a'], rules: { b: false, c: 'off', d: 'error', e: 'information', f: true } });
    assert.deepStrictEqual([...resolved.disabledRules].sort(), ['a', 'b', 'c']);
    assert.deepStrictEqual([...resolved.ruleSeverity].sort(), [['d', 'error'], ['e', 'info']]);
  });

  it('the editor settings and the same map given directly give the same findings', () => {
    const rules = { 'paywall-marker': 'hint', 'numbering-punctuation': 'error' } as const;
    const editor = mapSettings((key) => (key === 'rules' ? rules : undefined)).engine;
    const strip = (r: ReturnType<typeof analyze>) => r.findings.map((f) => [f.ruleId, f.severity, f.start, f.end]);
    assert.deepStrictEqual(strip(analyze(TEXT, editor)), strip(analyze(TEXT, { rules })));
    assert.ok(strip(analyze(TEXT, { rules })).some(([id, severity]) => id === 'numbering-punctuation' && severity === 'error'));
  });
});
