/**
 * Reading and writing reports byte-faithfully. Offices still save GB18030/GBK; a report read in one
 * encoding is written back in the same one, with its BOM, or refused: mojibake is never written.
 * In-place writes go to a temporary file in the same folder and are renamed over the original only if
 * the original is unchanged since it was read, so a crash or a concurrent edit never leaves half a file.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import type { MessageKey } from './messages';

/** Larger files are refused: a report is at most a few MB; 64 MiB is a mistake (a log, an archive). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type EncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface Encoding {
  name: EncodingName;
  bom: boolean;
}

export interface InputDocument {
  /** As given on the command line ('-' for standard input). */
  path: string;
  /** Text without BOM, as the engine sees it. */
  text: string;
  encoding: Encoding;
  /** The exact bytes read, to detect a change before writing back. */
  bytes: Buffer;
  /** Absent for standard input. */
  stat?: fs.Stats;
}

export interface IoFailure {
  key: MessageKey;
  args: string[];
}

export type ReadResult = { ok: true; doc: InputDocument } | { ok: false; error: IoFailure };

export function readFileDocument(file: string): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    return { ok: false, error: describeError(file, error) };
  }
  if (stat.isDirectory()) return { ok: false, error: { key: 'isDirectory', args: [file] } };
  if (!stat.isFile()) return { ok: false, error: { key: 'notRegular', args: [file] } };
  if (stat.size > MAX_FILE_BYTES) return { ok: false, error: { key: 'tooLarge', args: [file, formatBytes(stat.size), formatBytes(MAX_FILE_BYTES)] } };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, error: describeError(file, error) };
  }
  return decodeDocument(file, bytes, stat);
}

export function decodeDocument(file: string, bytes: Buffer, stat?: fs.Stats): ReadResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: { key: 'tooLarge', args: [file, formatBytes(bytes.length), formatBytes(MAX_FILE_BYTES)] } };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: { key: decoded.reason, args: [file] } };
  return { ok: true, doc: { path: file, text: decoded.text, encoding: decoded.encoding, bytes, stat } };
}

export function decodeBytes(bytes: Buffer): { ok: true; text: string; encoding: Encoding } | { ok: false; reason: 'binary' | 'unknownEncoding' } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: { name: 'utf-8', bom } };
  } catch {
    // Not UTF-8: try GB18030 (a superset of GBK and GB2312), accepted only if it round-trips exactly.
  }
  if (bom) return { ok: false, reason: 'unknownEncoding' };
  const text = iconv.decode(bytes, 'gb18030');
  if (!iconv.encode(text, 'gb18030').equals(bytes)) return { ok: false, reason: 'unknownEncoding' };
  return { ok: true, text, encoding: { name: 'gb18030', bom: false } };
}

function utf16(bytes: Buffer, name: 'utf-16le' | 'utf-16be'): { ok: true; text: string; encoding: Encoding } | { ok: false; reason: 'unknownEncoding' } {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) return { ok: false, reason: 'unknownEncoding' };
  const text = iconv.decode(body, name, { stripBOM: false });
  return { ok: true, text, encoding: { name, bom: true } };
}

/** The bytes of `text` in `encoding`, BOM included. Throws if the text cannot be encoded faithfully. */
export function encodeText(text: string, encoding: Encoding): Buffer {
  let body: Buffer;
  if (encoding.name === 'utf-8') body = Buffer.from(text, 'utf8');
  else body = iconv.encode(text, encoding.name, { addBOM: false });
  if (encoding.name !== 'utf-8' && iconv.decode(body, encoding.name, { stripBOM: false }) !== text) {
    throw new Error(`text not representable in ${encoding.name}`);
  }
  const bom = !encoding.bom ? Buffer.alloc(0) : encoding.name === 'utf-8' ? Buffer.from([0xef, 0xbb, 0xbf]) : encoding.name === 'utf-16le' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]);
  return Buffer.concat([bom, body]);
}

export interface WriteHooks {
  /** Called after the temporary file is written and before the original is checked and replaced (tests). */
  beforeCommit?: (target: string) => void;
}

/**
 * Replaces the file's content with `text` atomically. Refuses (and leaves the original untouched) if
 * the file changed since it was read.
 */
export function writeBackAtomically(doc: InputDocument, text: string, hooks: WriteHooks = {}): { ok: true } | { ok: false; error: IoFailure } {
  let bytes: Buffer;
  try {
    bytes = encodeText(text, doc.encoding);
  } catch {
    return { ok: false, error: { key: 'unknownEncoding', args: [doc.path] } };
  }
  return writeBytesBack(doc, bytes, hooks);
}

/** The same atomic, change-checked replacement for bytes already encoded (a cleaned .docx). */
export function writeBytesBack(doc: InputDocument, bytes: Uint8Array, hooks: WriteHooks = {}): { ok: true } | { ok: false; error: IoFailure } {
  let target: string;
  try {
    target = fs.realpathSync(doc.path); // write through a symlink, do not replace it
  } catch (error) {
    return { ok: false, error: describeError(doc.path, error) };
  }
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const mode = (doc.stat?.mode ?? 0o644) & 0o7777;
  try {
    const fd = fs.openSync(temp, 'wx', mode);
    try {
      fs.writeFileSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.chmodSync(temp, mode); // the umask may have narrowed it
    if (doc.stat) {
      try {
        fs.chownSync(temp, doc.stat.uid, doc.stat.gid);
      } catch {
        // Only root may give a file away; an ordinary user's own file keeps its owner anyway.
      }
    }
    hooks.beforeCommit?.(target);
    if (changedSinceRead(target, doc)) {
      fs.rmSync(temp, { force: true });
      return { ok: false, error: { key: 'changedWhileFixing', args: [doc.path] } };
    }
    fs.renameSync(temp, target);
    return { ok: true };
  } catch (error) {
    fs.rmSync(temp, { force: true });
    return { ok: false, error: describeError(doc.path, error) };
  }
}

function changedSinceRead(target: string, doc: InputDocument): boolean {
  const now = fs.statSync(target);
  if (doc.stat && (now.size !== doc.stat.size || now.mtimeMs !== doc.stat.mtimeMs || now.ino !== doc.stat.ino)) return true;
  return !fs.readFileSync(target).equals(doc.bytes);
}

export function describeError(file: string, error: unknown): IoFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { key: 'notFound', args: [file] };
    case 'EISDIR':
      return { key: 'isDirectory', args: [file] };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { key: 'noPermission', args: [file] };
    default:
      return { key: 'ioError', args: [file, code ?? (error instanceof Error ? error.message : String(error))] };
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
