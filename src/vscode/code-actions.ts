import * as vscode from 'vscode';
import { allowSnippet, PROOFREADING_CATEGORIES, type Finding } from '../core';
import type { Analyses } from './analyses';
import { ruleIdOf } from './diagnostics';
import { bulkEdit, bulkFixable, singleEdit, toRange } from './fixes';
import { localize } from './locale';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('studyReport');
export const ALLOW_RESIDUE_COMMAND = 'studyReport.allowResidue';

/**
 * Quick fixes for our diagnostics and the `source.fixAll.studyReport` action. Detection lives in the
 * engine (read through the analyses service); this provider only maps diagnostics (by rule id and range)
 * back to findings.
 * Edits are applied by VS Code; the document is never saved here.
 */
export class StudyReportActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly analyses: Analyses) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!this.analyses.isActiveFor(document)) return [];
    const findings = this.analyses.findingsFor(document);
    if (context.only) {
      // source, source.fixAll or source.fixAll.studyReport (codeActionsOnSave): the fix-all action only.
      if (context.only.contains(FIX_ALL_KIND)) return this.fixAll(document, findings);
      if (!context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    }
    const actions: vscode.CodeAction[] = [];
    const offeredPerRule = new Set<string>();
    let offeredResidue = false;
    for (const diagnostic of context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic);
      if (!ruleId) continue;
      const finding = findings.find((f) => f.ruleId === ruleId && toRange(document, f.start, f.end).isEqual(diagnostic.range));
      if (!finding) continue;
      if (finding.fix) actions.push(this.fixOne(document, finding, diagnostic));
      if (!offeredPerRule.has(ruleId)) {
        offeredPerRule.add(ruleId);
        const sameRule = bulkFixable(findings, (f) => f.ruleId === ruleId);
        if (sameRule.length > 1) actions.push(this.fixRule(document, ruleId, sameRule, diagnostic));
      }
      if (finding.category === 'residue') {
        if (!offeredResidue) {
          offeredResidue = true;
          const residue = bulkFixable(findings, (f) => f.category === 'residue');
          if (residue.length > 1) actions.push(this.removeAllResidue(document, residue, diagnostic));
        }
        actions.push(this.allow(document, finding, diagnostic));
      }
      if (PROOFREADING_CATEGORIES.includes(finding.category)) actions.push(this.ignoreHere(document, finding, diagnostic));
    }
    return actions;
  }

  private fixOne(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(localize(finding.fix!.title), vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = finding.fix!.safe;
    action.edit = singleEdit(document, finding);
    return action;
  }

  private fixRule(document: vscode.TextDocument, ruleId: string, findings: Finding[], diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const { edit, fixed } = bulkEdit(document, findings);
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all {0} problems of rule {1} in this document', fixed, ruleId), vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.edit = edit;
    return action;
  }

  private removeAllResidue(document: vscode.TextDocument, findings: Finding[], diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const { edit, fixed } = bulkEdit(document, findings);
    const action = new vscode.CodeAction(vscode.l10n.t('Remove all residue in this document ({0})', fixed), vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.edit = edit;
    return action;
  }

  private allow(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(vscode.l10n.t('This is not residue: add it to the allowlist'), vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.command = { command: ALLOW_RESIDUE_COMMAND, title: action.title, arguments: [document.uri, finding.text] };
    return action;
  }

  /** A proofreading finding the writer keeps: its text with a little context goes to the allowlist. */
  private ignoreHere(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const snippet = allowSnippet(document.getText(), finding.start, finding.end);
    const action = new vscode.CodeAction(vscode.l10n.t('Ignore here: add “{0}” to the allowlist', snippet), vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.command = { command: ALLOW_RESIDUE_COMMAND, title: action.title, arguments: [document.uri, snippet, 'ignore'] };
    return action;
  }

  /** For editor.codeActionsOnSave: every safe fix of the document, as one edit. */
  private fixAll(document: vscode.TextDocument, findings: Finding[]): vscode.CodeAction[] {
    const safe = bulkFixable(findings);
    if (safe.length === 0) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all safe study-report problems'), FIX_ALL_KIND);
    action.edit = bulkEdit(document, safe).edit;
    return [action];
  }
}

export function registerCodeActions(context: vscode.ExtensionContext, analyses: Analyses): void {
  context.subscriptions.push(
    // Every language: which ones are analysed is a setting, checked in the provider.
    vscode.languages.registerCodeActionsProvider('*', new StudyReportActions(analyses), {
      providedCodeActionKinds: StudyReportActions.providedCodeActionKinds,
    }),
  );
}
