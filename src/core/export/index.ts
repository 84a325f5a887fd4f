/** The Word export and its page layout: pure, shared by the CLI, the extension and the web worker. */
export { buildBlocks, cells, type Block, type BlockKind, type Run } from './blocks';
export { DEFAULT_EXPORT_OPTIONS, DEFAULT_FONTS, FONT_ROLES, TITLE_FALLBACK_FONT, resolveExportOptions, type ExportOptions, type FontRole } from './options';
export { breakLines, paginate, type LinePiece, type Page, type PageLine } from './paginate';
export { residueErrors } from './residue-gate';
export { docxParts, exportDocx, packDocx, type ExportedDocument } from './write-docx';
export * as gbt9704 from './gbt9704';
export { pageOfLine, previewCss, previewPagesHtml } from './preview-html';
