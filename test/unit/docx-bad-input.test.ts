import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { zipSync, strToU8 } from 'fflate';
import { DocxError, openDocx } from '../../src/core/docx';
import { cli, tempDir, writeFile } from './cli-helpers';
import { downloadedReportParts, zipParts } from './docx-fixtures';

const EN = { LANG: 'en_US.UTF-8' };

/** An OLE compound file header followed by a directory entry name, as Word writes them. */
function ole(streamName: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(streamName, 'utf16le'), Buffer.alloc(512)]);
}

/** Rewrites the uncompressed size of the first central directory entry (a lying zip). */
function declareSize(zip: Uint8Array, size: number): Buffer {
  const out = Buffer.from(zip);
  const at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  out.writeUInt32LE(size, at + 24);
  return out;
}

function withDocument(xml: string): Uint8Array {
  return zipParts({ ...downloadedReportParts(), 'word/document.xml': xml });
}

const BAD: { name: string; file: string; bytes: () => Uint8Array; message: RegExp; problem: string }[] = [
  { name: 'not a zip', file: 'a.docx', bytes: () => strToU8('只是一段文字，不是压缩包。'), message: /not a Word document \(a \.docx is a zip package\)/, problem: 'notZip' },
  { name: 'encrypted', file: 'a.docx', bytes: () => ole('EncryptionInfo'), message: /encrypted/, problem: 'encrypted' },
  { name: 'old binary .doc', file: 'a.doc', bytes: () => ole('WordDocument'), message: /old binary \.doc/, problem: 'oldDoc' },
  {
    name: 'too many entries',
    file: 'a.docx',
    bytes: () => zipSync(Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`x/${i}.xml`, new Uint8Array(0)]))),
    message: /too many entries/,
    problem: 'tooManyEntries',
  },
  { name: 'inflates past the cap', file: 'a.docx', bytes: () => declareSize(zipParts(downloadedReportParts()), 250 * 1024 * 1024), message: /inflates to too much/, problem: 'tooLarge' },
  { name: 'implausible ratio', file: 'a.docx', bytes: () => declareSize(zipParts(downloadedReportParts()), 150 * 1024 * 1024), message: /compression ratio/, problem: 'suspiciousRatio' },
  { name: 'entry outside the package', file: 'a.docx', bytes: () => zipParts({ ...downloadedReportParts(), '../../evil.xml': '<a/>' }), message: /outside the package/, problem: 'unsafePath' },
  { name: 'absolute entry', file: 'a.docx', bytes: () => zipParts({ ...downloadedReportParts(), '/etc/evil.xml': '<a/>' }), message: /outside the package/, problem: 'unsafePath' },
  {
    name: 'DOCTYPE',
    file: 'a.docx',
    bytes: () => withDocument('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>'),
    message: /DOCTYPE/,
    problem: 'doctype',
  },
  { name: 'undeclared entity', file: 'a.docx', bytes: () => withDocument('<w:document><w:body><w:p><w:r><w:t>&ad;</w:t></w:r></w:p></w:body></w:document>'), message: /entity/, problem: 'entity' },
  {
    name: 'no word/document.xml',
    file: 'a.docx',
    bytes: () => {
      const parts: Record<string, string> = downloadedReportParts();
      delete parts['word/document.xml'];
      return zipParts(parts);
    },
    message: /no word\/document\.xml/,
    problem: 'noBody',
  },
];

describe('bad .docx input', () => {
  for (const bad of BAD) {
    it(`${bad.name}: a clear message, exit 2, nothing written`, () => {
      const bytes = Buffer.from(bad.bytes());
      assert.throws(() => openDocx(bytes), (e: unknown) => e instanceof DocxError && e.problem === bad.problem);
      const dir = tempDir();
      const file = writeFile(dir, bad.file, bytes);
      for (const argv of [['check', file], ['check', '--format', 'json', file], ['fix', file], ['outline', file], ['count', file], ['import', file]]) {
        const run = cli(argv, { env: EN });
        assert.strictEqual(run.code, 2, `${argv[0]}: ${run.stderr}`);
        assert.match(run.stderr, bad.message, argv[0]);
        assert.match(run.stderr, /^study-report: /);
      }
      assert.deepStrictEqual(fs.readFileSync(file), bytes, 'file untouched');
      assert.deepStrictEqual(fs.readdirSync(dir), [path.basename(file)], 'nothing else written');
    });
  }

  it('a Chinese message by default', () => {
    const file = writeFile(tempDir(), 'a.doc', ole('WordDocument'));
    assert.match(cli(['check', file]).stderr, /旧版二进制 \.doc 文件，请先在 Word\/WPS 中另存为 \.docx/);
  });
});
