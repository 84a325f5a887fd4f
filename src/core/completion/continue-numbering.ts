import { matchHeading } from '../sections';
import type { TextModel } from '../text-model';
import type { TextEdit } from '../types';
import { formatEnumerator, formatMarker, leadingEnumerator } from './markers';

/**
 * What Enter does at `offset` when numbering continues on Enter (a setting, off by default), the way
 * numbered lists behave in word processors:
 * - at the end of a heading or 一是 line with text: a new line with the next marker (（二）→（三）),
 * - on a line that holds only a marker: the marker is removed, ending the numbering,
 * - anywhere else: undefined, and Enter stays a plain line break.
 */
export function continueNumbering(model: TextModel, offset: number): TextEdit | undefined {
  const position = model.positionAt(offset);
  const line = model.lines[position.line];
  if (line.text.slice(position.character).trim() !== '') return undefined;
  const indent = /^[ \t\u3000]*/.exec(line.text)![0];
  const eol = line.eol || model.lines.find((l) => l.eol !== '')?.eol || '\n';

  const heading = matchHeading(line.text);
  if (heading) {
    const rest = line.text.slice(heading.offset + heading.marker.length).trim();
    if (rest === '') return { start: line.start + heading.offset, end: line.end, newText: '' };
    if (heading.ordinal >= 99) return undefined;
    return { start: offset, end: offset, newText: eol + indent + formatMarker(heading.level, heading.ordinal + 1) };
  }
  const enumerator = leadingEnumerator(line.text);
  if (enumerator > 0 && enumerator < 99) {
    const marker = formatEnumerator(enumerator);
    const rest = line.text.slice(indent.length + marker.length).trim();
    if (rest === '') return { start: line.start + indent.length, end: line.end, newText: '' };
    return { start: offset, end: offset, newText: eol + indent + formatEnumerator(enumerator + 1) };
  }
  return undefined;
}
