import * as vscode from 'vscode';
import type { Section } from '../core';
import type { Analyses } from './analyses';
import { DOCUMENT_SELECTOR } from './languages';

/** Outline, breadcrumbs and go-to-symbol: name = marker + heading text up to the first 。！？. */
function toSymbol(document: vscode.TextDocument, section: Section): vscode.DocumentSymbol {
  const last = document.lineAt(Math.min(Math.max(section.lastLine, section.line), document.lineCount - 1));
  const full = new vscode.Range(new vscode.Position(section.line, 0), last.range.end);
  const selection = new vscode.Range(document.positionAt(section.markerStart), document.positionAt(section.lineEnd));
  const symbol = new vscode.DocumentSymbol(section.marker + section.title, '', vscode.SymbolKind.String, full, selection);
  symbol.children = section.children.map((c) => toSymbol(document, c));
  return symbol;
}

export function registerSymbols(context: vscode.ExtensionContext, analyses: Analyses): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(DOCUMENT_SELECTOR, {
      provideDocumentSymbols: (document) => analyses.structureFor(document)?.sections.map((s) => toSymbol(document, s)) ?? [],
    }, { label: vscode.l10n.t('Report sections') }),
  );
}
