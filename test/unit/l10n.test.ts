import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

// Every visible string has its translation: contributed ones via %key% in package.nls*.json, runtime
// ones via vscode.l10n.t(...) in l10n/bundle.l10n.zh-cn.json (the English text is the key).

const root = path.join(__dirname, '..', '..');
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

function nlsKeysUsed(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%([^%]+)%$/.exec(value);
    if (m) found.add(m[1]);
  } else if (Array.isArray(value)) value.forEach((v) => nlsKeysUsed(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => nlsKeysUsed(v, found));
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The first argument of every l10n.t(...) call when it is a string literal (quotes of any kind). */
export function l10nStrings(source: string): string[] {
  const call = /l10n\.t\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  const strings: string[] = [];
  for (let m = call.exec(source); m; m = call.exec(source)) strings.push(unescapeLiteral(m[2]));
  return strings;
}

function unescapeLiteral(text: string): string {
  return text.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e[0] === 'u') return String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16));
    return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[e] ?? e;
  });
}

const placeholders = (text: string) => (text.match(/\{\d+\}/g) ?? []).sort().join(',');

describe('l10n', () => {
  const manifest = readJson('package.json');
  const used = nlsKeysUsed(manifest);
  const en = readJson('package.nls.json');
  const zh = readJson('package.nls.zh-cn.json');
  const bundle = readJson('l10n/bundle.l10n.zh-cn.json');

  it('finds the contributed %keys% of package.json (the scan itself works)', () => {
    assert.ok(used.has('command.category'), 'command.category');
    assert.ok(used.has('displayName'), 'displayName');
  });

  for (const [name, nls] of [['package.nls.json', en], ['package.nls.zh-cn.json', zh]] as const) {
    it(`${name} has a non-empty entry for every %key% in package.json`, () => {
      const missing = [...used].filter((k) => typeof nls[k] !== 'string' || (nls[k] as string).trim() === '');
      assert.deepStrictEqual(missing, []);
    });
  }

  it('package.nls.zh-cn.json translates the visible titles into Chinese', () => {
    const untranslated = Object.keys(en).filter((k) => /title|command\.|displayName/.test(k) && !/[\u4e00-\u9fff]/.test(String(zh[k])));
    assert.deepStrictEqual(untranslated, []);
  });

  it('every command sits in the one category 研讨材料 / Study Report', () => {
    const commands = (manifest.contributes as { commands: { command: string; category?: string }[] }).commands;
    assert.ok(commands.length > 0);
    assert.deepStrictEqual(commands.filter((c) => c.category !== '%command.category%').map((c) => c.command), []);
    assert.strictEqual(en['command.category'], 'Study Report');
    assert.strictEqual(zh['command.category'], '研讨材料');
  });

  it('extracts l10n.t strings across lines and quote kinds', () => {
    const sample = "vscode.l10n.t('A {0}', x); l10n.t(\n  \"B \\\"q\\\"\"); vscode.l10n.t(`C`);";
    assert.deepStrictEqual(l10nStrings(sample), ['A {0}', 'B "q"', 'C']);
  });

  it('l10n/bundle.l10n.zh-cn.json translates every vscode.l10n.t string in src/vscode, keeping its {n} placeholders', () => {
    const strings = new Set(sourceFiles(path.join(root, 'src', 'vscode')).flatMap((f) => l10nStrings(fs.readFileSync(f, 'utf8'))));
    assert.ok(strings.size > 0, 'no l10n.t call found: the scan is broken');
    const missing = [...strings].filter((s) => typeof bundle[s] !== 'string');
    assert.deepStrictEqual(missing, [], 'strings without a zh-cn entry');
    const badPlaceholders = [...strings].filter((s) => placeholders(s) !== placeholders(String(bundle[s])));
    assert.deepStrictEqual(badPlaceholders, [], 'translations whose {n} placeholders differ');
  });

  it('l10n.t is called with literal strings only (a computed key can never be translated)', () => {
    const dynamic = sourceFiles(path.join(root, 'src', 'vscode')).flatMap((f) =>
      [...fs.readFileSync(f, 'utf8').matchAll(/l10n\.t\((?!\s*['"`])/g)].map(() => path.basename(f)));
    assert.deepStrictEqual(dynamic, []);
  });
});
