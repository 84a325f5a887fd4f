/**
 * Per-line results kept from one analysis of a document to the next (incremental.ts). A result is kept
 * for a line with its text and the facts of the document it also depends on (its position before the
 * body, the heading on it, the line before it); when the next version of the document has the same line
 * (found through the edit's line map, not by hashing every line) with the same text and facts, the result
 * is reused, so a keystroke re-weighs only what it changed. Only pure functions of (text, facts) may be
 * cached: the answer must be the one a fresh computation gives, which the incremental tests check
 * against full analyses.
 */

export interface LineTable<T> {
  /** The value kept for line `line` if its text and facts are unchanged, else `compute(text)` (kept). */
  get(line: number, text: string, facts: string, compute: (text: string) => T): T;
  /** The value kept for the line, or undefined. */
  find(line: number, text: string, facts: string): T | undefined;
  put(line: number, text: string, facts: string, value: T): void;
}

export interface LineCache {
  /** One table per kind of result; each caller keeps to its own name. */
  table<T>(name: string): LineTable<T>;
}

/** No caching: every value computed (a one-off analysis). */
export const NO_LINE_CACHE: LineCache = {
  table: <T>() => COMPUTE as LineTable<T>,
};

const COMPUTE: LineTable<unknown> = { get: (_line, text, _facts, compute) => compute(text), find: () => undefined, put: () => undefined };

/**
 * Where the lines of the previous version went: the first `head` lines are the same lines, and from
 * `tailNew` on, line i was line i - tailNew + tailOld. Lines in between are new.
 */
export interface LineMap {
  head: number;
  tailOld: number;
  tailNew: number;
}

/** The cache of one document's analyses, for one set of options. Call `begin` before each analysis. */
export class DocumentLineCache implements LineCache {
  private readonly tables = new Map<string, Table>();
  private map: LineMap | undefined;
  private lineCount = 0;
  /** Results computed (not reused) since `begin`: the work a version cost, for tests and the bench. */
  misses = 0;

  /** Starts an analysis of the next version; `map` says where the previous version's lines went. */
  begin(map: LineMap | undefined, lineCount: number): void {
    this.map = map;
    this.lineCount = lineCount;
    this.misses = 0;
    for (const table of this.tables.values()) table.rotate(lineCount);
  }

  table<T>(name: string): LineTable<T> {
    let table = this.tables.get(name);
    if (!table) {
      table = new Table(this, this.lineCount);
      this.tables.set(name, table);
    }
    return table as LineTable<T>;
  }

  /** Lines of the version being analysed. */
  get lines(): number {
    return this.lineCount;
  }

  /** The previous version's index of line `line`, or -1 for a line the edit made. */
  previousIndex(line: number): number {
    const map = this.map;
    if (!map) return -1;
    if (line < map.head) return line;
    return line >= map.tailNew ? line - map.tailNew + map.tailOld : -1;
  }

  /** Number of kept results (for tests and the bench). */
  get size(): number {
    let n = 0;
    for (const table of this.tables.values()) n += table.size;
    return n;
  }
}

const ABSENT = Symbol('absent');

class Table implements LineTable<unknown> {
  private before: Slots = new Slots(0);
  private now: Slots;

  constructor(
    private readonly cache: DocumentLineCache,
    lineCount: number,
  ) {
    this.now = new Slots(lineCount);
  }

  /**
   * The last analysis's slots become the ones to reuse from; the slots before them are written over for
   * this analysis (no allocation a keystroke). A slot left from two analyses ago is still a right answer
   * for its own text and facts, the values being pure functions of both.
   */
  rotate(lineCount: number): void {
    const spare = this.before.values.length >= lineCount ? this.before : new Slots(lineCount);
    this.before = this.now;
    this.now = spare;
  }

  get(line: number, text: string, facts: string, compute: (text: string) => unknown): unknown {
    const kept = this.lookup(line, text, facts);
    const value = kept === ABSENT ? compute(text) : kept;
    this.put(line, text, facts, value);
    return value;
  }

  find(line: number, text: string, facts: string): unknown {
    const kept = this.lookup(line, text, facts);
    return kept === ABSENT ? undefined : kept;
  }

  /** The kept value (undefined is a value: no heading on the line), or ABSENT. */
  private lookup(line: number, text: string, facts: string): unknown {
    const j = this.cache.previousIndex(line);
    if (j >= 0 && this.before.texts[j] === text && this.before.facts[j] === facts) return this.before.values[j];
    this.cache.misses++;
    return ABSENT;
  }

  put(line: number, text: string, facts: string, value: unknown): void {
    this.now.texts[line] = text;
    this.now.facts[line] = facts;
    this.now.values[line] = value;
  }

  get size(): number {
    let n = 0;
    for (let i = 0; i < this.cache.lines; i++) if (this.now.texts[i] !== undefined) n++;
    return n;
  }
}

/** Arrays of the document's length from the start: tables filled only on some lines stay fast arrays. */
class Slots {
  readonly texts: Array<string | undefined>;
  readonly facts: Array<string | undefined>;
  readonly values: unknown[];

  constructor(lineCount: number) {
    this.texts = new Array(lineCount);
    this.facts = new Array(lineCount);
    this.values = new Array(lineCount);
  }
}
