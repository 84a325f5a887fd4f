/**
 * What the Word export can be told. The config file's "export" section and the studyReport.export.*
 * settings both map to it through `resolveExportOptions`.
 */

export type FontRole = 'title' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'pageNumber';
export const FONT_ROLES: readonly FontRole[] = ['title', 'body', 'heading1', 'heading2', 'heading3', 'heading4', 'pageNumber'];

export interface ExportOptions {
  /** East Asian font name per role, as Word and WPS look it up (e.g. 仿宋, 仿宋_GB2312). */
  fonts: Record<FontRole, string>;
  /** Level three (1.) in bold: common house style, not the standard. */
  level3Bold: boolean;
  /** Leave the title's declared （2683字） out of the document. */
  dropDeclaredCount: boolean;
}

/**
 * Names Word and WPS resolve on Windows: 仿宋/楷体/黑体 ship with Windows since Vista; 方正小标宋简体 is
 * commercial, so a machine without it shows the title in the fallback the writer names next to it
 * (see TITLE_FALLBACK_FONT). Older machines have 仿宋_GB2312 and 楷体_GB2312 instead: a setting.
 */
export const DEFAULT_FONTS: Readonly<Record<FontRole, string>> = {
  title: '方正小标宋简体',
  body: '仿宋',
  heading1: '黑体',
  heading2: '楷体',
  heading3: '仿宋',
  heading4: '仿宋',
  pageNumber: '宋体',
};

/** Written as the title style's alternative font name (w:altName) and used by the preview. */
export const TITLE_FALLBACK_FONT = '宋体';

export const DEFAULT_EXPORT_OPTIONS: Readonly<ExportOptions> = {
  fonts: DEFAULT_FONTS,
  level3Bold: false,
  dropDeclaredCount: true,
};

/** A font name Word accepts: no XML specials, no control characters, not absurdly long. */
export function isUsableFontName(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= 64 && !/[<>&"]/.test(value) && ![...value].some((c) => c.charCodeAt(0) < 0x20);
}

/**
 * Fills defaults and drops values of the wrong shape (a config file is user input). `raw` is the
 * "export" object of the config file or the same shape built from settings.
 */
export function resolveExportOptions(raw?: unknown): ExportOptions {
  const input = isObject(raw) ? raw : {};
  const fontsIn = isObject(input.fonts) ? input.fonts : {};
  const fonts = { ...DEFAULT_FONTS };
  for (const role of FONT_ROLES) {
    const value = fontsIn[role];
    if (isUsableFontName(value)) fonts[role] = value.trim();
  }
  return {
    fonts,
    level3Bold: typeof input.level3Bold === 'boolean' ? input.level3Bold : DEFAULT_EXPORT_OPTIONS.level3Bold,
    dropDeclaredCount: typeof input.dropDeclaredCount === 'boolean' ? input.dropDeclaredCount : DEFAULT_EXPORT_OPTIONS.dropDeclaredCount,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
