/** Word documents: read a .docx into text stories, find residue in all of them, clean it in place. */
export { openDocx, readDocument, type DocxDocument, type Story, type PieceKind } from './document';
export { analyzeDocx, type DocxAnalysis, type DocxFinding } from './analyze';
export { cleanDocx, itemKey, type CleanOptions, type CleanResult, type RemovedItem } from './clean';
export { importText, type ImportedText, type LeftOut } from './import-text';
export { DocxError, DOCX_MESSAGES, type DocxProblem } from './errors';
export { MAX_ENTRIES, MAX_INFLATED_BYTES, MAX_RATIO } from './package';
export type { DocxParagraph } from './paragraphs';
