import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { ALL_RULES, CATEGORIES } from '../../src/core';
import {
  addAllowedText, buildConfigSchema, configReader, engineOptionsFrom, layered, parseConfig, validateConfig,
} from '../../src/core/config';
import { analyze } from '../../src/core';

const SCHEMA_FILE = path.join(__dirname, '..', '..', 'schemas', 'study-report.schema.json');
const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
const validateSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);
const ruleIds = ALL_RULES.map((r) => r.meta.id);

const VALID = {
  $schema: './node_modules/study-report/schemas/study-report.schema.json',
  rules: { 'residue-url': 'warning', 'numbering-sequence': false, 'placeholder-mou': 'off' },
  severity: { residue: 'error', numbering: 'default' },
  residue: { allow: ['会员单位'], extraPatterns: ['某某文库'] },
  numbering: { allowFullWidthDot: true, allowParenthesizedDigits: false },
  count: { mode: 'cjk' },
  export: { fonts: { title: '方正小标宋简体', body: '仿宋_GB2312', pageNumber: '宋体' }, level3Bold: true, dropDeclaredCount: false },
};

/** Wrong in one way each; the validator and the schema must both refuse every one. */
const INVALID: Array<[string, unknown]> = [
  ['an array', []],
  ['a string', 'rules'],
  ['an unknown top-level key', { rule: {} }],
  ['an unknown rule', { rules: { 'residue-urll': 'off' } }],
  ['a bad rule value', { rules: { 'residue-url': 'warn' } }],
  ['a number as rule value', { rules: { 'residue-url': 1 } }],
  ['an unknown category', { severity: { spelling: 'off' } }],
  ['a bad category value', { severity: { residue: true } }],
  ['allow as a string', { residue: { allow: '会员单位' } }],
  ['a number in extraPatterns', { residue: { extraPatterns: [3] } }],
  ['an unknown residue key', { residue: { allowed: [] } }],
  ['a string boolean', { numbering: { allowFullWidthDot: 'yes' } }],
  ['an unknown count mode', { count: { mode: 'words' } }],
  ['an unknown font key', { export: { fonts: { heading5: '黑体' } } }],
  ['an empty font name', { export: { fonts: { body: ' ' } } }],
  ['a string level3Bold', { export: { level3Bold: 'true' } }],
  ['rules as an array', { rules: ['residue-url'] }],
];

describe('config file model', () => {
  it('the schema file is the one generated from ALL_RULES (run `npm run gen:schema` after adding a rule)', () => {
    const expected = buildConfigSchema(ALL_RULES, CATEGORIES);
    const listed = Object.keys(schema.properties.rules.properties);
    const missing = ruleIds.filter((id) => !listed.includes(id));
    assert.deepStrictEqual(missing, [], `schemas/study-report.schema.json lacks rules ${missing.join(', ')}: run npm run gen:schema`);
    assert.deepStrictEqual(listed, ruleIds, 'rule ids in the schema differ from ALL_RULES: run npm run gen:schema');
    assert.deepStrictEqual(Object.keys(schema.properties.severity.properties), [...CATEGORIES], 'categories differ: run npm run gen:schema');
    assert.deepStrictEqual(schema, JSON.parse(JSON.stringify(expected)), 'schema file is stale: run npm run gen:schema');
  });

  it('accepts the documented shape, in the validator and in the schema alike', () => {
    assert.deepStrictEqual(validateConfig(VALID, ruleIds).problems, []);
    assert.ok(validateSchema(VALID), JSON.stringify(validateSchema.errors));
    assert.ok(parseConfig(JSON.stringify(VALID, null, 2)).ok);
    assert.ok(parseConfig('{}').ok);
  });

  for (const [what, value] of INVALID) {
    it(`refuses ${what} in the validator and in the schema`, () => {
      const { problems } = validateConfig(value, ruleIds);
      assert.ok(problems.length > 0, 'validator accepted it');
      assert.ok(problems.every((p) => p.message.zh && p.message.en), 'a message lacks a language');
      assert.strictEqual(validateSchema(value), false, 'schema accepted it');
    });
  }

  it('names the unknown rule and where it is', () => {
    const result = parseConfig('{ "rules": { "residue-urll": "off" } }');
    assert.ok(!result.ok);
    assert.strictEqual(result.problems[0].path, 'rules.residue-urll');
    assert.match(result.problems[0].message.en, /unknown rule "residue-urll"/);
  });

  it('reports broken JSON with line and column, and an empty file', () => {
    const broken = parseConfig('{\n  "rules": {\n    "residue-url": "off",\n  }\n}');
    assert.ok(!broken.ok);
    assert.strictEqual(broken.problems[0].line, 4);
    assert.match(broken.problems[0].message.en, /not valid JSON/);
    const comment = parseConfig('// note\n{}');
    assert.ok(!comment.ok);
    const empty = parseConfig('  \n');
    assert.ok(!empty.ok);
    assert.match(empty.problems[0].message.en, /empty/);
    assert.ok(parseConfig('\ufeff{}').ok, 'a BOM is not an error');
  });

  it('stacks layers: scalars from the highest, lists joined, rules merged per id', () => {
    const low = configReader({ rules: { 'residue-url': 'off', 'numbering-sequence': 'hint' }, residue: { allow: ['甲'] }, count: { mode: 'cjk' } });
    const high = (key: string) => ({ 'residue.allow': ['乙', '甲'], rules: { 'residue-url': 'warning' }, 'count.mode': 'non-space' } as Record<string, unknown>)[key];
    const read = layered([low, undefined, high]);
    assert.deepStrictEqual(read('residue.allow'), ['甲', '乙']);
    assert.deepStrictEqual(read('rules'), { 'residue-url': 'warning', 'numbering-sequence': 'hint' });
    assert.strictEqual(read('count.mode'), 'non-space');
    assert.strictEqual(read('numbering.allowFullWidthDot'), undefined);
    const options = engineOptionsFrom(read);
    assert.deepStrictEqual(options.rules, { 'residue-url': 'warning', 'numbering-sequence': 'hint' });
    assert.deepStrictEqual(options.count, { mode: 'non-space' });
  });

  it('turns a config into engine options that change the result', () => {
    const text = '学习心得\n一、收获体会\n本文来源于网络 https://www.example.com/a.html\n';
    const plain = analyze(text);
    assert.ok(plain.findings.some((f) => f.ruleId === 'residue-url'));
    const off = engineOptionsFrom(configReader({ rules: { 'residue-url': false } }));
    assert.ok(!analyze(text, off).findings.some((f) => f.ruleId === 'residue-url'));
    const findings = analyze(text, engineOptionsFrom(configReader({ rules: { 'residue-url': 'error' } }))).findings;
    const urls = findings.filter((f) => f.ruleId === 'residue-url');
    assert.ok(urls.length > 0 && urls.every((f) => f.severity === 'error'));
  });
});

describe('config file: the "not residue" edit', () => {
  it('adds to an existing list, keeping other keys, comments-free formatting and indentation', () => {
    const before = '{\n    "rules": { "residue-url": "off" },\n    "residue": {\n        "allow": ["甲"]\n    },\n    "export": { "level3Bold": true }\n}\n';
    const after = addAllowedText(before, '会员单位');
    assert.ok(after);
    const value = JSON.parse(after);
    assert.deepStrictEqual(value.residue.allow, ['甲', '会员单位']);
    assert.deepStrictEqual(value.rules, { 'residue-url': 'off' });
    assert.deepStrictEqual(value.export, { level3Bold: true });
    assert.ok(after.startsWith('{\n    "rules": { "residue-url": "off" },\n'), after);
    assert.ok(after.endsWith('"export": { "level3Bold": true }\n}\n'), after);
    assert.ok(validateSchema(value), JSON.stringify(validateSchema.errors));
  });

  it('creates residue.allow where there is none, in an empty file too, and keeps CRLF and a BOM', () => {
    for (const before of ['{\r\n  "count": { "mode": "cjk" }\r\n}\r\n', '\ufeff{}', '', '{ "residue": { "extraPatterns": ["某某网"] } }']) {
      const after = addAllowedText(before, '扫码办事');
      assert.ok(after !== undefined, JSON.stringify(before));
      const value = JSON.parse(after.replace(/^\ufeff/, ''));
      assert.deepStrictEqual(value.residue.allow, ['扫码办事']);
      assert.ok(validateSchema(value), JSON.stringify(validateSchema.errors));
      assert.strictEqual(after.startsWith('\ufeff'), before.startsWith('\ufeff'));
      if (before.includes('\r\n')) assert.ok(!/[^\r]\n/.test(after), 'a bare LF was written into a CRLF file');
    }
  });

  it('writes nothing when the text is already allowed or the file is not an object', () => {
    assert.strictEqual(addAllowedText('{ "residue": { "allow": ["甲"] } }', '甲'), undefined);
    assert.strictEqual(addAllowedText('[1, 2]', '甲'), undefined);
    assert.strictEqual(addAllowedText('{ "residue": [] }', '甲'), undefined);
    assert.strictEqual(addAllowedText('{}', ''), undefined);
  });

  it('quotes and escapes texts with quotes and backslashes', () => {
    const text = '他说：“学习\\强国”"';
    const after = addAllowedText('{}', text)!;
    assert.deepStrictEqual(JSON.parse(after).residue.allow, [text]);
  });
});
