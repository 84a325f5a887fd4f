/**
 * Paragraphs and runs of one part, in document order, each with the XML element it came from so an edit
 * can be mapped back to the exact characters of a w:t. Deleted tracked text (w:del, w:moveFrom) is not
 * text; inserted text (w:ins) is. The VML copy of a shape (mc:Fallback) is skipped so nothing counts twice.
 */
import type { Numbering } from './numbering';
import { readNumPr, isOn, type Styles } from './styles';
import { firstChild, type XmlElement } from './xml';

export type StoryKind = 'body' | 'header' | 'footer' | 'footnote' | 'endnote' | 'comment' | 'textbox';
export type Invisibility = 'hidden' | 'white' | 'tiny';

export interface TextSegment {
  el: XmlElement;
  kind: 't' | 'tab' | 'br';
  text: string;
  /** Offset in the paragraph's text (label included); invisible runs have none. */
  start: number;
}

export interface DocxRun {
  el: XmlElement;
  invisible?: Invisibility;
  /** Inside a field (w:fldSimple, or between a w:fldChar begin and end): its text is the field's result. */
  inField: boolean;
  text: string;
  segments: TextSegment[];
}

/** Consecutive invisible runs with their text: where ads hide from the eye but not from a copy. */
export interface HiddenPiece {
  runs: DocxRun[];
  text: string;
  reason: Invisibility;
  /** Where in the paragraph's visible text it sits. */
  offset: number;
}

export interface DocxParagraph {
  part: string;
  /** Index of this w:p among all w:p elements of the part, in document order (0-based). */
  index: number;
  kind: StoryKind;
  el: XmlElement;
  styleId?: string;
  styleName?: string;
  /** The numbering label Word shows (一、), '' if none. */
  label: string;
  /** label + the visible runs. */
  text: string;
  runs: DocxRun[];
  hidden: HiddenPiece[];
  /** The paragraph mark carries the section properties: the paragraph may be emptied, never removed. */
  hasSectPr: boolean;
  /** Holds a field (a PAGE number, a date): such a paragraph is cut, never removed whole. */
  hasField: boolean;
  /** The mark is hidden and nothing visible is left: Word shows no line for it. */
  wholeHidden: boolean;
  /** The nearest w:txbxContent when kind is textbox. */
  textbox?: XmlElement;
}

/** Tiny text: at most 2 pt (w:sz is in half-points). */
export const TINY_HALF_POINTS = 4;

const SKIP_IN_PARAGRAPH = new Set(['w:del', 'w:moveFrom', 'w:pPr', 'mc:Fallback', 'w:txbxContent', 'w:rPr', 'm:oMath', 'm:oMathPara']);

export function collectParagraphs(part: string, root: XmlElement, kind: StoryKind, styles: Styles, numbering: Numbering): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  let index = 0;
  const walk = (el: XmlElement, inFallback: boolean, textbox: XmlElement | undefined, skipStory: boolean): void => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.name === 'w:p') {
        const i = index++;
        if (!inFallback && !skipStory) out.push(readParagraph(part, i, c, textbox ? 'textbox' : kind, styles, numbering, textbox));
        walk(c, inFallback, textbox, skipStory);
        continue;
      }
      const separator = (c.name === 'w:footnote' || c.name === 'w:endnote') && /separator|continuationNotice/i.test(c.attrs['w:type'] ?? '');
      walk(c, inFallback || c.name === 'mc:Fallback', c.name === 'w:txbxContent' ? c : textbox, skipStory || separator);
    }
  };
  walk(root, false, undefined, false);
  return out;
}

function readParagraph(part: string, index: number, p: XmlElement, kind: StoryKind, styles: Styles, numbering: Numbering, textbox?: XmlElement): DocxParagraph {
  const pPr = firstChild(p, 'w:pPr');
  const styleId = firstChild(pPr, 'w:pStyle')?.attrs['w:val'];
  const label = numberingLabel(pPr, styleId, styles, numbering);
  const runs: DocxRun[] = [];
  const background = shaded(pPr) || inShadedCell(p);
  let fieldDepth = 0;
  let hasField = false;
  const collect = (el: XmlElement, inSimpleField: boolean): void => {
    for (const c of el.children) {
      if (c.type !== 'element' || SKIP_IN_PARAGRAPH.has(c.name)) continue;
      if (c.name === 'w:r') {
        const type = firstChild(c, 'w:fldChar')?.attrs['w:fldCharType'];
        if (type === 'begin') fieldDepth++;
        runs.push(readRun(c, styleId, styles, background, inSimpleField || fieldDepth > 0));
        if (type === 'end' && fieldDepth > 0) fieldDepth--;
        if (type) hasField = true;
      } else if (c.name !== 'w:p') {
        if (c.name === 'w:fldSimple') hasField = true;
        collect(c, inSimpleField || c.name === 'w:fldSimple');
      }
    }
  };
  collect(p, false);
  let text = label;
  const hidden: HiddenPiece[] = [];
  for (const run of runs) {
    if (run.invisible) {
      if (run.text === '') continue;
      const last = hidden[hidden.length - 1];
      if (last && last.offset === text.length && last.reason === run.invisible) {
        last.runs.push(run);
        last.text += run.text;
      } else hidden.push({ runs: [run], text: run.text, reason: run.invisible, offset: text.length });
      continue;
    }
    for (const s of run.segments) {
      s.start = text.length;
      text += s.text;
    }
  }
  const markHidden = isOn(firstChild(firstChild(pPr, 'w:rPr'), 'w:vanish')) === true;
  return {
    part,
    index,
    kind,
    el: p,
    styleId,
    styleName: styles.name(styleId),
    label,
    text,
    runs,
    hidden,
    hasSectPr: !!firstChild(pPr, 'w:sectPr'),
    hasField,
    wholeHidden: markHidden && text === label && runs.every((r) => r.invisible || r.text === ''),
    textbox,
  };
}

function numberingLabel(pPr: XmlElement | undefined, styleId: string | undefined, styles: Styles, numbering: Numbering): string {
  const direct = readNumPr(firstChild(pPr, 'w:numPr'));
  const fromStyle = styles.numPrOf(styleId);
  const numId = direct?.numId ?? fromStyle?.numPr.numId;
  if (numId === undefined || numId === '0') return '';
  const ilvl = direct?.ilvl ?? fromStyle?.numPr.ilvl ?? (fromStyle ? numbering.levelForStyle(numId, fromStyle.styleId) : 0);
  return numbering.next(numId, ilvl)?.text ?? '';
}

/** A fill or highlight under the text: white text on it is visible (a red title bar, a shaded cell). */
function shaded(props: XmlElement | undefined): boolean {
  const fill = firstChild(props, 'w:shd')?.attrs['w:fill'];
  const highlight = firstChild(props, 'w:highlight')?.attrs['w:val'];
  return (fill !== undefined && !/^(auto|FFFFFF|)$/i.test(fill)) || (highlight !== undefined && highlight !== 'none' && highlight !== 'white');
}

function inShadedCell(p: XmlElement): boolean {
  for (let e = p.parent; e; e = e.parent) {
    if (e.name === 'w:tc' && shaded(firstChild(e, 'w:tcPr'))) return true;
    if (e.name === 'w:tbl' && shaded(firstChild(e, 'w:tblPr'))) return true;
  }
  return false;
}

function readRun(r: XmlElement, paraStyle: string | undefined, styles: Styles, background: boolean, inField: boolean): DocxRun {
  const rPr = firstChild(r, 'w:rPr');
  const flags = styles.runFlags(rPr, firstChild(rPr, 'w:rStyle')?.attrs['w:val'], paraStyle);
  const white = /^(FFFFFF|white)$/i.test(flags.color) && !background && !shaded(rPr);
  const invisible: Invisibility | undefined = flags.vanish ? 'hidden' : white ? 'white' : flags.size <= TINY_HALF_POINTS ? 'tiny' : undefined;
  const segments: TextSegment[] = [];
  for (const c of r.children) {
    if (c.type !== 'element') continue;
    if (c.name === 'w:t') segments.push({ el: c, kind: 't', text: c.children.map((t) => (t.type === 'text' ? t.text : '')).join(''), start: -1 });
    else if (c.name === 'w:tab' || c.name === 'w:ptab') segments.push({ el: c, kind: 'tab', text: '\t', start: -1 });
    else if (c.name === 'w:br' && (c.attrs['w:type'] ?? 'textWrapping') === 'textWrapping') segments.push({ el: c, kind: 'br', text: '\n', start: -1 });
    else if (c.name === 'w:cr') segments.push({ el: c, kind: 'br', text: '\n', start: -1 });
    else if (c.name === 'w:noBreakHyphen') segments.push({ el: c, kind: 'tab', text: '\u2011', start: -1 });
  }
  return { el: r, invisible, inField, text: segments.map((s) => s.text).join(''), segments };
}

/** What frames a page number field: 第 1 页 共 5 页, 1 / 5, - 1 -. */
const PAGE_FRAME = /[第页共\s/\-—－·]/;

/** For each character of the paragraph's text: part of a field's result or of the 第…页 around it. */
export function fieldFrame(paragraph: DocxParagraph): boolean[] {
  const text = paragraph.text;
  const kept = new Array<boolean>(text.length).fill(false);
  for (const run of paragraph.runs) {
    if (!run.inField || run.invisible) continue;
    for (const s of run.segments) {
      let from = s.start;
      let to = s.start + s.text.length;
      while (from > 0 && PAGE_FRAME.test(text[from - 1])) from--;
      while (to < text.length && PAGE_FRAME.test(text[to])) to++;
      for (let i = from; i < to; i++) kept[i] = true;
    }
  }
  return kept;
}
