import { analyze, type Section } from '../../core';
import { EXIT_CLEAN, EXIT_ERROR } from '../io';
import { t } from '../messages';
import { engineOptions, printFailure, readInput, type CommandContext } from './context';

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

/**
 * outline: the section tree the editor's Outline shows, from the same parser. One file prints its
 * tree; a folder or several files print one tree per file (JSON: `[{filePath, outline}]`).
 */
export function runOutline(ctx: CommandContext): number {
  const many: Array<{ filePath: string; outline: OutlineNode[] }> = [];
  let failed = false;
  for (const file of ctx.args.files) {
    const read = readInput(file, ctx.io);
    ctx.progress?.step();
    if (!read.ok) {
      printFailure(ctx, read.error);
      failed = true;
      continue;
    }
    const outline = toOutline(analyze(read.doc.text, { ...engineOptions(ctx, file), only: ['numbering'] }).sections);
    const filePath = file === '-' ? '<stdin>' : file;
    if (ctx.many) {
      many.push({ filePath, outline });
      if (ctx.args.format === 'text') ctx.io.stdout(outline.length === 0 ? t(ctx.locale, 'noOutline', filePath) + '\n' : `${filePath}:\n${formatOutline(outline, 1)}`);
    } else if (ctx.args.format === 'json') ctx.io.stdout(JSON.stringify(outline) + '\n');
    else if (outline.length === 0) ctx.io.stdout(t(ctx.locale, 'noOutline', file) + '\n');
    else ctx.io.stdout(formatOutline(outline));
  }
  if (ctx.many && ctx.args.format === 'json') ctx.io.stdout(JSON.stringify(many) + '\n');
  return failed ? EXIT_ERROR : EXIT_CLEAN;
}
