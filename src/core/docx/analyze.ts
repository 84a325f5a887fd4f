/**
 * The engine over a Word document: the body as a report (every category), and every other story for
 * residue only — an ad in a header, a watermark, a white run is residue wherever it sits.
 */
import { analyze, type AnalyzeResult } from '../engine';
import type { EngineOptions } from '../options';
import type { Finding } from '../types';
import type { DocxDocument, PieceKind, Story } from './document';
import { fieldFrame, type DocxParagraph } from './paragraphs';

export interface DocxFinding {
  finding: Finding;
  story: Story;
  kind: PieceKind;
  part: string;
  /** Index of the w:p in its part (see DocxParagraph.index); undefined for properties. */
  paragraph?: number;
  /** The property name (dc:title, Company) for document properties. */
  property?: string;
}

export interface DocxAnalysis {
  doc: DocxDocument;
  /** The engine's result on the body text (outline, 字数, findings with offsets in body.text). */
  body: AnalyzeResult;
  /** Body findings first, in text order, then those of the other stories in story order. */
  findings: DocxFinding[];
}

export function analyzeDocx(doc: DocxDocument, options: EngineOptions = {}): DocxAnalysis {
  const body = analyze(doc.body.text, options);
  const findings: DocxFinding[] = body.findings.map((f) => locate(f, doc.body));
  const residueShown = !options.only || options.only.length === 0 || options.only.includes('residue');
  if (residueShown) {
    const residueOptions: EngineOptions = { ...options, only: ['residue'] };
    for (const story of doc.stories) {
      const text = story.kind === 'header' || story.kind === 'footer' ? withoutFields(story) : story.text;
      for (const f of analyze(text, residueOptions).findings) {
        if (f.category === 'residue') findings.push(locate({ ...f, text: story.text.slice(f.start, f.end) }, story));
      }
    }
  }
  return { doc, body, findings };
}

/**
 * A header or footer with its fields (PAGE, NUMPAGES, a date) and their 第…页 frame blanked out: a page
 * number made of fields is where it belongs, and must not make the ad beside it look like page furniture.
 */
function withoutFields(story: Story): string {
  const units = story.text.split(''); // UTF-16 units, as the offsets count
  for (const sp of story.paragraphs) {
    if (!sp.paragraph.hasField) continue;
    fieldFrame(sp.paragraph).forEach((kept, i) => {
      if (kept && units[sp.start + i] !== '\n') units[sp.start + i] = ' ';
    });
  }
  return units.join('');
}

export function locate(finding: Finding, story: Story): DocxFinding {
  return { finding, story, kind: story.kind, part: story.part, paragraph: paragraphAt(story, finding.start)?.index, property: story.property };
}

export function paragraphAt(story: Story, offset: number): DocxParagraph | undefined {
  if (story.hidden) return story.hidden.paragraph;
  let found: DocxParagraph | undefined;
  for (const sp of story.paragraphs) {
    if (sp.start <= offset) found = sp.paragraph;
    else break;
  }
  return found;
}
