import * as vscode from 'vscode';
import { nonOverlapping, type Finding, type TextEdit } from '../core';

/** Findings whose fix may be applied in bulk (fix all, fix on save, remove all residue). */
export function bulkFixable(findings: readonly Finding[], accept: (f: Finding) => boolean = () => true): Finding[] {
  return findings.filter((f) => f.fix?.safe && accept(f));
}

export interface BulkEdit {
  edit: vscode.WorkspaceEdit;
  /** How many findings the edit fixes (overlapping ones are left for the next run). */
  fixed: number;
}

/** Per finding: the entry metadata of its edits (the refactor preview's confirmation and group label). */
export type EditMetadata = (finding: Finding) => vscode.WorkspaceEditEntryMetadata | undefined;

/** All the given fixes as ONE WorkspaceEdit, so that a single undo reverts them. */
export function bulkEdit(document: vscode.TextDocument, findings: readonly Finding[], metadata?: EditMetadata, into = new vscode.WorkspaceEdit()): BulkEdit {
  let fixed = 0;
  for (const { finding, edits } of bulkEdits(findings)) {
    const meta = metadata?.(finding);
    for (const e of edits) {
      if (meta) into.replace(document.uri, toRange(document, e.start, e.end), e.newText, meta);
      else into.replace(document.uri, toRange(document, e.start, e.end), e.newText);
    }
    fixed++;
  }
  return { edit: into, fixed };
}

/** The fixes that can go together, in document order: a fix overlapping an earlier one waits for the next run. */
export function bulkEdits(findings: readonly Finding[]): Array<{ finding: Finding; edits: TextEdit[] }> {
  const chosen: Array<{ finding: Finding; edits: TextEdit[] }> = [];
  let cursor = 0;
  const sorted = [...findings].sort((a, b) => firstStart(a) - firstStart(b));
  for (const finding of sorted) {
    const own = nonOverlapping(finding.fix?.edits ?? []);
    if (own.length === 0 || own[0].start < cursor) continue;
    chosen.push({ finding, edits: own });
    cursor = Math.max(cursor, ...own.map((e) => e.end));
  }
  return chosen;
}

export function singleEdit(document: vscode.TextDocument, finding: Finding): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of nonOverlapping(finding.fix?.edits ?? [])) edit.replace(document.uri, toRange(document, e.start, e.end), e.newText);
  return edit;
}

export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

function firstStart(finding: Finding): number {
  const edits = finding.fix?.edits ?? [];
  return edits.length ? Math.min(...edits.map((e) => e.start)) : finding.start;
}
