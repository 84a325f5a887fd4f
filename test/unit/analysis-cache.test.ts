import * as assert from 'assert';
import type * as vscode from 'vscode';
import { analyze } from '../../src/core';
import { AnalysisCache, type OptionsSource } from '../../src/vscode/analysis-cache';
import { mapSettings } from '../../src/vscode/config-map';
import type { ReportDocument } from '../../src/vscode/report-document';

// The cache is the reason views never re-parse: one analysis per (document version, settings generation).
// It needs only the narrow ReportDocument and an options source, so plain objects stand in here.

function fakeDocument(text: string) {
  const uri = { scheme: 'file', toString: () => 'file:///r.txt' } as unknown as vscode.Uri;
  const doc = { reads: 0, version: 1, languageId: 'study-report', text, uri, getText: () => { doc.reads++; return doc.text; } };
  return doc satisfies ReportDocument;
}

function fakeSettings(values: Record<string, unknown> = {}) {
  const store = { generation: 0, values, for: () => mapSettings((k) => store.values[k]) };
  return store satisfies OptionsSource;
}

const asDocument = (d: ReturnType<typeof fakeDocument>): ReportDocument => d;
const asStore = (s: ReturnType<typeof fakeSettings>): OptionsSource => s;

describe('analysis cache', () => {
  it('analyses a version once, however many views ask', () => {
    const doc = fakeDocument('一是##paidbegin##对新理论学习。\n');
    const cache = new AnalysisCache(asStore(fakeSettings()));
    const first = cache.get(asDocument(doc));
    assert.strictEqual(cache.get(asDocument(doc)), first);
    assert.strictEqual(doc.reads, 1);
    assert.ok(cache.isFresh(asDocument(doc)));
  });

  it('analyses again for a new version', () => {
    const doc = fakeDocument('一是##paidbegin##对新理论学习。\n');
    const cache = new AnalysisCache(asStore(fakeSettings()));
    cache.get(asDocument(doc));
    doc.version = 2;
    doc.text = '一是对新理论学习。\n';
    assert.ok(!cache.isFresh(asDocument(doc)));
    assert.ok(!cache.get(asDocument(doc)).findings.some((f) => f.ruleId === 'paywall-marker'));
    assert.strictEqual(doc.reads, 2);
  });

  it('does not reuse a result made with older settings (the generation is part of the key)', () => {
    const doc = fakeDocument('一是##paidbegin##对新理论学习。\n');
    const settings = fakeSettings();
    const cache = new AnalysisCache(asStore(settings));
    assert.ok(cache.get(asDocument(doc)).findings.some((f) => f.ruleId === 'paywall-marker'));
    settings.values = { rules: { 'paywall-marker': false } };
    settings.generation++;
    assert.ok(!cache.isFresh(asDocument(doc)));
    assert.ok(!cache.get(asDocument(doc)).findings.some((f) => f.ruleId === 'paywall-marker'));
  });

  it('analyses a new version incrementally, with the result of a full analysis', () => {
    const doc = fakeDocument('一、总体情况\n一是##paidbegin##对新理论学习。\n二是联系实际。\n汇报完毕，不妥之处请批评指正。\n');
    const cache = new AnalysisCache(asStore(fakeSettings()));
    cache.get(asDocument(doc));
    for (const [version, text] of ['一、总体情况\n一是对新理论学习。\n三是联系实际。\n汇报完毕，不妥之处请批评指正。\n添加客服微信：abc12345\n', '一、总体情况\n\n二是联系实际。\n'].entries()) {
      doc.version = version + 2;
      doc.text = text;
      assert.deepStrictEqual(cache.get(asDocument(doc)), analyze(text, mapSettings(() => undefined).engine));
    }
  });

  it('forgets a closed document', () => {
    const doc = fakeDocument('正文。\n');
    const cache = new AnalysisCache(asStore(fakeSettings()));
    cache.get(asDocument(doc));
    cache.delete(asDocument(doc));
    assert.ok(!cache.isFresh(asDocument(doc)));
  });
});
