/**
 * Maps an edit of a story's text (what the engine fixed) onto its paragraphs and runs: a whole line
 * removed removes its w:p; a cut inside a line is cut run by run. An edit Word cannot take as it is —
 * joining two paragraphs, rewriting a numbering label, inserting a line break — is refused whole, never
 * approximated.
 */
import type { TextEdit } from '../types';
import type { StoryParagraph } from './document';
import type { PartEditor } from './part-editor';
import { fieldFrame, type DocxParagraph } from './paragraphs';
import { descendants, type XmlElement } from './xml';

/** Content a paragraph must not lose with its text: pictures, objects, note references. */
const KEEP = new Set(['w:drawing', 'w:pict', 'w:object', 'w:footnoteReference', 'w:endnoteReference']);

export interface ParagraphRemoval {
  paragraph: DocxParagraph;
}

/**
 * Plans `edit` in `editor`. Returns the paragraphs removed, or undefined if the edit cannot be made
 * (nothing planned then).
 */
export function planTextEdit(editor: PartEditor, paragraphs: readonly StoryParagraph[], edit: TextEdit): DocxParagraph[] | undefined {
  const { start, end, newText } = edit;
  if (newText.includes('\n')) return undefined;
  const last = paragraphs.length - 1;
  const claimed = new Set<number>(); // index i: the newline after paragraph i
  const removals: DocxParagraph[] = [];
  const partial: { sp: StoryParagraph; a: number; b: number }[] = [];
  paragraphs.forEach((sp, i) => {
    const ps = sp.start;
    const pe = ps + sp.paragraph.text.length;
    if (end < ps || start > pe) return;
    const nlAfter = i < last && start <= pe && end >= pe + 1;
    const nlBefore = i > 0 && start <= ps - 1 && end >= ps;
    const full = start <= ps && end >= pe;
    if (full && nlAfter && !claimed.has(i) && removable(editor, sp.paragraph, removals)) {
      claimed.add(i);
      removals.push(sp.paragraph);
    } else if (full && nlBefore && !claimed.has(i - 1) && removable(editor, sp.paragraph, removals)) {
      claimed.add(i - 1);
      removals.push(sp.paragraph);
    } else {
      const a = Math.max(start, ps) - ps;
      const b = Math.min(end, pe) - ps;
      if (b > a || (newText !== '' && start >= ps && start <= pe)) partial.push({ sp, a, b });
    }
  });
  // Every newline the edit removes must belong to a removed paragraph; otherwise paragraphs would merge.
  for (let i = 0; i < last; i++) {
    const pe = paragraphs[i].start + paragraphs[i].paragraph.text.length;
    if (start <= pe && end >= pe + 1 && !claimed.has(i)) return undefined;
  }
  if (newText !== '' && partial.length === 0) return undefined;
  for (const { sp, a, b } of partial) if (a < sp.paragraph.label.length && b > 0) return undefined;
  let insert = newText;
  for (const { sp, a, b } of partial) {
    if (!cutParagraph(editor, sp.paragraph, a, b, insert, true)) return undefined;
    insert = '';
  }
  insert = newText;
  for (const { sp, a, b } of partial) {
    cutParagraph(editor, sp.paragraph, a, b, insert, false);
    insert = '';
  }
  for (const p of removals) editor.remove(p.el);
  return removals;
}

/** Empties a paragraph's visible text (when it cannot be removed) or removes it. */
export function removeOrEmpty(editor: PartEditor, paragraph: DocxParagraph): 'removed' | 'emptied' {
  if (removable(editor, paragraph, [])) {
    editor.remove(paragraph.el);
    return 'removed';
  }
  cutParagraph(editor, paragraph, paragraph.label.length, paragraph.text.length, '', false);
  for (const piece of paragraph.hidden) for (const run of piece.runs) editor.remove(run.el);
  return 'emptied';
}

/**
 * A paragraph can go when it holds no section break and no picture or note reference, and its
 * container (cell, text box, header, body) keeps at least one other paragraph.
 */
export function removable(editor: PartEditor, paragraph: DocxParagraph, alsoRemoved: readonly DocxParagraph[]): boolean {
  if (paragraph.hasSectPr) return false;
  for (const el of descendants(paragraph.el)) if (KEEP.has(el.name)) return false;
  const parent = paragraph.el.parent;
  if (!parent) return false;
  const gone = new Set<XmlElement>(alsoRemoved.map((p) => p.el));
  return parent.children.some((c) => c.type === 'element' && c.name === 'w:p' && c !== paragraph.el && !gone.has(c) && !editor.isRemoved(c));
}

/**
 * Cuts [a, b) of a header or footer line out of its runs, leaving the fields (the page number) and the
 * characters that frame them (第 … 页 共 … 页) alone.
 */
export function cutOutsideFields(editor: PartEditor, paragraph: DocxParagraph, a: number, b: number): void {
  const kept = fieldFrame(paragraph);
  let i = Math.max(a, paragraph.label.length);
  while (i < b) {
    if (kept[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < b && !kept[j]) j++;
    cutParagraph(editor, paragraph, i, j, '', false, true);
    i = j;
  }
}

/** Cuts [a, b) of the paragraph's text out of its runs and puts `insert` at a. dryRun only checks. */
function cutParagraph(editor: PartEditor, paragraph: DocxParagraph, a: number, b: number, insert: string, dryRun: boolean, keepFields = false): boolean {
  let inserted = insert === '';
  for (const run of paragraph.runs) {
    if (run.invisible || (keepFields && run.inField)) continue;
    for (const s of run.segments) {
      const ss = s.start;
      const se = ss + s.text.length;
      const oa = Math.max(a, ss);
      const ob = Math.min(b, se);
      const touches = ob > oa || (!inserted && s.kind === 't' && a >= ss && a <= se);
      if (!touches) continue;
      if (s.kind !== 't' && !(oa === ss && ob === se)) return false;
      const put = !inserted && s.kind === 't' && a >= ss && a <= se ? insert : '';
      if (put) inserted = true;
      const la = oa - ss;
      if (!dryRun) editor.cut(run, s, la, Math.max(ob - ss, la), put);
    }
  }
  return inserted;
}
