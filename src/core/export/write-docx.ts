import { strToU8, zipSync, type Zippable } from 'fflate';
import { analyze, type AnalyzeResult } from '../engine';
import type { EngineOptions } from '../options';
import { buildBlocks, type Block } from './blocks';
import { documentXml } from './document-xml';
import { footerXml } from './footer-xml';
import { resolveExportOptions, type ExportOptions } from './options';
import { appXml, contentTypesXml, coreXml, documentRelsXml, fontTableXml, packageRelsXml, settingsXml } from './package-parts';
import { paginate, type Page } from './paginate';
import { stylesXml } from './styles-xml';

export interface ExportedDocument {
  /** The .docx file. */
  bytes: Uint8Array;
  blocks: Block[];
  /** Where the grid breaks the pages (the preview draws the same). */
  pages: Page[];
}

/** A fixed date in the zip entries: the same report gives the same bytes. */
const ZIP_TIME = new Date(Date.UTC(2024, 0, 1));

/** The parts of the package by name; `packDocx` zips them. Tests read the XML from here. */
export function docxParts(blocks: readonly Block[], options: ExportOptions, pages: number): Record<string, string> {
  const title = blocks.find((b) => b.kind === 'title')?.runs.map((r) => r.text).join('') ?? '';
  return {
    '[Content_Types].xml': contentTypesXml(),
    '_rels/.rels': packageRelsXml(),
    'docProps/core.xml': coreXml(title),
    'docProps/app.xml': appXml(pages),
    'word/document.xml': documentXml(blocks, options),
    'word/styles.xml': stylesXml(options),
    'word/settings.xml': settingsXml(),
    'word/fontTable.xml': fontTableXml(options),
    'word/footer1.xml': footerXml('odd', options),
    'word/footer2.xml': footerXml('even', options),
    'word/_rels/document.xml.rels': documentRelsXml(),
  };
}

export function packDocx(parts: Record<string, string>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, xml] of Object.entries(parts)) zippable[name] = [strToU8(xml), { level: 6, mtime: ZIP_TIME }];
  return zipSync(zippable);
}

/**
 * The report as a GB/T 9704-2012 Word document. Pure: bytes out, no file system; runs in the CLI, the
 * extension host and the web worker alike. Residue is not removed here: callers decide first
 * (see residueErrors).
 */
export function exportDocx(text: string, exportOptions?: Partial<ExportOptions> | ExportOptions, engineOptions?: EngineOptions, analysis?: AnalyzeResult): ExportedDocument {
  const options = resolveExportOptions(exportOptions);
  const result = analysis ?? analyze(text, engineOptions);
  const blocks = buildBlocks(result, options);
  const pages = paginate(blocks);
  return { bytes: packDocx(docxParts(blocks, options, pages.length)), blocks, pages };
}
