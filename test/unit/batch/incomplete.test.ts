import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { incompleteOperations } from '../../../src/core/batch';
import type { BatchRunResult, OperationOutcome, OperationResult } from '../../../src/core/batch/result';
import { ops, spec } from './helpers';

function previous(outcomes: [OperationOutcome, string?][]): BatchRunResult {
  const operations: OperationResult[] = outcomes.map(([outcome, rawBody], index) => ({ index, method: 'GET', relativeUrl: '', outcome, rawBody, explanation: '' }));
  return { startedAt: '', elapsedMs: 0, operations, failures: [], counts: {} as BatchRunResult['counts'] };
}

describe('incompleteOperations', () => {
  test('fills a reference to a completed parent from its stored body and drops its depends_on', () => {
    const s = spec(ops(
      { name: 'a', relative_url: 'me', omit_response_on_success: false },
      { method: 'POST', relative_url: 'x?to={result=a:$.id}', body: 'm={result=a:$.name}', depends_on: 'a' },
      { relative_url: 'y', headers: ['X-Id: {result=a:$.id}'] },
    ));
    const again = incompleteOperations(previous([['success', '{"id":"42","name":"Ann Lee"}'], ['timed-out'], ['not-sent']]), s);
    assert.deepEqual(again.map((o) => o.index), [1, 2]);
    assert.equal(again[0].relative_url, 'x?to=42');
    assert.equal(again[0].body, 'm=Ann+Lee');
    assert.equal(again[0].depends_on, undefined);
    assert.deepEqual(again[1].headers, ['X-Id: 42']);
  });

  test('re-sends a parent whose body was omitted, with its response kept this time', () => {
    const s = spec(ops({ name: 'a', relative_url: 'me' }, { relative_url: 'x' }, { relative_url: '?ids={result=a:$.id}' }));
    const again = incompleteOperations(previous([['omitted'], ['success', '{}'], ['timed-out']]), s);
    assert.deepEqual(again.map((o) => [o.index, o.omit_response_on_success]), [[0, false], [2, undefined]]);
    assert.equal(again[1].relative_url, '?ids={result=a:$.id}');
  });

  test('a depends_on alone on a completed parent needs no re-send', () => {
    const s = spec(ops({ name: 'a', relative_url: 'me' }, { relative_url: 'x', depends_on: 'a' }));
    const again = incompleteOperations(previous([['omitted'], ['timed-out']]), s);
    assert.deepEqual(again.map((o) => [o.index, o.depends_on]), [[1, undefined]]);
  });

  test('incomplete parents travel with their children', () => {
    const s = spec(ops({ name: 'a', relative_url: 'me' }, { relative_url: 'x', depends_on: 'a' }));
    const again = incompleteOperations(previous([['timed-out'], ['timed-out']]), s);
    assert.deepEqual(again.map((o) => [o.index, o.depends_on]), [[0, undefined], [1, 'a']]);
  });
});
