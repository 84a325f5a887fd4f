import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { mayBeResidue, weigh } from '../../src/core/residue/evidence';
import { loosenSource } from '../../src/core/residue/prefilter';
import { splitSegments } from '../../src/core/residue/segments';

// The prefilter lets judgeLine skip a line; skipping is only right when no piece of the line has a strong
// kind of evidence. Checked here against weigh itself on every line of the residue corpus and the traps.
const fixtures = path.join(__dirname, '..', 'fixtures');
const lines = ['residue', 'seed']
  .flatMap((dir) => fs.readdirSync(path.join(fixtures, dir)).map((f) => path.join(fixtures, dir, f)))
  .flatMap((file) => fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/))
  .filter((line) => line.trim() !== '');

function strongPiece(text: string): boolean {
  return weigh(text).independent > 0;
}

describe('residue prefilter', () => {
  it('loosens anchors and lookarounds, keeps classes and escapes', () => {
    assert.strictEqual(loosenSource('(?<![A-Za-z])s?vip(?![A-Za-z])'), 's?vip');
    assert.strictEqual(loosenSource('^[\\s↓▼]{0,6}阅读原文[^$]{0,6}$|喜欢'), '[\\s↓▼]{0,6}阅读原文[^$]{0,6}|喜欢');
    assert.strictEqual(loosenSource('\\^a\\$(?=b)c'), '\\^a\\$c');
  });

  it('passes every line that has a piece with strong evidence (residue corpus and seed)', () => {
    assert.ok(lines.length > 500, `only ${lines.length} lines`);
    let strong = 0;
    for (const line of lines) {
      const pieces = [line, ...splitSegments(line).map((s) => line.slice(s.start, s.end))];
      if (!pieces.some(strongPiece)) continue;
      strong++;
      assert.ok(mayBeResidue(line), `skipped a line with residue evidence: ${line}`);
    }
    assert.ok(strong > 50, `only ${strong} lines with evidence`);
  });

  it('skips plain report prose', () => {
    assert.strictEqual(mayBeResidue('本人能够坚持把理论学习摆在首位，认真参加支部组织的集中学习和专题研讨。理论联系实际，密切联系群众。'), false);
    assert.strictEqual(mayBeResidue('1、一是在学习上存在重业务轻理论的倾向；二是学习成果转化不够。'), false);
  });

  it('passes a contact word with a number, a handle or a colon, and a navigation line', () => {
    assert.ok(mayBeResidue('有意者请联系 1 3 8 0 0 1 3 8 0 0 0'));
    assert.ok(mayBeResidue('添加客服 abc12345'));
    assert.ok(mayBeResidue('公众号：某某材料'));
    assert.ok(mayBeResidue('首页 > 党建 > 心得体会'));
  });
});
