import { analyze } from '../src/core';
const base = '关于学习的心得体会\n\n一、提高政治站位\n我们坚持以党的创新理论为指导，认真学习党的二十大精神，不断提高政治判断力。\n' + process.argv[2] + '\n我们要坚持以人民为中心的发展思想，切实把各项工作落到实处，推动工作取得实效。\n以上汇报，不妥之处请批评指正。\n';
const lo = process.argv[3] ? process.argv[3].split(',') : [];
const f = analyze(base, { only: ['residue'], residue: { leaveOutFamilies: lo } }).findings;
console.log(JSON.stringify(f.map((x) => [x.ruleId, x.text, x.fix?.safe])));
