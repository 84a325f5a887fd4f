/** Reading a Word document on the command line: the bytes, the model, and its body as the text. */
import * as fs from 'fs';
import { DocxError, openDocx, type DocxDocument } from '../core';
import { describeError, formatBytes, MAX_FILE_BYTES, type InputDocument, type ReadResult } from './file-io';

export interface DocxInput extends InputDocument {
  docx: DocxDocument;
}

export function isDocxInput(doc: InputDocument): doc is DocxInput {
  return (doc as DocxInput).docx !== undefined;
}

/** .docx (and the old .doc, so it gets its own message rather than 'binary'). */
export function hasWordExtension(file: string): boolean {
  return /\.(docx|docm|dotx|dotm|doc)$/i.test(file);
}

/** A zip or OLE signature: what a Word document on standard input starts with. */
export function looksLikeWord(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0);
}

export function readDocxFile(file: string): ReadResult {
  let stat: fs.Stats;
  let bytes: Buffer;
  try {
    stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, error: { key: 'isDirectory', args: [file] } };
    if (!stat.isFile()) return { ok: false, error: { key: 'notRegular', args: [file] } };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, error: { key: 'tooLarge', args: [file, formatBytes(stat.size), formatBytes(MAX_FILE_BYTES)] } };
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, error: describeError(file, error) };
  }
  return decodeDocx(file, bytes, stat);
}

export function decodeDocx(file: string, bytes: Buffer, stat?: fs.Stats): ReadResult {
  try {
    const docx = openDocx(bytes);
    const doc: DocxInput = { path: file, text: docx.body.text, encoding: { name: 'utf-8', bom: false }, bytes, stat, docx };
    return { ok: true, doc };
  } catch (error) {
    if (error instanceof DocxError) return { ok: false, error: { key: 'docx', args: [file, error.problem, error.detail] } };
    return { ok: false, error: { key: 'docx', args: [file, 'corruptZip', error instanceof Error ? error.message : String(error)] } };
  }
}
