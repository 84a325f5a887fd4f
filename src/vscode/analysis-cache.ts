import { IncrementalAnalyzer, type AnalyzeResult, type EngineOptions } from '../core';
import type { ReportDocument } from './report-document';

/** Where the cache gets engine options, and the generation that says when they changed. */
export interface OptionsSource {
  readonly generation: number;
  for(uri: ReportDocument['uri']): { engine: EngineOptions };
}

/**
 * One analysis per document version and settings generation: views read results from here and
 * never re-parse. A settings change bumps the generation, so older results are not reused. Each
 * document keeps an incremental analyzer (core/incremental.ts) for its settings generation: a new
 * version re-weighs only the lines the edit changed, with the result a full analysis gives.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; generation: number; result: AnalyzeResult; analyzer: IncrementalAnalyzer }>();

  constructor(private readonly settings: OptionsSource) {}

  get(document: ReportDocument): AnalyzeResult {
    const key = document.uri.toString();
    const generation = this.settings.generation;
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version && cached.generation === generation) return cached.result;
    const analyzer = cached && cached.generation === generation ? cached.analyzer : new IncrementalAnalyzer(this.settings.for(document.uri).engine);
    const result = analyzer.analyze(document.getText());
    this.entries.set(key, { version: document.version, generation, result, analyzer });
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
