import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_TEMPLATES } from '../../src/core';
import { SNIPPET_FILES, toSnippetFile } from '../../src/core/templates';

const root = path.join(__dirname, '../..');

describe('snippet files', () => {
  for (const { path: file, include } of SNIPPET_FILES) {
    it(`${file} agrees with src/core/templates (run node scripts/gen-snippets.mjs)`, () => {
      const committed = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
      assert.deepStrictEqual(committed, toSnippetFile(ALL_TEMPLATES, include));
    });
  }

  it('are registered in package.json for study-report, plaintext and markdown', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const registered = (pkg.contributes.snippets as Array<{ language: string; path: string }>).map((s) => `${s.language} ${s.path}`);
    assert.ok(registered.includes('study-report ./snippets/study-report.json'));
    assert.ok(registered.includes('plaintext ./snippets/plaintext.json'));
    assert.ok(registered.includes('markdown ./snippets/plaintext.json'));
  });

  it('keep the one-heading snippets out of plaintext and markdown', () => {
    const plain = JSON.parse(fs.readFileSync(path.join(root, 'snippets/plaintext.json'), 'utf8'));
    assert.ok(plain['study-three-part']);
    assert.strictEqual(plain['heading-1'], undefined);
  });
});
