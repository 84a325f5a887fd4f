/**
 * Splits a line into the pieces residue is glued to: sentences (ended by 。！？；), a site bracket at the
 * very start (【XX素材网】一、…) and a bracketed note at the very end (…指正。（来源：XX文库）).
 */

export interface Segment {
  /** Offsets within the line text. */
  start: number;
  end: number;
}

// Code units, not one-character strings: this runs over every character of every line.
const ENDERS = new Set(['。', '！', '？', '；', '!', '?', ';'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set(['”', '’', '"', '\'', '）', ')', '】', '」', '』', '》'].map((c) => c.charCodeAt(0)));
const LEADING_BRACKET = /^[\s\u3000]*[【〖［\[][^【】〖〗［］\[\]\n]{1,24}[】〗］\]]/;
const TRAILING_NOTE = /[（(【〖［\[][^（）()【】〖〗\n]{1,40}[）)】〗］\]][\s\u3000]*$/;
const NON_BLANK = /\S/g;
const ADDRESS_CHAR = /[A-Za-z0-9\/=&%_.-]/;

export function splitSegments(text: string): Segment[] {
  const cuts: number[] = [];
  const lead = LEADING_BRACKET.exec(text);
  if (lead && lead[0].length < text.trimEnd().length) cuts.push(lead[0].length);
  for (let i = 0; i < text.length; i++) {
    // A half-width full stop after Chinese (…逾期不再受理.) ends a sentence of text copied from a web page.
    const halfStop = text.charCodeAt(i) === 0x2e && i > 0 && isCjk(text.charCodeAt(i - 1)) && !/[A-Za-z0-9]/.test(text[i + 1] ?? ' ');
    if (!ENDERS.has(text.charCodeAt(i)) && !halfStop) continue;
    // ? and ; inside an address (…/?s=心得, a=1;b=2) end no sentence.
    if (text.charCodeAt(i) < 0x80 && i > 0 && ADDRESS_CHAR.test(text[i - 1]) && ADDRESS_CHAR.test(text[i + 1] ?? ' ')) continue;
    let j = i + 1;
    while (j < text.length && (ENDERS.has(text.charCodeAt(j)) || CLOSERS.has(text.charCodeAt(j)))) j++;
    if (j < text.length) cuts.push(j);
    i = j - 1;
  }
  // Only look for a trailing note in the last 60 characters: notes are short, lines can be very long.
  const tailFrom = Math.max(0, text.length - 60);
  const note = TRAILING_NOTE.exec(text.slice(tailFrom));
  if (note && tailFrom + note.index > 0) cuts.push(tailFrom + note.index);
  // Repeated cuts need no removal: a cut equal to the current start adds no segment below.
  const points = cuts.filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  let start = 0;
  for (const p of points) {
    if (p > start) segments.push({ start, end: p });
    start = Math.max(start, p);
  }
  segments.push({ start, end: text.length });
  return segments.filter((s) => hasNonBlank(text, s.start, s.end));
}

function isCjk(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** Same as text.slice(start, end).trim() !== '' (\S is the complement of what trim removes), without the copy. */
function hasNonBlank(text: string, start: number, end: number): boolean {
  NON_BLANK.lastIndex = start;
  const m = NON_BLANK.exec(text);
  return m !== null && m.index < end;
}
