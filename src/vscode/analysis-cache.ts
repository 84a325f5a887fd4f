import { analyze, type AnalyzeResult, type EngineOptions } from '../core';
import type { ReportDocument } from './report-document';

/** Where the cache gets engine options, and the generation that says when they changed. */
export interface OptionsSource {
  readonly generation: number;
  for(uri: ReportDocument['uri']): { engine: EngineOptions };
}

/**
 * One analysis per document version and settings generation: views read results from here and
 * never re-parse. A settings change bumps the generation, so older results are not reused.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; generation: number; result: AnalyzeResult }>();

  constructor(private readonly settings: OptionsSource) {}

  get(document: ReportDocument): AnalyzeResult {
    const key = document.uri.toString();
    const generation = this.settings.generation;
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version && cached.generation === generation) return cached.result;
    const result = analyze(document.getText(), this.settings.for(document.uri).engine);
    this.entries.set(key, { version: document.version, generation, result });
    return result;
  }

  /** True when `get` would answer without analysing. */
  isFresh(document: ReportDocument): boolean {
    const cached = this.entries.get(document.uri.toString());
    return !!cached && cached.version === document.version && cached.generation === this.settings.generation;
  }

  delete(document: ReportDocument): void {
    this.entries.delete(document.uri.toString());
  }
}
