import * as fs from 'fs';
import * as path from 'path';
import { analyze, fix } from '../src/core';
let exact = 0, total = 0, lostTotal = 0, falseWarn = 0;
for (const dir of ['test/fixtures/residue', 'test/fixtures/residue-web']) {
  for (const f of fs.readdirSync(dir).filter((f) => f.includes('.dirty.')).sort()) {
    const dirty = fs.readFileSync(path.join(dir, f), 'utf8');
    const clean = fs.readFileSync(path.join(dir, f.replace('.dirty.', '.clean.')), 'utf8');
    total++;
    const out = fix(dirty, { only: ['residue'] });
    const cw = analyze(clean, { only: ['residue'] }).findings.length;
    falseWarn += cw;
    if (out === clean) exact++;
    else if (process.argv.includes('-v')) {
      const a = out.split('\n'), b = clean.split('\n');
      const extra = a.filter((l) => !b.includes(l)).slice(0, 4), missing = b.filter((l) => !a.includes(l)).slice(0, 3);
      console.log(`${dir}/${f}\n   LEFT: ${extra.join(' ‖ ')}\n   LOST: ${missing.join(' ‖ ')}`);
    }
    if (cw && process.argv.includes('-w')) console.log('WARN on clean', f, analyze(clean, { only: ['residue'] }).findings.map((x) => x.ruleId + ':' + x.text).join(' ‖ '));
  }
}
console.log(`exact ${exact}/${total}, findings on clean texts ${falseWarn}`);
