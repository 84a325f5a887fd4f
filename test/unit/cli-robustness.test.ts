import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { decodeBytes, describeError, MAX_FILE_BYTES } from '../../src/cli/file-io';
import { cli, DIRTY, DIRTY_FIXED, tempDir, writeFile } from './cli-helpers';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('cli: bad input', () => {
  it('refuses a binary file (NUL bytes) with exit 2 and never writes it', () => {
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.from('##paidend##\n'), Buffer.from([0, 1, 2, 0xff, 0])]);
    const file = writeFile(dir, 'report.bin', bytes); // a .docx name gets the Word-document message (docx-bad-input.test.ts)
    for (const command of ['check', 'fix', 'outline', 'count']) {
      const run = cli([command, file]);
      assert.strictEqual(run.code, 2, command);
      assert.match(run.stderr, /二进制文件/);
    }
    assert.ok(fs.readFileSync(file).equals(bytes));
  });

  it('refuses a folder without reports and a missing file with exit 2', () => {
    const dir = tempDir();
    const run = cli(['check', dir, path.join(dir, 'nope.txt')]);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /文件夹中没有可检查的文件/);
    assert.match(run.stderr, /nope\.txt：文件不存在/);
    assert.match(cli(['check', '--lang', 'en', dir]).stderr, /no files to check in this folder/);
  });

  it('maps permission errors to a clear message', () => {
    assert.deepStrictEqual(describeError('a.txt', Object.assign(new Error('x'), { code: 'EACCES' })), { key: 'noPermission', args: ['a.txt'] });
    assert.deepStrictEqual(describeError('a.txt', Object.assign(new Error('x'), { code: 'EIO' })), { key: 'ioError', args: ['a.txt', 'EIO'] });
  });

  (isRoot ? it.skip : it)('refuses an unreadable file with exit 2 (not testable as root)', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'locked.txt', DIRTY);
    fs.chmodSync(file, 0o000);
    const run = cli(['check', file]);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /没有读取或写入权限/);
  });

  it('refuses a device or a pipe without blocking on it', () => {
    const run = cli(['check', '/dev/null']);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /不是普通文件/);
  });

  it('reports a file whose read fails (as root, a file that cannot be read at offset 0)', function () {
    if (!fs.existsSync('/proc/self/mem')) this.skip();
    const run = cli(['check', '/proc/self/mem']);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /读写失败（EIO）|没有读取或写入权限/);
  });

  it('refuses a file above the size limit before reading it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'huge.txt');
    const fd = fs.openSync(file, 'w');
    fs.ftruncateSync(fd, MAX_FILE_BYTES + 1); // sparse: no 64 MiB written to disk
    fs.closeSync(fd);
    const run = cli(['check', file]);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /文件过大（64\.0 MiB），上限为 64\.0 MiB/);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 and leaves the file untouched', () => {
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.from('一、收获体会 ##paidend##\n'), Buffer.from([0xff, 0xff, 0x80, 0x0a])]);
    assert.deepStrictEqual(decodeBytes(bytes), { ok: false, reason: 'unknownEncoding' });
    const file = writeFile(dir, 'odd.txt', bytes);
    const run = cli(['fix', file]);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /不会写入乱码/);
    assert.ok(fs.readFileSync(file).equals(bytes));
  });
});

describe('cli: encodings and line endings kept', () => {
  it('reads a GB18030 report and writes the fix back in GB18030', () => {
    const dir = tempDir();
    const bytes = iconv.encode(DIRTY, 'gb18030');
    const file = writeFile(dir, 'gbk.txt', bytes);
    const checked = cli(['check', '--format', 'json', '--only', 'residue', file]);
    assert.strictEqual(checked.code, 1);
    assert.ok(JSON.parse(checked.stdout)[0].messages.some((m: { ruleId: string }) => m.ruleId === 'paywall-marker'));
    const run = cli(['fix', '--only', 'residue', file]);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stderr, /按 GB18030 编码读取，并按原编码写回/);
    const written = fs.readFileSync(file);
    assert.ok(written.equals(iconv.encode(DIRTY_FIXED, 'gb18030')), 'same encoding, nothing else changed');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(written), 'not silently converted to UTF-8');
  });

  it('keeps GB18030 for fix --stdout so a redirect gives a file of the same kind', () => {
    const run = cli(['fix', '--only', 'residue', '-'], { stdin: iconv.encode(DIRTY, 'gb18030') });
    assert.ok(run.stdoutBytes.equals(iconv.encode(DIRTY_FIXED, 'gb18030')));
  });

  it('keeps a UTF-8 BOM, CRLF line breaks and the final newline', () => {
    const dir = tempDir();
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    const file = writeFile(dir, 'bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf(DIRTY + '##paidend##\n'))]));
    assert.strictEqual(cli(['fix', '--only', 'residue', file]).code, 0);
    const expected = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf(DIRTY_FIXED))]);
    assert.strictEqual(fs.readFileSync(file).toString('hex'), expected.toString('hex'));
  });

  it('does not report the BOM and counts columns without it', () => {
    const run = cli(['check', '--format', 'json', '--only', 'residue', '-'], { stdin: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('##paidend##\n')]) });
    const [message] = JSON.parse(run.stdout)[0].messages;
    assert.deepStrictEqual([message.line, message.column], [1, 1]);
  });

  it('reads UTF-16 with a BOM and writes it back as UTF-16', () => {
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(DIRTY, 'utf-16le')]);
    const file = writeFile(dir, 'u16.txt', bytes);
    assert.strictEqual(cli(['fix', '--only', 'residue', file]).code, 0);
    assert.ok(fs.readFileSync(file).equals(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(DIRTY_FIXED, 'utf-16le')])));
  });

  it('keeps a text without final newline without one', () => {
    const run = cli(['fix', '--only', 'residue', '-'], { stdin: '正文。\n##paidend##' });
    assert.strictEqual(run.stdout, '正文。');
  });
});

describe('cli: atomic in-place writes', () => {
  it('keeps the file mode', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'mode.txt', DIRTY);
    fs.chmodSync(file, 0o640);
    assert.strictEqual(cli(['fix', '--only', 'residue', file]).code, 0);
    assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
  });

  it('writes through a symlink and keeps the link', () => {
    const dir = tempDir();
    const target = writeFile(dir, 'target.txt', DIRTY);
    const link = path.join(dir, 'link.txt');
    fs.symlinkSync(target, link);
    assert.strictEqual(cli(['fix', '--only', 'residue', link]).code, 0);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.strictEqual(fs.readFileSync(target, 'utf8'), DIRTY_FIXED);
  });

  it('refuses to overwrite a file changed while it was being fixed, and leaves no temporary file', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'busy.txt', DIRTY);
    const edited = DIRTY + '用户刚刚写下的一句话。\n';
    const run = cli(['fix', '--only', 'residue', file], { hooks: { beforeCommit: (target) => fs.writeFileSync(target, edited) } });
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /修复期间文件被其他程序修改，未写入/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), edited);
    assert.deepStrictEqual(fs.readdirSync(dir), ['busy.txt']);
  });

  it('detects a same-size rewrite too (content compared, not only size)', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'same.txt', DIRTY);
    const sameSize = DIRTY.replace('理论', '实践');
    const stat = fs.statSync(file);
    const run = cli(['fix', '--only', 'residue', file], {
      hooks: {
        beforeCommit: (target) => {
          fs.writeFileSync(target, sameSize);
          fs.utimesSync(target, stat.atime, stat.mtime);
        },
      },
    });
    assert.strictEqual(run.code, 2);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), sameSize);
  });

  it('leaves the original intact and no temporary file when the write fails midway', () => {
    const dir = tempDir();
    const file = writeFile(dir, 'fail.txt', DIRTY);
    const run = cli(['fix', '--only', 'residue', file], {
      hooks: {
        beforeCommit: () => {
          throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        },
      },
    });
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /fail\.txt：读写失败（ENOSPC）/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), DIRTY);
    assert.deepStrictEqual(fs.readdirSync(dir), ['fail.txt']);
  });

  it('leaves the original intact when the write fails (read-only folder)', function () {
    if (isRoot) this.skip(); // root writes into read-only folders
    const dir = tempDir();
    const file = writeFile(dir, 'ro.txt', DIRTY);
    fs.chmodSync(dir, 0o555);
    try {
      const run = cli(['fix', '--only', 'residue', file]);
      assert.strictEqual(run.code, 2);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), DIRTY);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });
});
