/**
 * A small rule tester for residue families: every invalid case is residue that must be removed exactly
 * wherever it stands (before the title, between two paragraphs, after the closing line, and glued to the
 * end of a sentence when it is a sentence itself); every valid case is report text that must stay, with
 * no finding, in the same places.
 */
import * as assert from 'assert';
import { analyze, fix } from '../../src/core';

const TITLE = '关于加强作风建设的研讨发言';
const P1 = '一、提高思想认识\n我们坚持以党的创新理论为指导，认真学习党的二十大精神，不断提高政治判断力和政治执行力。';
const P2 = '二、狠抓工作落实\n我们要坚持以人民为中心的发展思想，切实把各项工作落到实处，推动工作取得实效。';
const CLOSING = '以上发言，不妥之处请批评指正。';
const CLEAN = [TITLE, P1, P2, CLOSING].join('\n') + '\n';

export interface FamilyCases {
  /** Residue lines and the rule that reports them. */
  invalid: Array<{ text: string; ruleId: string; glue?: boolean }>;
  /** Report text carrying the family's words. */
  valid: string[];
}

const R = { only: ['residue' as const] };

function places(line: string, glue: boolean): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['before the title', [line, TITLE, P1, P2, CLOSING].join('\n') + '\n'],
    ['between paragraphs', [TITLE, P1, line, P2, CLOSING].join('\n') + '\n'],
    ['after the closing line', [TITLE, P1, P2, CLOSING, line].join('\n') + '\n'],
  ];
  if (glue) out.push(['glued after a sentence', [TITLE, P1 + line, P2, CLOSING].join('\n') + '\n']);
  return out;
}

export function testFamily(name: string, cases: FamilyCases): void {
  describe(`residue family ${name}`, () => {
    for (const c of cases.invalid) {
      for (const [where, text] of places(c.text, c.glue ?? false)) {
        it(`removes ${c.text} ${where}`, () => {
          const findings = analyze(text, R).findings.filter((f) => f.ruleId === c.ruleId);
          assert.ok(findings.length > 0, `no ${c.ruleId} finding: ${analyze(text, R).findings.map((f) => `${f.ruleId}:${f.text}`).join(' / ')}`);
          assert.strictEqual(fix(text, R), CLEAN);
        });
      }
    }
    for (const line of cases.valid) {
      for (const [where, text] of places(line, false)) {
        it(`keeps ${line} ${where}`, () => {
          assert.deepStrictEqual(analyze(text, R).findings.map((f) => `${f.ruleId}: ${f.text}`), []);
          assert.strictEqual(fix(text, R), text);
        });
      }
    }
  });
}
