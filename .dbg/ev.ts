import { analyze } from '../src/core';
import { loadBases, place } from '../test/support/residue-eval';
const bases = loadBases(8);
const line = process.argv[2];
for (const b of bases.slice(0, 3)) {
  const p = place(b, line, 'between', 3)!;
  const f = analyze(p.text, { only: ['residue'], residue: { leaveOutFamilies: ['contact'] } }).findings;
  console.log(b.name, JSON.stringify(f.map((x) => [x.ruleId, x.text.slice(0, 30)])), JSON.stringify(p.text.slice(p.start - 20, p.end + 5)));
}
