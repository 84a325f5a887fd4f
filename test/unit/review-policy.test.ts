import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_REVIEW_THRESHOLD, needsReview } from '../../src/vscode/review-policy';
import { taskLine } from '../../src/vscode/task-line';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));

describe('review of bulk deletions (studyReport.review.*)', () => {
  it('always reviews by default and for unknown values, never when told, above N when told', () => {
    assert.strictEqual(needsReview(1, undefined, undefined), true);
    assert.strictEqual(needsReview(1, 'always', 100), true);
    assert.strictEqual(needsReview(1, 'sometimes', 100), true);
    assert.strictEqual(needsReview(50, 'never', 0), false);
    assert.strictEqual(needsReview(5, 'aboveN', 5), false);
    assert.strictEqual(needsReview(6, 'aboveN', 5), true);
    assert.strictEqual(needsReview(DEFAULT_REVIEW_THRESHOLD + 1, 'aboveN', -3), true);
    assert.strictEqual(needsReview(0, 'always', 0), false, 'nothing to review');
  });

  it('the manifest declares the settings with the same default', () => {
    const props = manifest.contributes.configuration.properties;
    assert.deepStrictEqual(props['studyReport.review.deletions'].enum, ['always', 'aboveN', 'never']);
    assert.strictEqual(props['studyReport.review.deletions'].default, 'always');
    assert.strictEqual(props['studyReport.review.threshold'].default, DEFAULT_REVIEW_THRESHOLD);
  });

  it('the manifest contributes the task, its problem matcher, the folder command and the schema', () => {
    const c = manifest.contributes;
    assert.ok(c.taskDefinitions.some((t: { type: string }) => t.type === 'study-report'));
    const matcher = c.problemMatchers.find((m: { name: string }) => m.name === 'study-report');
    const re = new RegExp(matcher.pattern.regexp);
    const line = taskLine('材料/第一组/心得 1.txt', 3, 10, 'error', '付费插件标记“##paidbegin##”', 'paywall-marker');
    const m = re.exec(line)!;
    assert.ok(m, line);
    assert.deepStrictEqual([m[matcher.pattern.file], m[matcher.pattern.line], m[matcher.pattern.column], m[matcher.pattern.severity], m[matcher.pattern.message], m[matcher.pattern.code]],
      ['材料/第一组/心得 1.txt', '3', '10', 'error', '付费插件标记“##paidbegin##”', 'paywall-marker']);
    for (const [severity, word] of [['warning', 'warning'], ['info', 'info'], ['hint', 'info']]) {
      const other = re.exec(taskLine('a.md', 1, 1, severity, 'two\nlines  of text', 'residue-url'))!;
      assert.deepStrictEqual([other[matcher.pattern.severity], other[matcher.pattern.message]], [word, 'two lines of text']);
    }
    assert.ok(c.menus['explorer/context'].some((m: { command: string; when: string }) => m.command === 'studyReport.removeResidueInFolder' && m.when === 'explorerResourceIsFolder'));
    const validation = c.jsonValidation.find((v: { fileMatch: string }) => v.fileMatch === '.study-report.json');
    assert.ok(validation && fs.existsSync(path.join(__dirname, '..', '..', validation.url)));
  });
});
