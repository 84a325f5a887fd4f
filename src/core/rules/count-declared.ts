import type { Rule } from '../rule';

// A title like 专题研讨材料（2683字） declares its length. After residue is cut or text is edited, the
// figure no longer matches; the writer should know before handing it in. A rounded figure (约2600字,
// 2600余字) is a claim of size, not an exact count, so it is left alone.
export const countDeclared: Rule = {
  meta: {
    id: 'count-declared',
    category: 'count',
    defaultSeverity: 'warning',
    description: { zh: '标题标注的字数与实际字数不符', en: 'The word count declared in the title differs from the real count' },
  },
  check({ count, model, report }) {
    if (!count || count.declared === undefined || count.declaredApproximate) return;
    if (count.declaredStart === undefined || count.declaredEnd === undefined) return;
    if (count.declared === count.characters) return;
    // Keep the digit style the writer used (２６８３ stays full-width).
    const fullWidth = /[０-９]/.test(model.text.slice(count.declaredStart, count.declaredEnd));
    const real = fullWidth ? toFullWidth(String(count.characters)) : String(count.characters);
    report({
      start: count.declaredStart,
      end: count.declaredEnd,
      message: {
        zh: `标题标注${count.declared}字，实际${real}字（不计残留内容）`,
        en: `The title declares ${count.declared} characters; the text has ${real} (residue not counted)`,
      },
      // Not safe: the figure is part of the writer's title; they confirm the change one at a time.
      fix: { title: { zh: `把标注字数改为${real}`, en: `Change the declared figure to ${real}` }, edits: [{ start: count.declaredStart, end: count.declaredEnd, newText: real }], safe: false },
    });
  },
};

function toFullWidth(digits: string): string {
  return digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}
