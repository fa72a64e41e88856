import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';
import { getCodeLenses } from '../../../src/core/language/codelens';
import { fixture, slice } from './helpers';

const bare = (count: number): string =>
  `[\n${Array.from({ length: count }, (_, i) => `{ "method": "GET", "relative_url": "me?i=${i}" }`).join(',\n')}\n]`;

test('a run lens above the batch, counting operations and, past 50, requests', () => {
  const text = fixture('nav-page-week.fbbatch');
  const lenses = getCodeLenses(parseBatchDocument(text), { hasIncomplete: false });
  assert.deepEqual(lenses.map((l) => [l.title, l.command]), [['▶ Run batch (6 operations)', 'fbbatch.runBatch']]);
  assert.ok(slice(text, lenses[0].range).startsWith('"batch"'));
  assert.equal(getCodeLenses(parseBatchDocument(bare(1)), { hasIncomplete: false })[0].title, '▶ Run batch (1 operation)');
  assert.equal(getCodeLenses(parseBatchDocument(bare(50)), { hasIncomplete: false })[0].title, '▶ Run batch (50 operations)');
  assert.equal(getCodeLenses(parseBatchDocument(bare(120)), { hasIncomplete: false })[0].title, '▶ Run batch (120 operations, 3 requests)');
  assert.equal(getCodeLenses(parseBatchDocument(bare(120)), { hasIncomplete: false })[0].range.start, 0);
});

test('after a run: a summary lens, and a retry lens when operations are incomplete', () => {
  const doc = parseBatchDocument(bare(4));
  const clean = getCodeLenses(doc, { hasIncomplete: false, lastRun: { succeeded: 3, failed: 1, incomplete: 0 } });
  assert.deepEqual(clean.map((l) => [l.title, l.command]), [
    ['▶ Run batch (4 operations)', 'fbbatch.runBatch'],
    ['Last run: 3 succeeded, 1 failed', 'fbbatch.showPanel'],
  ]);
  const partial = getCodeLenses(doc, { hasIncomplete: true, lastRun: { succeeded: 1, failed: 0, incomplete: 3 } });
  assert.deepEqual(partial.slice(1).map((l) => [l.title, l.command]), [
    ['Last run: 1 succeeded, 0 failed, 3 incomplete', 'fbbatch.showPanel'],
    ['↻ Retry incomplete (3)', 'fbbatch.retryIncomplete'],
  ]);
});

test('no lenses without a batch', () => {
  assert.deepEqual(getCodeLenses(parseBatchDocument('{ "api_version": "v24.0" }'), { hasIncomplete: true }), []);
  assert.deepEqual(getCodeLenses(parseBatchDocument('// nothing yet'), { hasIncomplete: false }), []);
});
