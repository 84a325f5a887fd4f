import type * as vscode from 'vscode';

export const SUPPORTED_LANGUAGES = ['study-report', 'plaintext', 'markdown'];

export function isSupported(document: vscode.TextDocument): boolean {
  return SUPPORTED_LANGUAGES.includes(document.languageId);
}

export const DOCUMENT_SELECTOR: vscode.DocumentSelector = SUPPORTED_LANGUAGES.map((language) => ({ language }));
