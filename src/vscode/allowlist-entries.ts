/**
 * The value written to `studyReport.residue.allow`: the settings schema wants an array of strings,
 * so whatever is there (a hand-edited wrong shape included) becomes one, with the new text added once.
 * Returns undefined when the text is already allowed, so nothing is written.
 */
export function withAllowedText(existing: unknown, text: string): string[] | undefined {
  const list = Array.isArray(existing) ? existing.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
  if (text.length === 0 || list.includes(text)) return undefined;
  return [...list, text];
}
