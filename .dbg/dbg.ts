import { weigh, verdictOf } from '../src/core/residue/evidence';
import { judgeLine } from '../src/core/residue/classify';
for (const l of process.argv.slice(2)) {
  const e = weigh(l);
  console.log(l, JSON.stringify({ kinds: [...e.kinds], ind: e.independent, res: e.residue, prose: e.prose, frag: e.shape.fragment, sl: e.sentenceLike, v: verdictOf(e) }), JSON.stringify(judgeLine(l, {weight:0,repeated:false,nextToResidue:false})).slice(0,200));
}
