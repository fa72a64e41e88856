import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BatchInputError, planBatch } from '../../../src/core/batch';
import type { OperationSpec } from '../../../src/core/batch/spec';
import { independent, ops } from './helpers';

/** 120 operations: chains of 7 (each links to the previous by name or depends_on), in order. */
function chains(total: number, length: number): OperationSpec[] {
  return ops(
    ...Array.from({ length: total }, (_, i) => {
      const first = i % length === 0;
      const name = `op${i}`;
      if (first) return { name, relative_url: 'me' };
      return i % 2 === 0 ? { name, relative_url: `?ids={result=op${i - 1}:$.id}` } : { name, relative_url: 'me/feed', depends_on: `op${i - 1}` };
    }),
  );
}

function groupOf(op: number, length: number): number {
  return Math.floor(op / length);
}

describe('planBatch', () => {
  test('one request for a small batch, original order kept', () => {
    const plan = planBatch(independent(3));
    assert.equal(plan.requests.length, 1);
    assert.deepEqual(plan.requests[0].operations.map((o) => o.index), [0, 1, 2]);
  });

  test('120 operations in groups of 7: requests of at most 50, no group split, order kept', () => {
    const plan = planBatch(chains(120, 7));
    assert.equal(plan.requests.length, 3);
    const seen: number[] = [];
    for (const request of plan.requests) {
      const indexes = request.operations.map((o) => o.index);
      assert.ok(indexes.length <= 50);
      assert.deepEqual(indexes, [...indexes].sort((a, b) => a - b));
      const groups = new Set(indexes.map((i) => groupOf(i, 7)));
      for (const g of groups) {
        const members = Array.from({ length: 120 }, (_, i) => i).filter((i) => groupOf(i, 7) === g);
        assert.ok(members.every((m) => indexes.includes(m)), `group ${g} split`);
      }
      seen.push(...indexes);
    }
    assert.deepEqual(seen.sort((a, b) => a - b), Array.from({ length: 120 }, (_, i) => i));
    assert.deepEqual(plan.parents.get(2), [1]);
    assert.deepEqual(plan.parents.get(1), [0]);
  });

  test('a reference inside a form body or header links operations too', () => {
    const list = ops(
      { name: 'a', relative_url: 'me' },
      ...Array.from({ length: 49 }, (_, i) => ({ relative_url: `x${i}` })),
      { method: 'POST', relative_url: 'me/feed', body: 'message=%7Bresult%3Da%3A%24.name%7D' },
      { relative_url: 'y', headers: ['If-None-Match: {result=a:$.etag}'] },
    );
    const plan = planBatch(list);
    const withA = plan.requests.find((r) => r.operations.some((o) => o.index === 0))!;
    assert.ok(withA.operations.some((o) => o.index === 50));
    assert.ok(withA.operations.some((o) => o.index === 51));
  });

  test('a group of 51 is an error naming the group, before anything is sent', () => {
    const list = chains(51, 51);
    assert.throws(() => planBatch(list), (e: unknown) => e instanceof BatchInputError && /operation 1 \("op0"\)/.test(e.message) && /51 operations/.test(e.message) && /at most 50/.test(e.message));
  });

  test('a reference to an unknown name and a duplicate name are errors', () => {
    assert.throws(() => planBatch(ops({ relative_url: '?ids={result=nope:$.id}' })), /"nope"/);
    assert.throws(() => planBatch(ops({ name: 'a', relative_url: 'x' }, { name: 'a', relative_url: 'y' })), /both named "a"/);
  });
});
