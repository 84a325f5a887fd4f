import type { Template } from './types';

export interface SnippetEntry {
  prefix: string[];
  body: string[];
  description: string;
}
export type SnippetFile = Record<string, SnippetEntry>;

/**
 * The snippet files generated from the templates (scripts/gen-snippets.mjs writes them; a unit test
 * checks the committed files agree). plaintext and markdown get the frames and lines only: the
 * one-heading snippets' short prefixes would crowd ordinary writing there.
 */
export const SNIPPET_FILES: ReadonlyArray<{ path: string; include: (t: Template) => boolean }> = [
  { path: 'snippets/study-report.json', include: () => true },
  { path: 'snippets/plaintext.json', include: (t) => t.kind !== 'heading' },
];

export function toSnippetFile(templates: readonly Template[], include: (t: Template) => boolean): SnippetFile {
  const file: SnippetFile = {};
  for (const t of templates) {
    if (!include(t)) continue;
    file[t.id] = { prefix: [...t.prefixes], body: [...t.body], description: `${t.label.zh} — ${t.label.en}` };
  }
  return file;
}
