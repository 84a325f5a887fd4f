import * as assert from 'assert';
import { fold } from '../../src/core/residue/normalize';

describe('residue folding', () => {
  it('reads widths and the traditional characters of residue words the simplified way, one code unit to one', () => {
    const cases: Array<[string, string]> = [
      ['ＶＩＰ會員免費下載', 'VIP会员免费下载'],
      ['小編為大家整理，歡迎閱讀', '小编为大家整理，欢迎阅读'],
      ['来源:ｗｗｗ．ｘｘ．ｃｏｍ', '来源：www.xx.com'],
    ];
    for (const [text, folded] of cases) {
      assert.strictEqual(fold(text), folded);
      assert.strictEqual(fold(text).length, text.length);
    }
  });

  it('leaves a simplified report line as the same string', () => {
    const line = '我们坚持以党的创新理论为指导，认真学习党的二十大精神。';
    assert.strictEqual(fold(line), line);
  });
});
