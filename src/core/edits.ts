import type { TextEdit } from './types';

/**
 * Applies edits to a text. Edits are sorted by start; an edit overlapping an earlier one is skipped
 * (it is re-found on the next pass of `fix`), so no character is ever touched twice.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) continue;
    parts.push(text.slice(cursor, edit.start), edit.newText);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** Keeps the edits that apply together: sorted, non-overlapping (first wins). */
export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    kept.push(edit);
    cursor = Math.max(cursor, edit.end);
  }
  return kept;
}
