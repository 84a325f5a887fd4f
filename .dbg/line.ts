import * as fs from 'fs';
import { judgeLine } from '../src/core/residue/classify';
const [file, n] = [process.argv[2], Number(process.argv[3])];
const line = fs.readFileSync(file, 'utf8').split(/\r?\n/)[n - 1];
const j = judgeLine(line, { weight: 0, repeated: false, nextToResidue: false });
const spans = 'whole' in j ? [j.whole] : j.spans;
for (const s of spans) console.log(s.verdict, s.ruleId, JSON.stringify(line.slice(s.start, s.end)), JSON.stringify([...s.evidence.kinds]), s.evidence.independent, s.evidence.residue, s.evidence.prose);
