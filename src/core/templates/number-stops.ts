/**
 * Frames are written with unnumbered stops — `${:default}`, `${|a,b|}`, `${}` — so a stop can be added
 * in the middle without renumbering by hand. This assigns 1, 2, 3 … in reading order; `$0` (the final
 * cursor) is written explicitly.
 */
export function numberStops(lines: readonly string[]): string[] {
  let next = 1;
  return lines.map((line) =>
    line.replace(/\$\{(:|\||\})/g, (_all, kind: string) => (kind === '}' ? `\${${next++}}` : `\${${next++}${kind}`)),
  );
}
