/**
 * The user's allowlist ('this is not residue'). An entry matches a flagged text when one contains the
 * other, compared without surrounding blanks; entries shorter than two characters are ignored so that a
 * stray "：" cannot silence everything.
 */
export function isAllowedText(flagged: string, allow: readonly string[]): boolean {
  if (allow.length === 0) return false;
  const text = flagged.trim();
  if (text === '') return false;
  for (const entry of allow) {
    const e = typeof entry === 'string' ? entry.trim() : '';
    if (e.length < 2) continue;
    if (text.includes(e) || e.includes(text)) return true;
  }
  return false;
}
