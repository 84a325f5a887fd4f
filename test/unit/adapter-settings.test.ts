import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import { withAllowedText } from '../../src/vscode/allowlist-entries';
import { DEFAULT_LANGUAGES, DEFAULT_MAX_FILE_SIZE_KB, mapSettings } from '../../src/vscode/config-map';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const properties: Record<string, Schema> = manifest.contributes.configuration.properties;

interface Schema {
  type?: string;
  items?: Schema;
  uniqueItems?: boolean;
  enum?: unknown[];
  default?: unknown;
  anyOf?: Schema[];
  additionalProperties?: Schema;
}

/** The part of JSON Schema our settings use; enough to catch a wrong shape written by a quick fix. */
function schemaErrors(value: unknown, schema: Schema, at = '$'): string[] {
  if (schema.anyOf) return schema.anyOf.some((s) => schemaErrors(value, s, at).length === 0) ? [] : [`${at}: matches no alternative`];
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (schema.type && schema.type !== type) return [`${at}: ${type} instead of ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${String(value)} not in enum`];
  const errors: string[] = [];
  if (Array.isArray(value)) {
    if (schema.uniqueItems && new Set(value).size !== value.length) errors.push(`${at}: duplicate items`);
    if (schema.items) value.forEach((v, i) => errors.push(...schemaErrors(v, schema.items!, `${at}[${i}]`)));
  } else if (type === 'object' && schema.additionalProperties) {
    for (const [k, v] of Object.entries(value as object)) errors.push(...schemaErrors(v, schema.additionalProperties, `${at}.${k}`));
  }
  return errors;
}

const reader = (values: Record<string, unknown>) => (key: string) => values[key];

describe('adapter settings', () => {
  it('the schema check rejects wrong shapes (so the next tests can fail)', () => {
    const allow = properties['studyReport.residue.allow'];
    assert.notDeepStrictEqual(schemaErrors('text', allow), []);
    assert.notDeepStrictEqual(schemaErrors(['a', 'a'], allow), []);
    assert.notDeepStrictEqual(schemaErrors([{ text: 'a' }], allow), []);
    assert.notDeepStrictEqual(schemaErrors({ 'paywall-marker': 'loud' }, properties['studyReport.rules']), []);
  });

  it('every setting default satisfies its own schema', () => {
    for (const [key, schema] of Object.entries(properties)) assert.deepStrictEqual(schemaErrors(schema.default, schema, key), [], key);
  });

  it("'this is not residue' writes an array of unique strings that the settings schema accepts", () => {
    const allow = properties['studyReport.residue.allow'];
    let value: unknown = undefined;
    for (const text of ['扫码关注公众号', '会员单位', '扫码关注公众号']) value = withAllowedText(value, text) ?? value;
    assert.deepStrictEqual(value, ['扫码关注公众号', '会员单位']);
    assert.deepStrictEqual(schemaErrors(value, allow), []);
  });

  it('repairs a hand-edited wrong shape instead of appending to it', () => {
    const allow = properties['studyReport.residue.allow'];
    const fromString = withAllowedText('not a list', '客服');
    const fromMixed = withAllowedText(['ok', 3, null, ''], '客服');
    assert.deepStrictEqual(fromString, ['客服']);
    assert.deepStrictEqual(fromMixed, ['ok', '客服']);
    assert.deepStrictEqual(schemaErrors(fromMixed, allow), []);
    assert.strictEqual(withAllowedText(['客服'], '客服'), undefined, 'already allowed: nothing to write');
    assert.strictEqual(withAllowedText([], ''), undefined, 'empty text is never added');
  });

  it('an allowlisted text is no longer reported by the engine with the mapped options', () => {
    const text = '正文第一段。\n##paidend##\n';
    const before = analyze(text, mapSettings(reader({})).engine).findings.filter((f) => f.category === 'residue');
    assert.ok(before.length > 0, 'the marker is residue by default');
    const allow = withAllowedText(undefined, before[0].text);
    const after = analyze(text, mapSettings(reader({ 'residue.allow': allow })).engine).findings.filter((f) => f.ruleId === before[0].ruleId);
    assert.deepStrictEqual(after, []);
  });

  it('has sensible defaults when nothing is set', () => {
    const s = mapSettings(reader({}));
    assert.strictEqual(s.enabled, true);
    assert.strictEqual(s.run, 'onType');
    assert.strictEqual(s.focusMode, false);
    assert.deepStrictEqual(s.languages, DEFAULT_LANGUAGES);
    assert.strictEqual(s.maxFileSizeKB, DEFAULT_MAX_FILE_SIZE_KB);
    assert.deepStrictEqual(s.engine.rules, {});
    assert.deepStrictEqual(s.engine.severity, {});
    assert.deepStrictEqual(s.engine.count, { mode: 'cjk-punct' });
  });

  it('the code defaults are the package.json defaults', () => {
    assert.deepStrictEqual(properties['studyReport.languages'].default, DEFAULT_LANGUAGES);
    assert.strictEqual(properties['studyReport.maxFileSizeKB'].default, DEFAULT_MAX_FILE_SIZE_KB);
    assert.strictEqual(properties['studyReport.run'].default, 'onType');
    assert.strictEqual(properties['studyReport.focusMode'].default, false);
  });

  it('passes studyReport.rules to the engine in its words, junk left out', () => {
    const s = mapSettings(reader({ rules: { a: false, b: 'off', c: 'information', d: 'loud', e: true, f: 'toString' } }));
    assert.deepStrictEqual(s.engine.rules, { a: false, b: 'off', c: 'info', e: true });
    assert.deepStrictEqual(mapSettings(reader({ rules: ['a'] })).engine.rules, {});
  });

  it('a category severity named like an Object method is ignored, not taken', () => {
    assert.deepStrictEqual(mapSettings(reader({ 'severity.residue': 'constructor' })).engine.severity, {});
  });

  it('maps category severities, ignoring "default"', () => {
    const s = mapSettings(reader({ 'severity.residue': 'warning', 'severity.numbering': 'off', 'severity.count': 'default' }));
    assert.deepStrictEqual(s.engine.severity, { residue: 'warning', numbering: 'off' });
  });

  it('a category switched off yields no finding of it, and a rule switched off none of that rule', () => {
    const text = '正文第一段。##paidbegin##正文。\n';
    assert.ok(analyze(text, mapSettings(reader({})).engine).findings.some((f) => f.ruleId === 'paywall-marker'));
    assert.ok(!analyze(text, mapSettings(reader({ 'severity.residue': 'off' })).engine).findings.some((f) => f.category === 'residue'));
    assert.ok(!analyze(text, mapSettings(reader({ rules: { 'paywall-marker': false } })).engine).findings.some((f) => f.ruleId === 'paywall-marker'));
  });

  it('passes numbering, count, allow and extra patterns through to EngineOptions', () => {
    const s = mapSettings(reader({
      'numbering.allowFullWidthDot': true,
      'numbering.allowParenthesizedDigits': true,
      'count.mode': 'cjk',
      'residue.allow': ['会员单位', 7],
      'residue.extraPatterns': ['某某文库'],
      run: 'onSave',
      languages: ['plaintext'],
      maxFileSizeKB: -3,
    }));
    assert.deepStrictEqual(s.engine.numbering, { allowFullWidthDot: true, allowParenthesizedDigits: true });
    assert.deepStrictEqual(s.engine.count, { mode: 'cjk' });
    assert.deepStrictEqual(s.engine.residue, { allow: ['会员单位'], extraPatterns: ['某某文库'] });
    assert.strictEqual(s.run, 'onSave');
    assert.deepStrictEqual(s.languages, ['plaintext']);
    assert.strictEqual(s.maxFileSizeKB, DEFAULT_MAX_FILE_SIZE_KB, 'a nonsensical size falls back to the default');
  });
});
