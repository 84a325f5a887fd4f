import { judgeLine } from '../src/core/residue/classify';
import { splitSegments } from '../src/core/residue/segments';
const l = process.argv[2];
console.log(JSON.stringify(splitSegments(l).map((s) => l.slice(s.start, s.end))));
const j = judgeLine(l, { weight: 0, repeated: false, nextToResidue: false });
const spans = 'whole' in j ? [j.whole] : j.spans;
for (const s of spans) console.log(s.verdict, s.ruleId, JSON.stringify(l.slice(s.start, s.end)));
