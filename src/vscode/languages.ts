import type * as vscode from 'vscode';
import { DEFAULT_LANGUAGES } from './config-map';

/** The structure views (outline, folding) serve the languages analysed by default. */
export const DOCUMENT_SELECTOR: vscode.DocumentSelector = DEFAULT_LANGUAGES.map((language) => ({ language }));
