/**
 * Edits planned on one XML part and rendered in one go, so two cuts in the same w:t or a cut inside a
 * removed paragraph never collide. Everything not named here keeps its exact characters.
 */
import type { DocxRun, TextSegment } from './paragraphs';
import { applyXmlEdits, escapeText, type XmlEdit, type XmlElement } from './xml';

interface Cut {
  /** Local offsets in the segment's decoded text. */
  a: number;
  b: number;
  insert: string;
}

/** Run children that carry no content of their own: a run left with only these is removed. */
const NOT_CONTENT = new Set(['w:rPr', 'w:lastRenderedPageBreak', 'w:softHyphen']);

export class PartEditor {
  private readonly removed = new Set<XmlElement>();
  private readonly emptied = new Set<XmlElement>();
  private readonly cuts = new Map<TextSegment, { run: DocxRun; cuts: Cut[] }>();

  get isEmpty(): boolean {
    return this.removed.size === 0 && this.emptied.size === 0 && this.cuts.size === 0;
  }

  isRemoved(el: XmlElement): boolean {
    for (let e: XmlElement | undefined = el; e; e = e.parent) if (this.removed.has(e)) return true;
    return false;
  }

  remove(el: XmlElement): void {
    this.removed.add(el);
  }

  /** Keeps the element's tags, drops its content (a property value). */
  empty(el: XmlElement): void {
    this.emptied.add(el);
  }

  /** Removes a shape; its run goes too when the shape is all the run holds. */
  removeShape(container: XmlElement): void {
    const run = container.parent;
    if (run && run.name === 'w:r' && run.children.every((c) => c.type !== 'element' || c === container || NOT_CONTENT.has(c.name))) this.remove(run);
    else this.remove(container);
  }

  cut(run: DocxRun, segment: TextSegment, a: number, b: number, insert: string): void {
    const entry = this.cuts.get(segment) ?? { run, cuts: [] };
    entry.cuts.push({ a, b, insert });
    this.cuts.set(segment, entry);
  }

  render(source: string): string {
    const edits: XmlEdit[] = [];
    const runsTouched = new Map<DocxRun, Map<TextSegment, string>>();
    for (const [segment, { run, cuts }] of this.cuts) {
      const next = applyCuts(segment.text, cuts);
      const map = runsTouched.get(run) ?? new Map<TextSegment, string>();
      map.set(segment, next);
      runsTouched.set(run, map);
    }
    for (const [run, changed] of runsTouched) {
      if (this.isRemoved(run.el)) continue;
      if (runBecomesEmpty(run, changed)) {
        edits.push({ start: run.el.start, end: run.el.end, text: '' });
        continue;
      }
      for (const [segment, next] of changed) edits.push(segmentEdit(segment, next));
    }
    for (const el of this.removed) edits.push({ start: el.start, end: el.end, text: '' });
    for (const el of this.emptied) if (!this.isRemoved(el)) edits.push({ start: el.openEnd, end: el.closeStart, text: '' });
    return applyXmlEdits(source, edits);
  }
}

function applyCuts(text: string, cuts: Cut[]): string {
  const sorted = [...cuts].sort((x, y) => y.a - x.a);
  let out = text;
  for (const c of sorted) out = out.slice(0, c.a) + c.insert + out.slice(c.b);
  return out;
}

/** True when nothing with content is left in the run after the cuts. */
function runBecomesEmpty(run: DocxRun, changed: Map<TextSegment, string>): boolean {
  const bySegment = new Map(run.segments.map((s) => [s.el, s] as const));
  return run.el.children.every((c) => {
    if (c.type !== 'element' || NOT_CONTENT.has(c.name)) return true;
    const segment = bySegment.get(c);
    if (!segment) return false;
    const next = changed.has(segment) ? changed.get(segment)! : segment.text;
    return next === '';
  });
}

function segmentEdit(segment: TextSegment, next: string): XmlEdit {
  const el = segment.el;
  if (next === '') return { start: el.start, end: el.end, text: '' };
  if (segment.kind !== 't') return { start: el.start, end: el.end, text: `<w:t xml:space="preserve">${escapeText(next)}</w:t>` };
  const needsPreserve = /^\s|\s$/.test(next) && el.attrs['xml:space'] !== 'preserve';
  if (needsPreserve || el.openEnd === el.closeStart) return { start: el.start, end: el.end, text: `<${el.name} xml:space="preserve">${escapeText(next)}</${el.name}>` };
  return { start: el.openEnd, end: el.closeStart, text: escapeText(next) };
}
