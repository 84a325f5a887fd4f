import type { Messages } from '../types';

/**
 * A frame the writer starts from. `body` is in VS Code snippet syntax (one string a line) after
 * `numberStops`: the same data feeds the snippets file, the insert command and the tests.
 */
export interface Template {
  /** Stable id; also the snippet's name in snippets/*.json. */
  id: string;
  /** frame: a whole document; line: an opening or closing line; heading: one heading or enumeration. */
  kind: 'frame' | 'line' | 'heading';
  label: Messages;
  /** Snippet prefixes: pinyin initials first (typed without an input method), then Chinese words. */
  prefixes: string[];
  body: string[];
}
