import { removeSpan } from '../line-edits';
import type { Rule } from '../rule';
import { compileUserPatterns } from '../user-patterns';

/**
 * Matches of the user's own residue patterns (studyReport.residue.extraPatterns). Patterns run line by
 * line, compiled by user-patterns.ts so that none can hang the host. A match that is the whole line (an
 * ad line) is removed by bulk fixes; a match inside prose is only offered, because a loose pattern
 * (say 微信) would otherwise cut words out of real sentences.
 */
export const residueExtraPattern: Rule = {
  meta: {
    id: 'residue-extra-pattern',
    category: 'residue',
    defaultSeverity: 'warning',
    description: { zh: '匹配用户自定义的残留规则', en: 'Matches one of the user’s extra residue patterns' },
  },
  check({ model, options, report }) {
    const { patterns } = compileUserPatterns(options.residue.extraPatterns);
    if (patterns.length === 0) return;
    for (const line of model.lines) {
      if (line.text.length === 0) continue;
      for (const { source, regex } of patterns) {
        regex.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = regex.exec(line.text)) !== null) {
          if (m[0].length === 0) {
            regex.lastIndex++;
            continue;
          }
          const start = line.start + m.index;
          const end = start + m[0].length;
          const edit = removeSpan(model, start, end);
          const wholeLine = edit.start <= line.start && edit.end >= line.end;
          report({
            start,
            end,
            message: { zh: `匹配自定义残留规则“${source}”：“${m[0]}”`, en: `Matches extra residue pattern "${source}": "${m[0]}"` },
            fix: { title: { zh: `删除“${m[0]}”`, en: `Remove "${m[0]}"` }, edits: [edit], safe: wholeLine },
          });
        }
      }
    }
  },
};
