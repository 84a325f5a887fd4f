/**
 * A Word document's findings in ESLint's format: body findings at their line and column in the imported
 * body text (what `import` writes), findings elsewhere at their line and column in that story's own text
 * (its paragraphs joined by newlines), each with its part, 0-based paragraph index and kind.
 */
import type { DocxAnalysis, DocxFinding, Locale, Story } from '../core';
import { toEslintResult, type EslintFileResult, type EslintMessage } from './format-eslint';

export function docxEslintResult(filePath: string, analysis: DocxAnalysis, locale: Locale): EslintFileResult {
  const byStory = new Map<Story, DocxFinding[]>();
  for (const f of analysis.findings) byStory.set(f.story, [...(byStory.get(f.story) ?? []), f]);
  const messages: EslintMessage[] = [];
  for (const [story, found] of byStory) {
    const located = toEslintResult(filePath, story.text, found.map((f) => f.finding), locale).messages;
    located.forEach((m, i) => {
      const f = found[i];
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
