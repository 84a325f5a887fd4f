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

/** All the given fixes as ONE WorkspaceEdit, so that a single undo reverts them. */
export function bulkEdit(document: vscode.TextDocument, findings: readonly Finding[]): BulkEdit {
  const edits: TextEdit[] = [];
  let fixed = 0;
  let cursor = 0;
  const sorted = [...findings].sort((a, b) => firstStart(a) - firstStart(b));
  for (const finding of sorted) {
    const own = nonOverlapping(finding.fix?.edits ?? []);
    if (own.length === 0 || own[0].start < cursor) continue;
    edits.push(...own);
    cursor = Math.max(cursor, ...own.map((e) => e.end));
    fixed++;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, toRange(document, e.start, e.end), e.newText);
  return { edit, fixed };
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
