import { applyEdits, modify, parse, type FormattingOptions } from 'jsonc-parser';
import { isObject } from './validate';

/**
 * The config file's text with `text` added to residue.allow, every other key, comment and the
 * file's indentation kept (a minimal edit, as VS Code makes in settings.json). Undefined when the
 * text is already allowed or the file is not a JSON object (then nothing is written).
 */
export function addAllowedText(configText: string, text: string): string | undefined {
  if (text.length === 0) return undefined;
  const bom = configText.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const body = bom ? configText.slice(1) : configText;
  const value: unknown = body.trim() === '' ? {} : parse(body);
  if (!isObject(value)) return undefined;
  const residue = value.residue;
  if (residue !== undefined && !isObject(residue)) return undefined;
  const allow = isObject(residue) ? residue.allow : undefined;
  const list = Array.isArray(allow) ? allow : undefined;
  if (list?.includes(text)) return undefined;
  const formatting = formattingOf(body);
  const source = body.trim() === '' ? '{}' : body;
  const edits = list
    ? modify(source, ['residue', 'allow', list.length], text, { formattingOptions: formatting, isArrayInsertion: true })
    : modify(source, ['residue', 'allow'], [text], { formattingOptions: formatting });
  return bom + applyEdits(source, edits);
}

function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return indent.includes('\t') ? { insertSpaces: false, tabSize: 1, eol } : { insertSpaces: true, tabSize: indent.length, eol };
}

/** The texts residue.allow of a config file's text lists ([] when none, undefined when it is not a JSON object). */
export function allowedTexts(configText: string): string[] | undefined {
  const body = configText.charCodeAt(0) === 0xfeff ? configText.slice(1) : configText;
  const value: unknown = body.trim() === '' ? {} : parse(body);
  if (!isObject(value)) return undefined;
  const allow = isObject(value.residue) ? value.residue.allow : undefined;
  return Array.isArray(allow) ? allow.filter((s): s is string => typeof s === 'string') : [];
}
