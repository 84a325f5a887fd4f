/**
 * Cleaning a .docx in place. Body, notes, comments and text boxes get the engine's safe fixes, mapped to
 * their runs; headers, footers, watermarks and properties that carry certain residue lose the paragraph,
 * shape or value; invisible runs that carry residue are removed. Every part without a change keeps its
 * exact bytes, and inside a changed part every element outside an edit keeps its exact characters.
 */
import { safeEdits } from '../engine';
import type { EngineOptions } from '../options';
import type { Category, Messages, TextEdit } from '../types';
import { analyzeDocx, paragraphAt, type DocxFinding } from './analyze';
import { readDocument, type DocxDocument, type PieceKind, type Story } from './document';
import { encodeXml, readPackage, writePackage, type DocxPackage } from './package';
import { PartEditor } from './part-editor';
import { cutOutsideFields, planTextEdit, removable, removeOrEmpty } from './text-edits';

export interface RemovedItem {
  /** Stable across passes: the Quick Pick unticks by it. */
  key: string;
  kind: PieceKind;
  part: string;
  paragraph?: number;
  property?: string;
  ruleId: string;
  category: Category;
  message: Messages;
  /** What goes: the flagged text. */
  text: string;
  /** How: a whole paragraph, a cut inside runs, a shape, a property value, invisible runs. */
  action: 'paragraph' | 'cut' | 'shape' | 'property' | 'runs';
}

export interface CleanOptions extends EngineOptions {
  /** Keys of items to leave (unticked in the editor). */
  keep?: ReadonlySet<string>;
}

export interface CleanResult {
  bytes: Uint8Array;
  changed: boolean;
  removed: RemovedItem[];
  /** Safe fixes the engine proposed that a Word document cannot take as they are (left for the user). */
  unapplied: number;
}

const MAX_PASSES = 8;

/** Kind, part, property, rule and text: the same ad in two headers can be kept in one and removed in the other. */
export function itemKey(f: DocxFinding): string {
  return [f.kind, f.part, f.property ?? '', f.finding.ruleId, f.finding.text].join('\u0000');
}

export function cleanDocx(bytes: Uint8Array, options: CleanOptions = {}): CleanResult {
  let pkg = readPackage(bytes);
  const removed: RemovedItem[] = [];
  let unapplied = 0;
  let changed = false;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const doc = readDocument(pkg);
    const step = planPass(doc, options);
    if (pass === 0) unapplied = step.unapplied;
    if (step.editors.size === 0) break;
    const next = renderParts(doc, step.editors);
    if (next === undefined) break;
    removed.push(...step.removed);
    pkg = next;
    changed = true;
  }
  return { bytes: changed ? writePackage(pkg) : bytes, changed, removed, unapplied };
}

interface PassPlan {
  editors: Map<string, PartEditor>;
  removed: RemovedItem[];
  unapplied: number;
}

function planPass(doc: DocxDocument, options: CleanOptions): PassPlan {
  const analysis = analyzeDocx(doc, options);
  const editors = new Map<string, PartEditor>();
  const editorOf = (part: string): PartEditor => {
    let e = editors.get(part);
    if (!e) editors.set(part, (e = new PartEditor()));
    return e;
  };
  const removed: RemovedItem[] = [];
  let unapplied = 0;
  const byStory = new Map<Story, DocxFinding[]>();
  for (const f of analysis.findings) {
    if (options.keep?.has(itemKey(f))) continue;
    const list = byStory.get(f.story) ?? [];
    list.push(f);
    byStory.set(f.story, list);
  }
  for (const [story, found] of byStory) {
    const item = (f: DocxFinding, action: RemovedItem['action']): RemovedItem => ({
      key: itemKey(f),
      kind: f.kind,
      part: f.part,
      paragraph: f.paragraph,
      property: f.property,
      ruleId: f.finding.ruleId,
      category: f.finding.category,
      message: f.finding.message,
      text: f.finding.text,
      action,
    });
    const certain = found.filter((f) => f.finding.fix?.safe && (story.kind === 'body' || f.finding.category === 'residue'));
    if (certain.length === 0) continue;
    const editor = editorOf(story.part);
    if (story.kind === 'hidden') {
      for (const run of story.hidden!.piece.runs) editor.remove(run.el);
      removed.push(item(certain[0], 'runs'));
    } else if (story.kind === 'property') {
      editor.empty(story.target!);
      removed.push(item(certain[0], 'property'));
    } else if (story.target && (story.decoration || coversAllText(story, certain))) {
      // A watermark, an ad box in a header, or a text box that is all residue: the shape goes, with its VML copy.
      editor.removeShape(story.target);
      removed.push(item(certain[0], 'shape'));
    } else if (story.decoration) {
      // A header or footer line with residue is not report text: the whole paragraph goes.
      const done = new Set<number>();
      for (const f of certain) {
        for (const sp of story.paragraphs) {
          const pe = sp.start + sp.paragraph.text.length;
          if (pe < f.finding.start || sp.start > f.finding.end || done.has(sp.paragraph.index)) continue;
          if (sp.paragraph.text.trim() === '' && !(sp.start <= f.finding.start && f.finding.start < pe)) continue;
          done.add(sp.paragraph.index);
          if (sp.paragraph.hasField || !removable(editor, sp.paragraph, [])) {
            // A footer line with a PAGE field: the ad text goes, the page number stays.
            for (const g of certain) {
              const a = Math.max(g.finding.start, sp.start) - sp.start;
              const b = Math.min(g.finding.end, pe) - sp.start;
              if (b > a) cutOutsideFields(editor, sp.paragraph, a, b);
            }
            removed.push({ ...item(f, 'cut'), paragraph: sp.paragraph.index });
          } else {
            removeOrEmpty(editor, sp.paragraph);
            removed.push({ ...item(f, 'paragraph'), paragraph: sp.paragraph.index, text: sp.paragraph.text });
          }
        }
      }
    } else {
      const edits = safeEdits(certain.map((f) => f.finding));
      for (const edit of edits) {
        const paragraphsRemoved = planTextEdit(editor, story.paragraphs, edit);
        if (!paragraphsRemoved) {
          unapplied++;
          continue;
        }
        const f = findingOf(certain, edit);
        if (f) removed.push({ ...item(f, paragraphsRemoved.length ? 'paragraph' : 'cut'), paragraph: (paragraphsRemoved[0] ?? paragraphAt(story, edit.start))?.index });
      }
    }
  }
  for (const [part, editor] of [...editors]) if (editor.isEmpty) editors.delete(part);
  return { editors, removed, unapplied };
}

function findingOf(findings: DocxFinding[], edit: TextEdit): DocxFinding | undefined {
  return findings.find((f) => f.finding.fix?.edits.some((e) => e.start === edit.start && e.end === edit.end && e.newText === edit.newText));
}

/** True when the findings cover every non-space character of the story. */
function coversAllText(story: Story, found: DocxFinding[]): boolean {
  const covered = new Array<boolean>(story.text.length).fill(false);
  for (const f of found) for (let i = f.finding.start; i < f.finding.end && i < covered.length; i++) covered[i] = true;
  for (let i = 0; i < story.text.length; i++) if (!covered[i] && !/\s/.test(story.text[i])) return false;
  return true;
}

/** The package with the edited parts re-encoded, or undefined if no part changed. */
function renderParts(doc: DocxDocument, editors: Map<string, PartEditor>): DocxPackage | undefined {
  const entries = new Map(doc.pkg.entries);
  let any = false;
  for (const [part, editor] of editors) {
    const source = doc.xml.get(part);
    if (source === undefined) continue;
    const next = editor.render(source);
    if (next === source) continue;
    entries.set(part, encodeXml(next, doc.encodings.get(part) ?? 'utf-8'));
    any = true;
  }
  return any ? { names: doc.pkg.names, entries } : undefined;
}

/** Re-reads a cleaned package (tests and callers that want the result as a document). */
export function reopen(bytes: Uint8Array): DocxDocument {
  return readDocument(readPackage(bytes));
}
