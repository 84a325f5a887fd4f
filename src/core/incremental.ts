import { analyzeModel, isResolved, type AnalyzeResult } from './engine';
import { DocumentLineCache } from './line-cache';
import { resolveOptions, type EngineOptions, type ResolvedOptions } from './options';
import { TextModel } from './text-model';

/**
 * Analyses successive versions of one document, keeping per-line results between them (line-cache.ts):
 * after a keystroke only the lines it changed, and the lines whose facts it changed (the residue
 * document shape, a heading, the line before), are checked again. Each result is the one `analyze`
 * gives for the same text and options; options are fixed for the life of the analyzer.
 */
export class IncrementalAnalyzer {
  private readonly options: ResolvedOptions;
  private readonly cache = new DocumentLineCache();
  private previous: TextModel | undefined;

  constructor(options?: EngineOptions | ResolvedOptions) {
    this.options = isResolved(options) ? options : resolveOptions(options);
  }

  analyze(text: string): AnalyzeResult {
    const next = this.previous ? TextModel.reusing(this.previous, text) : { model: new TextModel(text), map: undefined };
    const model = next.model;
    this.cache.begin(next.map, model.lineCount);
    const result = analyzeModel(model, this.options, this.cache);
    this.previous = model;
    return result;
  }

  /** Per-line results the last analysis computed rather than reused (work counted, not timed). */
  get recomputed(): number {
    return this.cache.misses;
  }

  /** Number of per-line results held (those of the last version: memory follows the document). */
  get cachedResults(): number {
    return this.cache.size;
  }
}
