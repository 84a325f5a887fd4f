import type { Rule } from '../rule';

// Template instructions in brackets (exported for the linear-work test): （此处填写单位名称）、【请输入姓名】、[在此插入案例]. The bracket body is
// bounded (40 characters, no nested brackets) so the scan stays linear on long lines.
export const BRACKETED = /[（(【\[〔［]([^（()）【】[\]〔〕［］\r\n]{1,40}?)[）)】\]〕］]/g;
const INSTRUCTION = /(?:此处|在此|这里|此栏|下方)(?:填写|输入|插入|添加|补充|填入|粘贴)|^请(?:填写|输入|补充|填入|插入|粘贴)|^(?:填写|输入)(?:内容|姓名|单位|名称|日期|时间|标题)/;

export const placeholderFillIn: Rule = {
  meta: {
    id: 'placeholder-fill-in',
    category: 'placeholder',
    defaultSeverity: 'warning',
    scope: 'line',
    description: { zh: '模板中的填写提示（此处填写…）', en: 'Template fill-in instruction (（此处填写…）)' },
  },
  check({ model, report }) {
    for (const line of model.lines) {
      BRACKETED.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = BRACKETED.exec(line.text)) !== null) {
        // 请替换付费标签内内容 is the paywall plugin's own filler: the residue rules report it.
        if (!INSTRUCTION.test(m[1]) || m[1].includes('付费标签')) continue;
        report({
          start: line.start + m.index,
          end: line.start + m.index + m[0].length,
          message: { zh: `模板提示“${m[0]}”尚未替换为正文`, en: `Template instruction "${m[0]}" has not been replaced with text` },
        });
      }
    }
  },
};
