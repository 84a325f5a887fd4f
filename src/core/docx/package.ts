/**
 * The zip container of a .docx, read with caps so a hostile file cannot exhaust memory: the entry count,
 * the declared inflated size in total and per entry's compression ratio are checked before anything is
 * inflated, and fflate never inflates past an entry's declared size (it writes into a buffer of that size).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { DocxError } from './errors';

export const MAX_ENTRIES = 5000;
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
/** Real Word XML compresses up to about 100:1; far more on a large entry is a bomb. */
export const MAX_RATIO = 1000;
const RATIO_CHECK_FROM = 1024 * 1024;

export interface DocxPackage {
  /** Entry names in their order in the zip (kept when writing back). */
  names: string[];
  entries: Map<string, Uint8Array>;
}

const WORD_ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function readPackage(bytes: Uint8Array): DocxPackage {
  if (startsWith(bytes, OLE_SIGNATURE)) throw new DocxError(oleKind(bytes));
  if (!(bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new DocxError('notZip');
  const names: string[] = [];
  const seen = new Set<string>();
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (names.length >= MAX_ENTRIES) throw new DocxError('tooManyEntries', `more than ${MAX_ENTRIES}`);
        if (!isSafeEntryName(file.name)) throw new DocxError('unsafePath', file.name);
        if (seen.has(file.name.toLowerCase())) throw new DocxError('duplicateEntry', file.name);
        seen.add(file.name.toLowerCase());
        total += file.originalSize;
        if (total > MAX_INFLATED_BYTES) throw new DocxError('tooLarge', `over ${MAX_INFLATED_BYTES / 1024 / 1024} MB`);
        if (file.originalSize > RATIO_CHECK_FROM && file.originalSize > file.size * MAX_RATIO) throw new DocxError('suspiciousRatio', file.name);
        names.push(file.name);
        return !file.name.endsWith('/');
      },
    });
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError(names.length === 0 ? 'notZip' : 'corruptZip', error instanceof Error ? error.message : String(error));
  }
  const map = new Map<string, Uint8Array>();
  for (const name of names) if (entries[name]) map.set(name, entries[name]);
  return { names: names.filter((n) => map.has(n)), entries: map };
}

/** Writes the package back in the same entry order; unchanged entries keep their exact bytes. */
export function writePackage(pkg: DocxPackage): Uint8Array {
  const zippable: Zippable = {};
  for (const name of pkg.names) {
    const data = pkg.entries.get(name)!;
    // Images and other already-compressed media are stored; XML is deflated.
    zippable[name] = [data, { level: /\.(png|jpe?g|gif|emf|wmf|bin)$/i.test(name) ? 0 : 6 }];
  }
  // Word itself stamps every entry 1980-01-01; a fixed time also makes the output reproducible.
  return zipSync(zippable, { mtime: WORD_ZIP_TIME });
}

/** Refuses names that could land outside the package when extracted: ../, absolute, drive letters, NUL. */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name) || name.includes('\0')) return false;
  return !name.split(/[\\/]/).some((segment) => segment === '..');
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** An OLE compound file is either an encrypted OOXML package or a legacy binary document. */
function oleKind(bytes: Uint8Array): 'encrypted' | 'oldDoc' | 'oleOther' {
  if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) return 'encrypted';
  if (containsUtf16(bytes, 'WordDocument')) return 'oldDoc';
  return 'oleOther';
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const needle: number[] = [];
  for (const ch of word) needle.push(ch.charCodeAt(0), 0);
  const limit = Math.min(bytes.length, 4 * 1024 * 1024) - needle.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export type XmlEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** XML parts are UTF-8 (Word) or UTF-16 with a BOM (some custom XML items); the BOM is kept in the text. */
export function decodeXml(bytes: Uint8Array): { text: string; encoding: XmlEncoding } {
  const encoding: XmlEncoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return { text: new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes), encoding };
}

export function encodeXml(text: string, encoding: XmlEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (encoding === 'utf-16le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (encoding === 'utf-16le' ? 1 : 0)] = c >> 8;
  }
  return out;
}
