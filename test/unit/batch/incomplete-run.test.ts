import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { retryIncomplete, runBatch } from '../../../src/core/batch';
import { ME_ID } from '../../emulator';
import { independent, ops, spec } from './helpers';
import { useEmulator } from './harness';

const { emulator, options } = useEmulator();
const batchSizes = () => emulator().requests.filter((r) => r.kind === 'batch').map((r) => r.batchSize);

beforeEach(() => {
  emulator().resetFaults();
  emulator().requests.length = 0;
});

describe('incomplete operations', () => {
  test('a timed-out batch: the rest are timed-out, and a retry sends exactly those', async () => {
    emulator().setFaults({ batchTimeoutAfter: 2 });
    const s = spec(independent(4));
    const first = await runBatch(s, options());
    assert.deepEqual(first.operations.map((o) => o.outcome), ['success', 'success', 'timed-out', 'timed-out']);
    assert.match(first.operations[2].explanation, /ran out of time/);
    emulator().resetFaults();
    const second = await retryIncomplete(first, s, options());
    assert.deepEqual(second.operations.map((o) => o.outcome), ['success', 'success', 'success', 'success']);
    assert.deepEqual(batchSizes(), [4, 2]);
    assert.equal(second.operations[2].requestIndex, 1);
    assert.equal(second.counts.success, 4);
  });

  test('a reference to a parent that completed earlier is filled in on the client', async () => {
    emulator().setFaults({ batchTimeoutAfter: 1 });
    const s = spec(ops({ name: 'me', relative_url: 'me', omit_response_on_success: false }, { relative_url: '{result=me:$.id}/friends?limit=2' }));
    const first = await runBatch(s, options());
    assert.deepEqual(first.operations.map((o) => o.outcome), ['success', 'timed-out']);
    const second = await retryIncomplete(first, s, options());
    assert.deepEqual(batchSizes(), [2, 1]);
    assert.equal(second.operations[1].outcome, 'success');
    assert.equal(second.operations[1].relativeUrl, `${ME_ID}/friends?limit=2`);
    assert.equal((JSON.parse(second.operations[1].rawBody!) as { data: unknown[] }).data.length, 2);
  });

  test('a parent whose body was omitted is sent again with its response kept', async () => {
    emulator().setFaults({ batchTimeoutAfter: 2 });
    const s = spec(ops({ name: 'me', relative_url: 'me' }, { relative_url: '{result=me:$.id}' }, { relative_url: '{result=me:$.id}/feed' }));
    const first = await runBatch(s, options());
    assert.deepEqual(first.operations.map((o) => o.outcome), ['omitted', 'success', 'timed-out']);
    emulator().resetFaults();
    const second = await retryIncomplete(first, s, options());
    assert.deepEqual(batchSizes(), [3, 2]);
    assert.deepEqual(second.operations.map((o) => o.outcome), ['success', 'success', 'success']);
    assert.ok(second.operations[0].rawBody?.includes(ME_ID));
  });

  test('autoRetryIncomplete re-sends timed-out operations by itself, bounded', async () => {
    emulator().setFaults({ batchTimeoutAfter: 3 });
    const result = await runBatch(spec(independent(8)), options({ autoRetryIncomplete: true, retries: 2 }));
    // 8 → 3 done; 5 again → 3 done; 2 again → done.
    assert.deepEqual(batchSizes(), [8, 5, 2]);
    assert.equal(result.counts.success, 8);
    const bounded = await runBatch(spec(independent(8)), options({ autoRetryIncomplete: true, retries: 1 }));
    assert.equal(bounded.counts['timed-out'], 2);
  });
});
