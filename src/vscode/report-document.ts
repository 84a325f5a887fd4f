import type * as vscode from 'vscode';

/**
 * What analysing needs of an open document, and all the analyses service reads of it: a narrow view of
 * vscode.TextDocument (which satisfies it as is), so unit tests pass plain objects.
 */
export interface ReportDocument {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly languageId: string;
  getText(): string;
}

/**
 * Schemes of editor-internal documents (output channels, diff originals, chat snapshots): never the
 * user's report, so never checked. Everything else is, including virtual file systems.
 */
const INTERNAL_SCHEMES = new Set(['output', 'git', 'vscode-scm', 'debug', 'vscode-settings', 'chat-editing-snapshot-text-model', 'vscode-chat-code-block']);

export function isUserDocument(document: ReportDocument): boolean {
  return !INTERNAL_SCHEMES.has(document.uri.scheme);
}
