import { FRAMES } from './frames';
import { HEADINGS } from './headings';
import { LINES } from './lines';
import { renderSnippet } from './snippet-syntax';
import type { Template } from './types';

export type { Template } from './types';
export { renderSnippet, type RenderedSnippet, type TabStop } from './snippet-syntax';
export { toSnippetFile, SNIPPET_FILES, type SnippetFile } from './snippet-file';

/** Every template, in the order the insert command lists them. */
export const ALL_TEMPLATES: readonly Template[] = [...FRAMES, ...LINES, ...HEADINGS];

/** The snippet body as one string (what SnippetString and snippets/*.json receive). */
export function snippetBody(template: Template): string {
  return template.body.join('\n');
}

/**
 * One line that shows what a template gives: the level-1 headings of a frame joined with ／, or the
 * rendered line itself.
 */
export function previewLine(template: Template): string {
  const lines = renderSnippet(snippetBody(template)).text.split('\n');
  const headings = lines.filter((l) => /^[一二三四五六七八九十]+、/.test(l));
  return headings.length > 1 ? headings.join(' ／ ') : lines[0];
}
