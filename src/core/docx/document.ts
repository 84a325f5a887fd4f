/**
 * A .docx read into text stories: the body (what the reader sees, with Word's numbering labels) and every
 * place an ad can hide beside it — headers and footers of every section, watermarks, text boxes, notes,
 * comments, document properties and invisible runs. Each story keeps its part and paragraphs, so findings
 * point at their source and edits can be made in the XML in place.
 */
import { DocxError } from './errors';
import { Numbering } from './numbering';
import { decodeXml, readPackage, type DocxPackage, type XmlEncoding } from './package';
import { collectParagraphs, type DocxParagraph, type HiddenPiece, type StoryKind } from './paragraphs';
import { Styles } from './styles';
import { childElements, descendants, firstChild, hasAncestor, parseXml, textContent, type XmlElement } from './xml';

export type PieceKind = StoryKind | 'watermark' | 'property' | 'hidden';

export interface StoryParagraph {
  paragraph: DocxParagraph;
  /** Offset of the paragraph's text in the story text. */
  start: number;
}

export interface Story {
  kind: PieceKind;
  part: string;
  text: string;
  paragraphs: StoryParagraph[];
  /** The shape (watermark, text box) or property element the story lives in. */
  target?: XmlElement;
  /** dc:title, Company … for properties. */
  property?: string;
  /** For hidden pieces: the piece and its paragraph. */
  hidden?: { piece: HiddenPiece; paragraph: DocxParagraph };
  /** Headers, footers, watermarks and properties are not report text: residue there removes the whole paragraph or shape. */
  decoration: boolean;
}

export interface DocxDocument {
  pkg: DocxPackage;
  mainPart: string;
  /** Decoded text of every XML part read, and its encoding (to write an edited part back the same way). */
  xml: Map<string, string>;
  encodings: Map<string, XmlEncoding>;
  roots: Map<string, XmlElement>;
  body: Story;
  /** Everything but the body, in a stable order. */
  stories: Story[];
  /** Characters of tracked deletions (w:del), left out. */
  deletedCharacters: number;
}

const REL_TYPES: Record<string, StoryKind> = { header: 'header', footer: 'footer', footnotes: 'footnote', endnotes: 'endnote', comments: 'comment' };
const WATERMARK_NAME = /WaterMark|水印/i;
const CORE_PROPERTIES = ['dc:title', 'dc:subject', 'dc:creator', 'cp:keywords', 'dc:description', 'cp:lastModifiedBy', 'cp:category', 'cp:contentStatus'];
const APP_PROPERTIES = ['Company', 'Manager', 'HyperlinkBase'];

export function openDocx(bytes: Uint8Array): DocxDocument {
  return readDocument(readPackage(bytes));
}

export function readDocument(pkg: DocxPackage): DocxDocument {
  const xml = new Map<string, string>();
  const encodings = new Map<string, XmlEncoding>();
  const roots = new Map<string, XmlElement>();
  const load = (name: string): XmlElement | undefined => {
    if (roots.has(name)) return roots.get(name);
    const data = pkg.entries.get(name);
    if (!data) return undefined;
    const { text, encoding } = decodeXml(data);
    let root: XmlElement;
    try {
      root = parseXml(text);
    } catch (error) {
      if (error instanceof DocxError) throw new DocxError(error.problem, `${name}: ${error.detail}`);
      throw error;
    }
    xml.set(name, text);
    encodings.set(name, encoding);
    roots.set(name, root);
    return root;
  };
  // Parts not read for text are not parsed (custom XML may be anything), but none may declare entities.
  for (const name of pkg.names) if (/\.(xml|rels)$/i.test(name) && /<!(DOCTYPE|ENTITY)/i.test(decodeXml(pkg.entries.get(name)!).text)) throw new DocxError('doctype', name);
  const mainPart = officeDocumentPart(load('_rels/.rels')) ?? 'word/document.xml';
  const mainRoot = load(mainPart);
  if (!mainRoot || !firstChild(firstChild(mainRoot, 'w:document'), 'w:body')) throw new DocxError('noBody', mainPart);
  const dir = mainPart.slice(0, mainPart.lastIndexOf('/') + 1);
  const relsName = `${dir}_rels/${mainPart.slice(dir.length)}.rels`;
  const related = relationships(load(relsName), dir);
  const styles = new Styles(load(related.find((r) => r.type === 'styles')?.target ?? `${dir}styles.xml`));
  const numberingRoot = load(related.find((r) => r.type === 'numbering')?.target ?? `${dir}numbering.xml`);

  const styleNumId = (id: string) => styles.numPrOf(id)?.numPr.numId;
  const stories: Story[] = [];
  const bodyParagraphs = collectParagraphs(mainPart, mainRoot, 'body', styles, new Numbering(numberingRoot, styleNumId));
  const body = textStory('body', mainPart, bodyParagraphs.filter((p) => p.kind === 'body' && !p.wholeHidden), false);
  addShapes(stories, mainPart, mainRoot, bodyParagraphs, false);
  const partKinds = related.filter((r) => REL_TYPES[r.type]).sort((a, b) => a.target.localeCompare(b.target, 'en', { numeric: true }));
  const hiddenOf: DocxParagraph[] = [...bodyParagraphs];
  for (const rel of partKinds) {
    const root = load(rel.target);
    if (!root) continue;
    const kind = REL_TYPES[rel.type];
    const decoration = kind === 'header' || kind === 'footer';
    const paragraphs = collectParagraphs(rel.target, root, kind, styles, new Numbering(numberingRoot, styleNumId));
    hiddenOf.push(...paragraphs);
    const own = paragraphs.filter((p) => p.kind === kind);
    if (own.some((p) => p.text !== '')) stories.push(textStory(kind, rel.target, own, decoration));
    addShapes(stories, rel.target, root, paragraphs, decoration);
  }
  for (const p of hiddenOf) {
    for (const piece of p.hidden) {
      stories.push({ kind: 'hidden', part: p.part, text: piece.text, paragraphs: [{ paragraph: p, start: 0 }], hidden: { piece, paragraph: p }, decoration: false });
    }
  }
  addProperties(stories, load('docProps/core.xml'), 'docProps/core.xml', 'cp:coreProperties', CORE_PROPERTIES);
  addProperties(stories, load('docProps/app.xml'), 'docProps/app.xml', 'Properties', APP_PROPERTIES);
  addCustomProperties(stories, load('docProps/custom.xml'));
  return { pkg, mainPart, xml, encodings, roots, body, stories, deletedCharacters: deletedCharacters(mainRoot) };
}

function textStory(kind: PieceKind, part: string, paragraphs: DocxParagraph[], decoration: boolean, target?: XmlElement): Story {
  const list: StoryParagraph[] = [];
  let text = '';
  paragraphs.forEach((p, i) => {
    if (i > 0) text += '\n';
    list.push({ paragraph: p, start: text.length });
    text += p.text;
  });
  return { kind, part, text, paragraphs: list, decoration, target };
}

/** Text boxes (their w:txbxContent, DrawingML or VML) and VML text watermarks of one part. */
function addShapes(stories: Story[], part: string, root: XmlElement, paragraphs: DocxParagraph[], inDecorationPart: boolean): void {
  const boxes = new Map<XmlElement, DocxParagraph[]>();
  for (const p of paragraphs) {
    if (p.kind !== 'textbox' || !p.textbox) continue;
    const list = boxes.get(p.textbox) ?? [];
    list.push(p);
    boxes.set(p.textbox, list);
  }
  for (const [box, list] of boxes) {
    const container = shapeContainer(box);
    const watermark = WATERMARK_NAME.test(shapeName(container));
    if (list.some((p) => p.text !== '')) stories.push(textStory(watermark ? 'watermark' : 'textbox', part, list, inDecorationPart || watermark, container));
  }
  for (const el of descendants(root)) {
    if (el.name !== 'v:textpath' || hasAncestor(el, 'mc:Fallback')) continue;
    const text = el.attrs['string'] ?? '';
    if (text === '') continue;
    stories.push({ kind: 'watermark', part, text, paragraphs: [], target: shapeContainer(el), decoration: true });
  }
}

/** The element to remove with a shape: its mc:AlternateContent (both copies), w:pict or w:drawing. */
export function shapeContainer(el: XmlElement): XmlElement {
  let best = el;
  for (let p = el.parent; p && p.name !== 'w:r' && p.name !== 'w:p' && p.name !== 'w:body'; p = p.parent) {
    if (p.name === 'mc:AlternateContent' || p.name === 'w:pict' || p.name === 'w:drawing' || p.name === 'w:object') best = p;
  }
  return best;
}

function shapeName(container: XmlElement): string {
  const names: string[] = [];
  for (const el of [container, ...descendants(container)]) {
    if (el.name === 'wp:docPr' || el.name === 'v:shape') names.push(el.attrs['name'] ?? '', el.attrs['id'] ?? '', el.attrs['descr'] ?? '');
  }
  return names.join(' ');
}

function addProperties(stories: Story[], root: XmlElement | undefined, part: string, rootName: string, names: string[]): void {
  const props = root && firstChild(root, rootName);
  if (!props) return;
  for (const el of childElements(props)) {
    if (!names.includes(el.name)) continue;
    const text = textContent(el);
    if (text.trim() !== '') stories.push({ kind: 'property', part, text, paragraphs: [], target: el, property: el.name, decoration: true });
  }
}

function addCustomProperties(stories: Story[], root: XmlElement | undefined): void {
  const props = root && firstChild(root, 'Properties');
  if (!props) return;
  for (const prop of childElements(props, 'property')) {
    const value = firstChild(prop, 'vt:lpwstr') ?? firstChild(prop, 'vt:lpstr');
    const text = value ? textContent(value) : '';
    if (value && text.trim() !== '') stories.push({ kind: 'property', part: 'docProps/custom.xml', text, paragraphs: [], target: value, property: prop.attrs['name'] ?? 'property', decoration: true });
  }
}

interface Relationship {
  type: string;
  target: string;
}

function relationships(root: XmlElement | undefined, dir: string): Relationship[] {
  const rels = root && firstChild(root, 'Relationships');
  if (!rels) return [];
  return childElements(rels, 'Relationship')
    .filter((r) => r.attrs['TargetMode'] !== 'External')
    .map((r) => ({ type: (r.attrs['Type'] ?? '').replace(/.*\//, ''), target: resolveTarget(dir, r.attrs['Target'] ?? '') }));
}

function officeDocumentPart(root: XmlElement | undefined): string | undefined {
  return relationships(root, '').find((r) => r.type === 'officeDocument')?.target;
}

export function resolveTarget(dir: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

function deletedCharacters(root: XmlElement): number {
  let n = 0;
  for (const el of descendants(root)) if (el.name === 'w:delText') n += textContent(el).length;
  return n;
}
