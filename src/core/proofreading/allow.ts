/**
 * 'Ignore this here' for proofreading findings. A mark or a word is too short to be an allowlist entry
 * of its own (a bare ， would silence every comma), so the entry is the finding with some text around it,
 * and it allows a finding only where the entry occurs in the document around that very finding.
 */
const CONTEXT = 6;

/** The allowlist entry for a finding: its text with up to six characters either side, within its line. */
export function allowSnippet(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < CONTEXT && !isLineBreak(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < CONTEXT && !isLineBreak(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

/** Whether an entry occurs in the text covering [start, end) (entries shorter than two characters are ignored). */
export function isAllowedInPlace(text: string, start: number, end: number, allow: readonly string[]): boolean {
  for (const entry of allow) {
    if (typeof entry !== 'string' || entry.length < 2 || entry.length < end - start) continue;
    // Only placements of the entry that can cover the finding: a window of twice its length, not the text.
    const from = Math.max(0, end - entry.length);
    const window = text.slice(from, start + entry.length);
    for (let at = window.indexOf(entry); at >= 0 && from + at <= start; at = window.indexOf(entry, at + 1)) {
      if (from + at + entry.length >= end) return true;
    }
  }
  return false;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}
