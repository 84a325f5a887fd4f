import * as fs from 'fs';
import * as path from 'path';
import { importText, type LeftOut, type Locale } from '../../core';
import { isDocxInput } from '../docx-input';
import { describeError } from '../file-io';
import { EXIT_CLEAN, EXIT_ERROR } from '../io';
import { t } from '../messages';
import { printFailure, readInput, type CommandContext } from './context';

/**
 * import: a Word document's visible body as a report text (numbering labels as text), to the sibling .txt
 * or -o (- is standard output). Never overwrites: the output is created exclusively. Standard error says
 * what was left out.
 */
export function runImport(ctx: CommandContext): number {
  const file = ctx.args.files[0];
  const read = readInput(file, ctx.io);
  if (!read.ok) {
    printFailure(ctx, read.error);
    return EXIT_ERROR;
  }
  if (!isDocxInput(read.doc)) {
    printFailure(ctx, { key: 'notWord', args: [file] });
    return EXIT_ERROR;
  }
  const imported = importText(read.doc.docx);
  const output = ctx.args.output ?? (file === '-' ? '-' : siblingTxt(file));
  if (output === '-') ctx.io.stdout(imported.text);
  else {
    const written = createExclusively(output, imported.text);
    if (!written.ok) {
      printFailure(ctx, written.error);
      return EXIT_ERROR;
    }
    ctx.io.stderr(t(ctx.locale, 'imported', file, output) + '\n');
  }
  ctx.io.stderr((imported.leftOut.length ? t(ctx.locale, 'leftOut', describeLeftOut(imported.leftOut, ctx.locale)) : t(ctx.locale, 'nothingLeftOut')) + '\n');
  return EXIT_CLEAN;
}

export function siblingTxt(file: string): string {
  const ext = path.extname(file);
  return (ext ? file.slice(0, -ext.length) : file) + '.txt';
}

/** Writes a temporary file, then links it to the name: the link fails if the name exists, so nothing is overwritten. */
function createExclusively(output: string, text: string): { ok: true } | { ok: false; error: { key: 'outputExists' | 'notFound' | 'ioError' | 'isDirectory' | 'noPermission' | 'notRegular'; args: string[] } } {
  if (fs.existsSync(output)) return { ok: false, error: { key: 'outputExists', args: [output] } };
  const temp = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(temp, text, { flag: 'wx' });
    fs.linkSync(temp, output);
    return { ok: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && fs.existsSync(output)) return { ok: false, error: { key: 'outputExists', args: [output] } };
    return { ok: false, error: describeError(output, error) as { key: 'ioError'; args: string[] } };
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

const KIND_NAMES: Record<LeftOut['kind'], { zh: string; en: string }> = {
  body: { zh: '正文', en: 'body' },
  header: { zh: '页眉', en: 'header(s)' },
  footer: { zh: '页脚', en: 'footer(s)' },
  watermark: { zh: '水印', en: 'watermark(s)' },
  textbox: { zh: '文本框', en: 'text box(es)' },
  footnote: { zh: '脚注', en: 'footnotes part' },
  endnote: { zh: '尾注', en: 'endnotes part' },
  comment: { zh: '批注', en: 'comments part' },
  hidden: { zh: '隐藏或不可见文字', en: 'hidden or invisible run group(s)' },
  property: { zh: '文档属性', en: 'document propert(ies)' },
  deleted: { zh: '修订中已删除的文字', en: 'tracked deletion(s)' },
};

function describeLeftOut(list: readonly LeftOut[], locale: Locale): string {
  return list
    .map((l) => (locale === 'zh' ? `${KIND_NAMES[l.kind].zh} ${l.count} 处（${l.characters} 字符）` : `${l.count} ${KIND_NAMES[l.kind].en} (${l.characters} characters)`))
    .join(locale === 'zh' ? '，' : ', ');
}
