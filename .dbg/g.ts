import { analyze, fix } from '../src/core';
const t = '我们要坚持以人民为中心的发展思想，切实把各项工作落到实处。' + process.argv[2] + '\n下一段内容也很重要，必须认真落实。\n';
const f = analyze(t, { only: ['residue'] }).findings;
console.log(JSON.stringify(f.map((x) => [x.ruleId, x.text, x.fix?.safe, x.message.zh])));
console.log(JSON.stringify(fix(t, { only: ['residue'] })));
