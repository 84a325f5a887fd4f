/**
 * A Word document's findings in ESLint's format: body findings at their line and column in the imported
 * body text (what `import` writes), findings elsewhere at their line and column in that story's own text
 * (its paragraphs joined by newlines), each with its part, 0-based paragraph index and kind. Invisible runs
 * inside a body paragraph are not in the body text: they are placed, zero-width, where they sit in it.
 */
import { TextModel, type DocxAnalysis, type DocxFinding, type Locale, type Story } from '../core';
import { toEslintResult, type EslintFileResult, type EslintMessage } from './format-eslint';

export function docxEslintResult(filePath: string, analysis: DocxAnalysis, locale: Locale): EslintFileResult {
  const byStory = new Map<Story, DocxFinding[]>();
  for (const f of analysis.findings) byStory.set(f.story, [...(byStory.get(f.story) ?? []), f]);
  const messages: EslintMessage[] = [];
  const body = analysis.doc.body;
  const bodyModel = new TextModel(body.text);
  const bodyStart = new Map(body.paragraphs.map((sp) => [sp.paragraph, sp.start] as const));
  for (const [story, found] of byStory) {
    const located = toEslintResult(filePath, story.text, found.map((f) => f.finding), locale).messages;
    located.forEach((m, i) => {
      const f = found[i];
      const start = story.hidden ? bodyStart.get(story.hidden.paragraph) : undefined;
      if (start !== undefined) {
        const at = bodyModel.positionAt(start + story.hidden!.piece.offset);
        m.line = m.endLine = at.line + 1;
        m.column = m.endColumn = at.character + 1;
      }
      m.part = f.part;
      if (f.paragraph !== undefined) m.paragraph = f.paragraph;
      m.where = f.kind;
      if (f.property) m.property = f.property;
      messages.push(m);
    });
  }
  const counts = toEslintResult(filePath, '', analysis.findings.map((f) => ({ ...f.finding, start: 0, end: 0 })), locale);
  return { ...counts, messages };
}
