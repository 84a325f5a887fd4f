/** What paragraph and character styles contribute: numbering (w:numPr) and the run properties that hide text. */
import { firstChild, childElements, type XmlElement } from './xml';

export interface NumPr {
  numId?: string;
  ilvl?: number;
}

interface StyleDef {
  id: string;
  type: string;
  name: string;
  basedOn?: string;
  numPr?: NumPr;
  rPr?: XmlElement;
}

/** The run properties this reader cares about; undefined where the level of the cascade says nothing. */
export interface RunFlags {
  vanish?: boolean;
  color?: string;
  size?: number;
}

export class Styles {
  private readonly byId = new Map<string, StyleDef>();
  private defaultRPr?: XmlElement;
  defaultParagraphStyle?: string;

  constructor(root?: XmlElement) {
    const styles = root && firstChild(root, 'w:styles');
    if (!styles) return;
    this.defaultRPr = firstChild(firstChild(firstChild(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
    for (const s of childElements(styles, 'w:style')) {
      const id = s.attrs['w:styleId'];
      if (!id) continue;
      const type = s.attrs['w:type'] ?? 'paragraph';
      const pPr = firstChild(s, 'w:pPr');
      this.byId.set(id, {
        id,
        type,
        name: firstChild(s, 'w:name')?.attrs['w:val'] ?? id,
        basedOn: firstChild(s, 'w:basedOn')?.attrs['w:val'],
        numPr: readNumPr(firstChild(pPr, 'w:numPr')),
        rPr: firstChild(s, 'w:rPr'),
      });
      if (type === 'paragraph' && (s.attrs['w:default'] === '1' || s.attrs['w:default'] === 'true')) this.defaultParagraphStyle = id;
    }
  }

  name(id: string | undefined): string | undefined {
    return id ? this.byId.get(id)?.name : undefined;
  }

  /** The numbering a paragraph style gives (through basedOn), with the style it came from. */
  numPrOf(styleId: string | undefined): { numPr: NumPr; styleId: string } | undefined {
    for (const s of this.chain(styleId)) if (s.numPr?.numId !== undefined) return { numPr: s.numPr, styleId: s.id };
    return undefined;
  }

  /** The cascade Word applies: direct properties, character style, paragraph style, document defaults. */
  runFlags(direct: XmlElement | undefined, charStyle: string | undefined, paraStyle: string | undefined): Required<RunFlags> {
    const layers: (XmlElement | undefined)[] = [direct];
    for (const s of this.chain(charStyle)) layers.push(s.rPr);
    for (const s of this.chain(paraStyle ?? this.defaultParagraphStyle)) layers.push(s.rPr);
    layers.push(this.defaultRPr);
    const result: RunFlags = {};
    for (const layer of layers) {
      if (!layer) continue;
      const flags = readRunFlags(layer);
      if (result.vanish === undefined) result.vanish = flags.vanish;
      if (result.color === undefined) result.color = flags.color;
      if (result.size === undefined) result.size = flags.size;
    }
    return { vanish: result.vanish ?? false, color: result.color ?? 'auto', size: result.size ?? 20 };
  }

  private *chain(id: string | undefined): Generator<StyleDef> {
    const visited = new Set<string>();
    while (id && !visited.has(id)) {
      visited.add(id);
      const s = this.byId.get(id);
      if (!s) return;
      yield s;
      id = s.basedOn;
    }
  }
}

export function readNumPr(el: XmlElement | undefined): NumPr | undefined {
  if (!el) return undefined;
  const numId = firstChild(el, 'w:numId')?.attrs['w:val'];
  const ilvl = firstChild(el, 'w:ilvl')?.attrs['w:val'];
  return { numId, ilvl: ilvl === undefined ? undefined : Number(ilvl) };
}

export function isOn(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !(v === '0' || v === 'false' || v === 'off');
}

export function readRunFlags(rPr: XmlElement): RunFlags {
  const size = firstChild(rPr, 'w:sz')?.attrs['w:val'];
  return {
    vanish: isOn(firstChild(rPr, 'w:vanish')),
    color: firstChild(rPr, 'w:color')?.attrs['w:val'],
    size: size === undefined ? undefined : Number(size),
  };
}
