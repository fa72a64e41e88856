// The benchmark's own ground: its generated files are what they claim to be (so the figures compare
// like with like), and its statistics are right.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runBatch } from '../../../src/core/batch';
import { parseBatchDocument } from '../../../src/core/document/parse';
import { toBatchSpec } from '../../../src/core/document/to-spec';
import { validateBatchDocument } from '../../../src/core/language/diagnostics';
import { generateBatchFile, randomOffsets } from '../../bench/fixtures';
import { median, percentile, summarize } from '../../bench/stats';
import { DEFAULT_TOKEN, startEmulator } from '../../emulator';

const CONTEXT = { fileExists: () => true, isInsideWorkspace: () => true, tokenNames: () => ['page'], lastResponse: () => undefined };

describe('benchmark fixtures', () => {
  test('the same size and seed always give the same text', () => {
    assert.equal(generateBatchFile(50), generateBatchFile(50));
    assert.notEqual(generateBatchFile(50, 1), generateBatchFile(50, 2));
    assert.deepEqual(randomOffsets('x'.repeat(1000), 100), randomOffsets('x'.repeat(1000), 100));
  });

  test('a 50-operation file is valid: the validator has nothing to report', () => {
    const doc = parseBatchDocument(generateBatchFile(50));
    assert.equal(doc.operations.length, 50);
    assert.deepEqual(validateBatchDocument(doc, CONTEXT), []);
  });

  test('the 5,000-operation file is about 1 MB and only told that it will be split into requests', () => {
    const text = generateBatchFile(5000);
    assert.ok(text.length > 900_000 && text.length < 1_100_000, `${text.length} bytes`);
    const diagnostics = validateBatchDocument(parseBatchDocument(text), CONTEXT);
    assert.deepEqual(diagnostics.map((d) => d.code), ['FB301']);
  });

  test('every operation of a generated batch succeeds against the emulator', async () => {
    const emulator = await startEmulator();
    try {
      const result = await runBatch(toBatchSpec(parseBatchDocument(generateBatchFile(50))), {
        client: { graphUrl: emulator.url, apiVersion: 'v24.0', timeoutMs: 10_000 },
        accessToken: DEFAULT_TOKEN,
        namedTokens: () => 'page-token',
        retries: 0,
      });
      assert.equal(result.counts['graph-error'] + result.counts['parent-failed'] + result.counts['not-sent'], 0, JSON.stringify(result.counts));
    } finally {
      await emulator.close();
    }
  });
});

describe('benchmark statistics', () => {
  test('median of odd and even counts', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });

  test('p95 is the nearest rank, never past the largest value', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(percentile(values, 95), 95);
    assert.equal(percentile([7], 95), 7);
    assert.deepEqual(summarize([3, 1, 2], 'ms'), { median: 2, p95: 3, min: 1, max: 3, n: 3, unit: 'ms' });
  });
});
