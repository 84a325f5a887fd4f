import type { AnalyzeResult } from '../engine';
import type { Finding } from '../types';

/** Residue errors still in the text: the export stops on them unless the user says otherwise. */
export function residueErrors(analysis: AnalyzeResult): Finding[] {
  return analysis.findings.filter((f) => f.category === 'residue' && f.severity === 'error');
}
