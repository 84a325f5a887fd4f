import { analyze, type Section } from '../../core';
import { EXIT_CLEAN, EXIT_ERROR } from '../io';
import { t } from '../messages';
import { printFailure, readInput, type CommandContext } from './context';

export interface OutlineNode {
  level: number;
  marker: string;
  title: string;
  /** 1-based. */
  line: number;
  children: OutlineNode[];
}

export function toOutline(sections: readonly Section[]): OutlineNode[] {
  return sections.map((s) => ({ level: s.level, marker: s.marker, title: s.title, line: s.line + 1, children: toOutline(s.children) }));
}

function formatOutline(nodes: readonly OutlineNode[], depth = 0): string {
  return nodes.map((n) => `${'  '.repeat(depth)}${n.marker}${n.title}  :${n.line}\n${formatOutline(n.children, depth + 1)}`).join('');
}

/** outline: the section tree the editor's Outline shows, from the same parser. */
export function runOutline(ctx: CommandContext): number {
  const file = ctx.args.files[0];
  const read = readInput(file, ctx.io);
  if (!read.ok) {
    printFailure(ctx, read.error);
    return EXIT_ERROR;
  }
  const outline = toOutline(analyze(read.doc.text, { only: ['numbering'] }).sections);
  if (ctx.args.format === 'json') ctx.io.stdout(JSON.stringify(outline) + '\n');
  else if (outline.length === 0) ctx.io.stdout(t(ctx.locale, 'noOutline', file) + '\n');
  else ctx.io.stdout(formatOutline(outline));
  return EXIT_CLEAN;
}
