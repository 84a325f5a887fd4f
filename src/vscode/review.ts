import * as vscode from 'vscode';
import { ALL_RULES, type Finding } from '../core';
import { SECTION } from './config';
import type { EditMetadata } from './fixes';
import { localize } from './locale';

import { needsReview } from './review-policy';

export { needsReview };

export function reviewSettings(scope: vscode.Uri | undefined): { mode: unknown; threshold: unknown } {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return { mode: config.get('review.deletions'), threshold: config.get('review.threshold') };
}

/**
 * Edits that need confirmation, labelled by rule, so the refactor preview groups them by rule (its
 * "group by type") and the writer unticks any one of them. No per-entry description: the preview
 * shows the first entry's under the rule's heading, which would misname the others; each entry's line,
 * struck through where it goes, says what goes.
 */
export function reviewMetadata(): EditMetadata {
  const labels = new Map<string, string>();
  return (finding: Finding) => {
    let label = labels.get(finding.ruleId);
    if (!label) {
      const meta = ALL_RULES.find((r) => r.meta.id === finding.ruleId)?.meta;
      label = meta ? `${shortName(localize(meta.description))} (${finding.ruleId})` : finding.ruleId;
      labels.set(finding.ruleId, label);
    }
    return { needsConfirmation: true, label };
  };
}

/** A rule description up to its first bracket or comma: 付费插件标记（…），… → 付费插件标记. */
function shortName(description: string): string {
  const cut = description.search(/[（(，,；;:：]/);
  return (cut > 0 ? description.slice(0, cut) : description).trim();
}
