import type { TextModel } from './text-model';
import type { TextEdit } from './types';

/**
 * The edit that removes text[start, end). When nothing but blanks would remain on the line, the whole
 * line goes with its line break, so no empty line is left where residue stood.
 */
export function removeSpan(model: TextModel, start: number, end: number): TextEdit {
  const line = model.lineAt(start);
  const rest = model.text.slice(line.start, start) + model.text.slice(end, line.end);
  if (end <= line.end && rest.trim() === '') return removeLines(model, line.index, line.index);
  return { start, end, newText: '' };
}

/** Removes lines first..last (0-based, inclusive) with their line breaks, keeping the final newline. */
export function removeLines(model: TextModel, first: number, last: number): TextEdit {
  const a = model.lines[first];
  const b = model.lines[last];
  if (b.eol !== '') return { start: a.start, end: b.end + b.eol.length, newText: '' };
  // Last line of the text: take the line break before it instead, so the text keeps its ending.
  if (first === 0) return { start: a.start, end: b.end, newText: '' };
  const previous = model.lines[first - 1];
  return { start: previous.end, end: b.end, newText: '' };
}
