import type { RuleContext } from '../rule';
import { scanResidue } from './scan';

/** Reports the residue findings that belong to one rule. */
export function reportResidue(context: RuleContext, ruleId: string): void {
  for (const hit of scanResidue(context.model, context.options, context.cache)) {
    if (hit.ruleId !== ruleId) continue;
    context.report({ start: hit.start, end: hit.end, message: hit.message, fix: hit.fix, severity: hit.warnOnly ? 'warning' : undefined });
  }
}
