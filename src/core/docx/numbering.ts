/**
 * Word's automatic numbering rebuilt from numbering.xml: the label (一、 （一） 1. （1）) each numbered
 * paragraph shows. Counters belong to the abstract definition, so two w:num of the same w:abstractNum
 * continue one list (as Word and LibreOffice show it); w:startOverride in a w:num restarts that level when
 * the instance is first used; a level restarts when a higher level advances (or as w:lvlRestart says).
 */
import { formatNumber } from './number-format';
import { childElements, firstChild, type XmlElement } from './xml';

interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 1-based level whose use restarts this one; 0 never; undefined: any higher level. */
  restart?: number;
  isLegal: boolean;
  pStyle?: string;
}

interface NumDef {
  abstractId: string;
  startOverride: Map<number, number>;
  levelOverride: Map<number, LevelDef>;
}

interface Counter {
  counts: (number | undefined)[];
  /** Start values set by a w:startOverride, per level. */
  starts: (number | undefined)[];
}

export interface NumberingLabel {
  text: string;
  numId: string;
  ilvl: number;
  numFmt: string;
}

export class Numbering {
  private readonly abstract = new Map<string, LevelDef[]>();
  /** abstractNumId → the numbering style whose definition it borrows (w:numStyleLink). */
  private readonly styleLinks = new Map<string, string>();
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, Counter>();
  private readonly used = new Set<string>();

  /** `styleNumId` gives the w:numId a numbering style points to (for w:numStyleLink). */
  constructor(root?: XmlElement, private readonly styleNumId: (styleId: string) => string | undefined = () => undefined) {
    const numbering = root && firstChild(root, 'w:numbering');
    if (!numbering) return;
    for (const a of childElements(numbering, 'w:abstractNum')) {
      const levels: LevelDef[] = [];
      for (const lvl of childElements(a, 'w:lvl')) levels[Number(lvl.attrs['w:ilvl'] ?? 0)] = readLevel(lvl);
      this.abstract.set(a.attrs['w:abstractNumId'] ?? '', levels);
      const link = firstChild(a, 'w:numStyleLink')?.attrs['w:val'];
      if (link) this.styleLinks.set(a.attrs['w:abstractNumId'] ?? '', link);
    }
    for (const num of childElements(numbering, 'w:num')) {
      const def: NumDef = { abstractId: firstChild(num, 'w:abstractNumId')?.attrs['w:val'] ?? '', startOverride: new Map(), levelOverride: new Map() };
      for (const o of childElements(num, 'w:lvlOverride')) {
        const ilvl = Number(o.attrs['w:ilvl'] ?? 0);
        const start = firstChild(o, 'w:startOverride')?.attrs['w:val'];
        if (start !== undefined) def.startOverride.set(ilvl, Number(start));
        const lvl = firstChild(o, 'w:lvl');
        if (lvl) def.levelOverride.set(ilvl, readLevel(lvl));
      }
      this.nums.set(num.attrs['w:numId'] ?? '', def);
    }
  }

  /** The level a style's numbering applies to when the style names no w:ilvl. */
  levelForStyle(numId: string, styleId: string): number {
    const levels = this.levels(numId);
    const found = levels.findIndex((l) => l?.pStyle === styleId);
    return found >= 0 ? found : 0;
  }

  /** Advances the counters for one numbered paragraph and returns its label. */
  next(numId: string, ilvl: number): NumberingLabel | undefined {
    const num = this.nums.get(numId);
    if (!num || numId === '0') return undefined;
    const levels = this.levels(numId);
    const level = levels[ilvl];
    if (!level) return undefined;
    const abstractId = this.resolveAbstract(num.abstractId);
    let counter = this.counters.get(abstractId);
    if (!counter) {
      counter = { counts: [], starts: [] };
      this.counters.set(abstractId, counter);
    }
    const { counts, starts } = counter;
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const [k, start] of num.startOverride) {
        counts[k] = undefined;
        starts[k] = start;
      }
    }
    const startOf = (k: number) => starts[k] ?? levels[k]?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    for (let k = ilvl + 1; k < levels.length; k++) {
      const restart = levels[k]?.restart;
      // lvlRestart n: restart when a level above n (1-based) is used; 0: never.
      if (restart === undefined || (restart > 0 && ilvl < restart)) counts[k] = undefined;
    }
    const text = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = levels[k];
      if (!l) return '';
      return formatNumber(counts[k] ?? startOf(k), level.isLegal && k < ilvl ? 'decimal' : l.numFmt);
    });
    return { text: level.numFmt === 'bullet' || level.numFmt === 'none' ? '' : text, numId, ilvl, numFmt: level.numFmt };
  }

  private levels(numId: string): LevelDef[] {
    const num = this.nums.get(numId);
    if (!num) return [];
    const base = this.abstract.get(this.resolveAbstract(num.abstractId)) ?? [];
    if (num.levelOverride.size === 0) return base;
    const merged = [...base];
    for (const [k, l] of num.levelOverride) merged[k] = l;
    return merged;
  }

  /** Follows w:numStyleLink → numbering style → w:num → its abstract definition (one step; loops stop). */
  private resolveAbstract(abstractId: string): string {
    const link = this.styleLinks.get(abstractId);
    if (!link) return abstractId;
    const numId = this.styleNumId(link);
    const target = numId === undefined ? undefined : this.nums.get(numId)?.abstractId;
    return target !== undefined && !this.styleLinks.has(target) ? target : abstractId;
  }
}

function readLevel(lvl: XmlElement): LevelDef {
  const restart = firstChild(lvl, 'w:lvlRestart')?.attrs['w:val'];
  return {
    start: Number(firstChild(lvl, 'w:start')?.attrs['w:val'] ?? 1),
    numFmt: firstChild(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
    lvlText: firstChild(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
    restart: restart === undefined ? undefined : Number(restart),
    isLegal: !!firstChild(lvl, 'w:isLgl'),
    pStyle: firstChild(lvl, 'w:pStyle')?.attrs['w:val'],
  };
}
