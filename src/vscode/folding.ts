import * as vscode from 'vscode';
import type { Section } from '../core';
import type { Analyses } from './analyses';
import { DOCUMENT_SELECTOR } from './languages';

/** One folding range per section that spans more than its heading line, nested like the outline. */
function collect(sections: readonly Section[], into: vscode.FoldingRange[]): void {
  for (const section of sections) {
    if (section.lastLine > section.line) into.push(new vscode.FoldingRange(section.line, section.lastLine));
    collect(section.children, into);
  }
}

export function registerFolding(context: vscode.ExtensionContext, analyses: Analyses): void {
  context.subscriptions.push(
    vscode.languages.registerFoldingRangeProvider(DOCUMENT_SELECTOR, {
      provideFoldingRanges: (document) => {
        const ranges: vscode.FoldingRange[] = [];
        collect(analyses.structureFor(document)?.sections ?? [], ranges);
        return ranges;
      },
    }),
  );
}
