/**
 * A small XML reader that keeps source offsets, so a part can be edited in place and every element not
 * touched keeps its exact bytes. It runs anywhere (no DOMParser in a web worker). It refuses DOCTYPE and
 * any entity other than the five predefined ones and character references: nothing is ever expanded.
 * Offsets are UTF-16 indices into the part's decoded text.
 */
import { DocxError } from './errors';

export interface XmlElement {
  type: 'element';
  /** Qualified name as written, e.g. `w:p`. */
  name: string;
  /** Attribute values, decoded. */
  attrs: Record<string, string>;
  /** Index of `<`. */
  start: number;
  /** Index just after the `>` of the start tag. */
  openEnd: number;
  /** Index of `</` of the end tag (equals openEnd for `<x/>`). */
  closeStart: number;
  /** Index just after the element. */
  end: number;
  children: XmlNode[];
  parent?: XmlElement;
}

export interface XmlText {
  type: 'text';
  /** Decoded text. */
  text: string;
  start: number;
  end: number;
}

export type XmlNode = XmlElement | XmlText;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes character and predefined entity references; any other entity is refused. */
export function decodeEntities(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new DocxError('badXml', 'bare &');
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw new DocxError('badXml', `bad character reference &${name};`);
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[name];
    if (value === undefined) throw new DocxError('entity', `&${name};`);
    return value;
  });
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

const NAME_END = /[\s/>]/;

/** Parses a whole part into a root element holding the top-level nodes. */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { type: 'element', name: '#document', attrs: {}, start: 0, openEnd: 0, closeStart: source.length, end: source.length, children: [] };
  let current = root;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const raw = source.slice(i, textEnd);
      if (current !== root) current.children.push({ type: 'text', text: decodeEntities(raw), start: i, end: textEnd });
      else if (raw.trim() !== '' && raw !== '\uFEFF') throw new DocxError('badXml', 'text outside the root element');
    }
    if (lt < 0) break;
    i = lt;
    if (source.startsWith('<?', i)) {
      const close = source.indexOf('?>', i + 2);
      if (close < 0) throw new DocxError('badXml', 'unterminated processing instruction');
      i = close + 2;
    } else if (source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4);
      if (close < 0) throw new DocxError('badXml', 'unterminated comment');
      i = close + 3;
    } else if (source.startsWith('<![CDATA[', i)) {
      const close = source.indexOf(']]>', i + 9);
      if (close < 0) throw new DocxError('badXml', 'unterminated CDATA');
      current.children.push({ type: 'text', text: source.slice(i + 9, close), start: i, end: close + 3 });
      i = close + 3;
    } else if (source.startsWith('<!', i)) {
      // <!DOCTYPE …> (and <!ENTITY … inside it) is how entity bombs and external entities arrive.
      throw new DocxError(/^<!DOCTYPE/i.test(source.slice(i, i + 9)) ? 'doctype' : 'entity');
    } else if (source.startsWith('</', i)) {
      const close = source.indexOf('>', i + 2);
      if (close < 0) throw new DocxError('badXml', 'unterminated end tag');
      const name = source.slice(i + 2, close).trim();
      if (current === root || name !== current.name) throw new DocxError('badXml', `unexpected </${name}>`);
      current.closeStart = i;
      current.end = close + 1;
      current = current.parent!;
      i = close + 1;
    } else {
      i = parseStartTag(source, i, current, (el) => (current = el));
    }
  }
  if (current !== root) throw new DocxError('badXml', `<${current.name}> not closed`);
  return root;
}

/** Reads `<name attr="v" …>` or `<name …/>` at `i`; returns the index after it. */
function parseStartTag(source: string, i: number, parent: XmlElement, enter: (el: XmlElement) => void): number {
  let j = i + 1;
  while (j < source.length && !NAME_END.test(source[j])) j++;
  const name = source.slice(i + 1, j);
  if (name === '') throw new DocxError('badXml', 'empty tag name');
  const attrs: Record<string, string> = {};
  for (;;) {
    while (j < source.length && /\s/.test(source[j])) j++;
    if (j >= source.length) throw new DocxError('badXml', `unterminated <${name}>`);
    if (source[j] === '>' || source.startsWith('/>', j)) break;
    const eq = source.indexOf('=', j);
    if (eq < 0) throw new DocxError('badXml', `attribute without value in <${name}>`);
    const attrName = source.slice(j, eq).trim();
    let q = eq + 1;
    while (/\s/.test(source[q] ?? '')) q++;
    const quote = source[q];
    if (quote !== '"' && quote !== "'") throw new DocxError('badXml', `unquoted attribute in <${name}>`);
    const endQuote = source.indexOf(quote, q + 1);
    if (endQuote < 0) throw new DocxError('badXml', `unterminated attribute in <${name}>`);
    const raw = source.slice(q + 1, endQuote);
    if (raw.indexOf('<') >= 0) throw new DocxError('badXml', `'<' in an attribute of <${name}>`);
    attrs[attrName] = decodeEntities(raw);
    j = endQuote + 1;
  }
  const selfClosing = source[j] === '/';
  const openEnd = j + (selfClosing ? 2 : 1);
  const el: XmlElement = { type: 'element', name, attrs, start: i, openEnd, closeStart: openEnd, end: openEnd, children: [], parent };
  parent.children.push(el);
  if (!selfClosing) enter(el);
  return openEnd;
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (c.type === 'element' && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function firstChild(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.type === 'element' && c.name === name) return c;
  return undefined;
}

/** Descendants in document order, not entering elements for which `skip` is true. */
export function* descendants(el: XmlElement, skip?: (e: XmlElement) => boolean): Generator<XmlElement> {
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    yield c;
    if (!skip || !skip(c)) yield* descendants(c, skip);
  }
}

export function hasAncestor(el: XmlElement, name: string, stopAt?: XmlElement): boolean {
  for (let p = el.parent; p && p !== stopAt; p = p.parent) if (p.name === name) return true;
  return false;
}

/** The concatenated decoded text of an element (for simple elements such as dc:title). */
export function textContent(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += c.type === 'text' ? c.text : textContent(c);
  return out;
}

export interface XmlEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits; overlapping ones (inside a removed element) are dropped. */
export function applyXmlEdits(source: string, edits: readonly XmlEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue; // inside an edit already applied (e.g. a run in a removed paragraph)
    out += source.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + source.slice(pos);
}
