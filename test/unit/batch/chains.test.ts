// Chains of operations that use each other's results, run against the emulator: a null entry of an
// operation that ran must come out "omitted" all the way up the chain (a wrong "timed-out" would make
// autoRetryIncomplete send a POST twice).
import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runBatch } from '../../../src/core/batch';
import type { OperationSpec } from '../../../src/core/batch/spec';
import { ops, spec } from './helpers';
import { useEmulator } from './harness';

const { emulator, options } = useEmulator();

beforeEach(() => {
  emulator().resetFaults();
  emulator().requests.length = 0;
});

/** friends → names → post → read, each using the previous one's result. */
function friendsChain(post: Partial<OperationSpec> = {}): OperationSpec[] {
  return ops(
    { name: 'friends', relative_url: 'me/friends?limit=3' },
    { name: 'names', relative_url: '?ids={result=friends:$.data.*.id}&fields=name' },
    { name: 'post', method: 'POST', relative_url: 'me/feed', body: { message: 'Hello {result=names:$.*.name}' }, ...post },
    { name: 'read', relative_url: '{result=post:$.id}?fields=message' },
  );
}

const outcomes = (result: { operations: readonly { outcome: string }[] }): string[] => result.operations.map((o) => o.outcome);

describe('chains of references', () => {
  test('a whole successful chain: every operation but the last is omitted, the last succeeds', async () => {
    const result = await runBatch(spec(friendsChain()), options());
    assert.deepEqual(outcomes(result), ['omitted', 'omitted', 'omitted', 'success']);
    assert.match(result.operations[0].explanation, /operation 2 \("names"\) used its result/);
    assert.match(result.operations[2].explanation, /operation 4 \("read"\) used its result/);
    assert.match(result.operations[3].rawBody ?? '', /Hello Bea Fischer/);
  });

  test('a chain linked by depends_on only: the parents are omitted too', async () => {
    const list = ops(
      { name: 'create', method: 'POST', relative_url: 'me/feed', body: { message: 'first' } },
      { name: 'second', method: 'POST', relative_url: 'me/feed', body: { message: 'second' }, depends_on: 'create' },
      { relative_url: 'me?fields=id', depends_on: 'second' },
    );
    const result = await runBatch(spec(list), options());
    assert.deepEqual(outcomes(result), ['omitted', 'omitted', 'success']);
    assert.match(result.operations[0].explanation, /operation 2 \("second"\) waited for it \(depends_on\)/);
    assert.match(result.operations[1].explanation, /operation 3 waited for it \(depends_on\)/);
  });

  test('a child that names its parent in depends_on and also uses its result: "used its result"', async () => {
    const result = await runBatch(spec(friendsChain({ depends_on: 'names' })), options());
    assert.deepEqual(outcomes(result), ['omitted', 'omitted', 'omitted', 'success']);
    assert.match(result.operations[1].explanation, /operation 3 \("post"\) used its result/);
  });

  test('a child whose own token placeholder is filled in still says it used its parent\'s result', async () => {
    const result = await runBatch(
      spec(friendsChain({ relative_url: 'me/feed?access_token={{token:page}}' })),
      options({ namedTokens: (n) => (n === 'page' ? 'page-token' : undefined) }),
    );
    assert.deepEqual(outcomes(result), ['omitted', 'omitted', 'omitted', 'success']);
    assert.match(result.operations[1].explanation, /operation 3 \("post"\) used its result/);
  });

  test('timeout after the POST: everything before it is omitted, the rest timed out', async () => {
    emulator().setFaults({ batchTimeoutAfter: 3 });
    const result = await runBatch(spec(friendsChain({ omit_response_on_success: false })), options());
    assert.deepEqual(outcomes(result), ['omitted', 'omitted', 'success', 'timed-out']);
  });

  test('with autoRetryIncomplete, a POST that ran is not sent again', async () => {
    emulator().setFaults({ batchTimeoutAfter: 3 });
    const result = await runBatch(spec(friendsChain({ omit_response_on_success: false })), options({ autoRetryIncomplete: true, retries: 1 }));
    const batches = emulator().requests.filter((r) => r.kind === 'batch');
    // Only "read" goes again (its reference filled in from the POST's answer); the timeout still holds for index ≥ 3 only.
    assert.deepEqual(batches.map((r) => r.batchSize), [4, 1]);
    assert.deepEqual(outcomes(result), ['omitted', 'omitted', 'success', 'success']);
    assert.equal(result.operations[3].requestIndex, 1);
  });

  test('timeout in the middle with every body omitted: nothing proves the early ones ran, so all are timed out', async () => {
    emulator().setFaults({ batchTimeoutAfter: 2 });
    const result = await runBatch(spec(friendsChain()), options());
    assert.deepEqual(outcomes(result), ['timed-out', 'timed-out', 'timed-out', 'timed-out']);
    // The API cannot tell: each but the last may have run with its body left out for a user that never ran.
    for (const i of [0, 1, 2]) assert.match(result.operations[i].explanation, /or it succeeded with its body left out/);
    assert.match(result.operations[3].explanation, /^The batch ran out of time before this operation ran/);
  });

  test('a failure in the middle: what came before ran (omitted), what comes after did not run', async () => {
    const list = friendsChain();
    const broken = list.map((op) => (op.name === 'names' ? { ...op, relative_url: '?ids={result=friends:$.data.*.id}&fields=nope' } : op));
    const result = await runBatch(spec(broken), options());
    assert.deepEqual(outcomes(result), ['omitted', 'graph-error', 'parent-failed', 'parent-failed']);
    assert.match(result.operations[3].explanation, /operation 3 \("post"\)/);
  });

  test('a parent whose only user was stopped by another failed parent ran: omitted', async () => {
    const list = ops(
      { name: 'me', relative_url: 'me' },
      { name: 'bad', relative_url: 'me?fields=nope' },
      { name: 'both', relative_url: '{result=me:$.id}?x={result=bad:$.id}' },
      { relative_url: '{result=both:$.id}' },
    );
    const result = await runBatch(spec(list), options());
    assert.deepEqual(outcomes(result), ['omitted', 'graph-error', 'parent-failed', 'parent-failed']);
  });
});
