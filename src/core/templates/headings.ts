import { numberStops } from './number-stops';
import type { Template } from './types';

// One heading at each level of GB/T 9704-2012 (一、 （一） 1. （1）) and the in-paragraph 一是/二是/三是.
// The ordinal is a choice; next-ordinal completion offers the right one where numbering continues.
const CN = '一,二,三,四,五,六,七,八,九,十';
const AR = '1,2,3,4,5,6,7,8,9';

export const HEADINGS: readonly Template[] = [
  {
    id: 'heading-1',
    kind: 'heading',
    label: { zh: '一级标题（一、）', en: 'Level 1 heading (一、)' },
    prefixes: ['yjbt', '一级标题'],
    body: numberStops([`\${|${CN}|}、\${:标题}$0`]),
  },
  {
    id: 'heading-2',
    kind: 'heading',
    label: { zh: '二级标题（（一））', en: 'Level 2 heading (（一）)' },
    prefixes: ['ejbt', '二级标题'],
    body: numberStops([`（\${|${CN}|}）\${:标题}$0`]),
  },
  {
    id: 'heading-3',
    kind: 'heading',
    label: { zh: '三级标题（1.）', en: 'Level 3 heading (1.)' },
    prefixes: ['sjbt', '三级标题'],
    body: numberStops([`\${|${AR}|}.\${:标题}$0`]),
  },
  {
    id: 'heading-4',
    kind: 'heading',
    label: { zh: '四级标题（（1））', en: 'Level 4 heading (（1）)' },
    prefixes: ['sijbt', '四级标题'],
    body: numberStops([`（\${|${AR}|}）\${:标题}$0`]),
  },
  {
    id: 'enumeration',
    kind: 'heading',
    label: { zh: '一是……二是……三是……', en: 'In-paragraph enumeration (一是/二是/三是)' },
    prefixes: ['yses', '一是二是'],
    body: numberStops(['一是${:……}。二是${:……}。三是${:……}。$0']),
  },
];
