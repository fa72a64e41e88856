import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, retryAfter, retryWithBackoff, type Clock } from '../../../src/core/graph';

function fakeClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

describe('retryWithBackoff', () => {
  test('retries until the outcome is good, waiting longer each time', async () => {
    const clock = fakeClock();
    let calls = 0;
    const result = await retryWithBackoff(async () => ++calls, { retries: 5, shouldRetry: (n) => n < 3, clock, random: () => 0.5, baseDelayMs: 100 });
    assert.equal(result, 3);
    assert.deepEqual(clock.slept, [75, 150]);
  });

  test('retryAfter goes on from a first outcome already in hand, numbering attempts from 1', async () => {
    const clock = fakeClock();
    const numbers: number[] = [];
    const result = await retryAfter(1, async (n) => (numbers.push(n), n + 1), { retries: 5, shouldRetry: (n) => n < 3, clock, random: () => 0.5, baseDelayMs: 100 });
    assert.equal(result, 3);
    assert.deepEqual(numbers, [1, 2]);
    assert.deepEqual(clock.slept, [75, 150]);
    assert.equal(await retryAfter(7, async () => assert.fail('no attempt needed'), { retries: 2, shouldRetry: () => false, clock }), 7);
  });

  test('stops after the given number of retries and returns the last outcome', async () => {
    const clock = fakeClock();
    let calls = 0;
    const result = await retryWithBackoff(async () => ++calls, { retries: 2, shouldRetry: () => true, clock });
    assert.equal(result, 3);
    assert.equal(clock.slept.length, 2);
  });

  test('an aborted signal stops further attempts', async () => {
    const controller = new AbortController();
    let calls = 0;
    const result = await retryWithBackoff(
      async () => {
        calls++;
        controller.abort();
        return 'failed';
      },
      { retries: 3, shouldRetry: () => true, signal: controller.signal, clock: fakeClock() },
    );
    assert.equal(result, 'failed');
    assert.equal(calls, 1);
  });

  test('the real clock wakes up early when aborted', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 20);
    await retryWithBackoff(async () => 'x', { retries: 1, shouldRetry: () => true, baseDelayMs: 10_000, signal: controller.signal });
    assert.ok(Date.now() - started < 2000);
  });
});

describe('backoffDelay', () => {
  test('doubles, jitters within [half, full] and is capped', () => {
    const policy = { retries: 9, baseDelayMs: 100, maxDelayMs: 1000 };
    assert.equal(backoffDelay(0, { ...policy, random: () => 0 }), 50);
    assert.equal(backoffDelay(0, { ...policy, random: () => 0.999999 }), 100);
    assert.equal(backoffDelay(2, { ...policy, random: () => 0 }), 200);
    assert.equal(backoffDelay(8, { ...policy, random: () => 0.999999 }), 1000);
  });
});
