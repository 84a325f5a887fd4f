import type { Rule } from '../rule';

// GB/T 15834-2011 4.5.3.5: items that each carry quotation marks or 书名号 are usually not separated by 、
// (“四个意识”“四个自信”). With something between them (a bracketed note), 、 is right, so only a 、 directly
// between a closing and an opening mark is reported; "usually" makes it information, offered.
export const punctuationQuotedItems: Rule = {
  meta: {
    id: 'punctuation-quoted-items',
    category: 'punctuation',
    defaultSeverity: 'info',
    scope: 'line',
    description: { zh: '带引号或书名号的并列项之间一般不用顿号', en: 'Items in quotation marks or 书名号 are usually not separated by 、' },
  },
  check({ model, report }) {
    for (const line of model.lines) {
      const text = line.text;
      let i = text.indexOf('、');
      while (i >= 0) {
        const before = text[i - 1];
        const after = text[i + 1];
        if ((before === '”' || before === '》') && (after === '“' || after === '《')) {
          const start = line.start + i;
          report({
            start,
            end: start + 1,
            message: {
              zh: `“${before}、${after}”：带引号或书名号的并列项之间一般不用顿号`,
              en: `"${before}、${after}": items in quotation marks or 书名号 usually take no 、 between them`,
            },
            fix: { title: { zh: '删去顿号', en: 'Remove the 、' }, edits: [{ start, end: start + 1, newText: '' }], safe: false },
          });
        }
        i = text.indexOf('、', i + 1);
      }
    }
  },
};
