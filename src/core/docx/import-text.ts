/** The visible body of a .docx as a report text, and a count of what was left out of it. */
import type { DocxDocument, PieceKind } from './document';

export interface LeftOut {
  kind: PieceKind | 'deleted';
  /** Pieces (parts, shapes, runs, properties). */
  count: number;
  characters: number;
}

export interface ImportedText {
  /** Body paragraphs joined by \n, numbering labels as text, with a final newline. */
  text: string;
  leftOut: LeftOut[];
}

const ORDER: (PieceKind | 'deleted')[] = ['header', 'footer', 'watermark', 'textbox', 'footnote', 'endnote', 'comment', 'hidden', 'property', 'deleted'];

export function importText(doc: DocxDocument): ImportedText {
  const totals = new Map<PieceKind | 'deleted', LeftOut>();
  const add = (kind: PieceKind | 'deleted', characters: number) => {
    const t = totals.get(kind) ?? { kind, count: 0, characters: 0 };
    t.count++;
    t.characters += characters;
    totals.set(kind, t);
  };
  for (const story of doc.stories) add(story.kind, story.text.length);
  if (doc.deletedCharacters > 0) add('deleted', doc.deletedCharacters);
  const leftOut = ORDER.map((k) => totals.get(k)).filter((t): t is LeftOut => !!t);
  return { text: doc.body.text + '\n', leftOut };
}
