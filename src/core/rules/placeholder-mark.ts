import type { Rule } from '../rule';

// Runs of X / × / ○ / □ stand for what the writer has yet to fill in: XX同志、20XX年、×××单位、○○村.
// A single X counts only where a number or name is plainly expected (X月X日、第X次、X市), so X光 or a
// Latin word is left alone; letters next to Latin letters (XXL, Linux) are never a placeholder.
const MARKS = /[XxＸｘ×○□]+/g;
const AFTER_SINGLE = /^(?:[年月日号时分名人次个项件篇条届期天位家所万亿元岁批轮]|同志|书记|主任|局长|县|市|区|镇|乡|村|省|单位|公司|部门|支部)/;
const LATIN = /[A-Za-z]/;

export const placeholderMark: Rule = {
  meta: {
    id: 'placeholder-mark',
    category: 'placeholder',
    defaultSeverity: 'warning',
    scope: 'line',
    description: { zh: '未填写的占位符（XX、×××、20XX年、○○）', en: 'Unfilled placeholder (XX, ×××, 20XX年, ○○)' },
  },
  check({ model, report }) {
    for (const line of model.lines) {
      MARKS.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = MARKS.exec(line.text)) !== null) {
        const before = line.text[m.index - 1] ?? '';
        const after = line.text.slice(m.index + m[0].length, m.index + m[0].length + 2);
        if (LATIN.test(before) || LATIN.test(after[0] ?? '')) continue;
        if (!isPlaceholder(m[0], before, after)) continue;
        // 20XX: the digits belong to the unfinished year.
        let start = m.index;
        if (/[xXＸｘ×]/.test(m[0][0])) while (start > 0 && /[0-9]/.test(line.text[start - 1])) start--;
        const end = m.index + m[0].length;
        const shown = line.text.slice(start, end);
        report({
          start: line.start + start,
          end: line.start + end,
          message: { zh: `占位符“${shown}”尚未填写`, en: `Placeholder "${shown}" is not filled in` },
        });
      }
    }
  },
};

function isPlaceholder(run: string, before: string, after: string): boolean {
  if (/^[○□]+$/.test(run)) return run.length >= 2;
  if (run.length >= 2) return true;
  // One × between digits is multiplication (3×4).
  if (run === '×' && /[0-9]/.test(before)) return false;
  return before === '第' || AFTER_SINGLE.test(after);
}
