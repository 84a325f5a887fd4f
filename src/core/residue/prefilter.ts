/**
 * A cheap test that a line cannot hold residue evidence, so the line skips sentence splitting and weighing.
 * Every test here is a necessary condition for a piece of the line to have evidence: a regex with its
 * anchors and lookarounds removed matches a superset of texts, and a match inside a piece is also a match
 * inside the whole line. Most lines of a report are prose and fail all of them.
 */

/**
 * The source of `re` without ^, $ and lookaround groups: it matches wherever `re` matches (and more),
 * also when the text around a piece is the rest of its line. Character classes and escapes are kept.
 */
export function loosenSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    if (c === '^' || c === '$') continue;
    if (c === '(' && /^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      i = groupEnd(source, i);
      continue;
    }
    out += c;
  }
  return out;
}

/** Index of the ')' closing the group opened at `open`, skipping escapes, classes and nested groups. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

/** A regex that matches wherever any of `sources` would, anchors and lookarounds set aside. */
export function looseUnion(sources: readonly string[], flags: string): RegExp {
  return new RegExp(sources.map((s) => `(?:${loosenSource(s)})`).join('|'), flags);
}
