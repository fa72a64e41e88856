import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { runBatch } from '../../../src/core/batch';
import type { BatchRunResult } from '../../../src/core/batch/result';
import { independent, ops, spec } from './helpers';
import { TOKEN, useEmulator, visibleText } from './harness';

const { emulator, options } = useEmulator();

beforeEach(() => {
  emulator().resetFaults();
  emulator().requests.length = 0;
});

function onlyFailure(result: BatchRunResult) {
  assert.equal(result.failures.length, 1);
  assert.ok(result.operations.every((o) => o.outcome === 'not-sent'));
  const failure = result.failures[0];
  assert.ok(!visibleText(result).includes(TOKEN), 'token in a message');
  assert.match(failure.message, /^[A-Z].*\.$/s);
  assert.match(failure.advice, /^[A-Z].*\.$/s);
  return failure;
}

/** A loopback port with nothing listening. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('whole-request failures', () => {
  test('400 GraphBatchException: the Graph message, what to do, raw answer kept', async () => {
    const result = await runBatch(spec(ops({ name: 'a', relative_url: 'me' }, { relative_url: '?ids={result=a:$..[?(@.id)]}' })), options());
    const failure = onlyFailure(result);
    assert.equal(failure.kind, 'graph-error');
    assert.equal(failure.status, 400);
    assert.equal(failure.error?.type, 'GraphBatchException');
    assert.match(failure.message, /rejected the whole request \(HTTP 400\): .*Invalid batch reference/);
    assert.match(failure.advice, /Fix what the message says/);
    assert.match(failure.rawResponse!, /GraphBatchException/);
  });

  test('an expired top-level token: advice to check the token, and the token is not echoed', async () => {
    const result = await runBatch(spec(independent(1)), options({ accessToken: 'expired-token' }));
    const failure = onlyFailure(result);
    assert.equal(failure.error?.code, 190);
    assert.match(failure.advice, /Check the access token/);
    assert.ok(!visibleText(result).includes('expired-token'));
  });

  test('transient 5xx answers are retried with backoff until they pass', async () => {
    emulator().setFaults({ transient5xx: { count: 2, status: 503 } });
    const result = await runBatch(spec(independent(2)), options({ retries: 2 }));
    assert.equal(result.failures.length, 0);
    assert.equal(result.counts.success, 2);
    assert.equal(emulator().requests.length, 3);
  });

  test('5xx after the retries run out: "retry later"', async () => {
    emulator().setFaults({ transient5xx: { count: 5, status: 500 } });
    const result = await runBatch(spec(independent(1)), options({ retries: 1 }));
    const failure = onlyFailure(result);
    assert.equal(failure.status, 500);
    assert.match(failure.advice, /having trouble; retry later/);
    assert.equal(emulator().requests.length, 2);
  });

  test('a throttled request says so and tells the user to wait', async () => {
    emulator().setFaults({ throttle: { code: 4, scope: 'request' } });
    const result = await runBatch(spec(independent(1)), options({ retries: 0 }));
    const failure = onlyFailure(result);
    assert.equal(failure.error?.code, 4);
    assert.match(failure.advice, /limiting calls.*Wait a few minutes/);
  });

  test('connection refused: a network failure in plain words', async () => {
    const port = await closedPort();
    const client = { graphUrl: `http://127.0.0.1:${port}`, apiVersion: 'v24.0', timeoutMs: 2000 };
    const result = await runBatch(spec(independent(1)), options({ client, retries: 1 }));
    const failure = onlyFailure(result);
    assert.equal(failure.kind, 'network');
    assert.match(failure.message, /Could not reach the Graph API at 127\.0\.0\.1:\d+: the connection was refused/);
    assert.match(failure.advice, /network connection/);
  });

  test('a slow server and a small timeout: a timeout failure, operations may have run', async () => {
    emulator().setFaults({ responseDelayMs: 2000 });
    const started = Date.now();
    const result = await runBatch(spec(independent(1)), options({ client: { graphUrl: emulator().url, apiVersion: 'v24.0', timeoutMs: 150 } }));
    const failure = onlyFailure(result);
    assert.equal(failure.kind, 'timeout');
    assert.match(failure.message, /did not answer within 0\.2 s/);
    assert.match(result.operations[0].explanation, /may or may not have run/);
    assert.ok(Date.now() - started < 1500);
  });

  for (const kind of ['not-json', 'truncated-json', 'wrong-length'] as const) {
    test(`a malformed answer (${kind}) keeps the raw text`, async () => {
      emulator().setFaults({ malformedResponse: { kind } });
      const result = await runBatch(spec(independent(2)), options());
      const failure = onlyFailure(result);
      assert.equal(failure.kind, 'malformed');
      assert.ok(failure.rawResponse && failure.rawResponse.length > 0);
    });
  }

  test('cancelling mid-flight returns promptly with every operation not sent', async () => {
    emulator().setFaults({ operationLatencyMs: 5000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const list = ops(...Array.from({ length: 60 }, () => ({ relative_url: 'me' })));
    const result = await runBatch(spec(list), options({ signal: controller.signal, maxConcurrentRequests: 1 }));
    assert.ok(Date.now() - started < 1000, 'took too long');
    assert.equal(result.counts['not-sent'], 60);
    assert.deepEqual(result.failures.map((f) => f.kind), ['cancelled', 'cancelled']);
    assert.match(result.operations[0].explanation, /cancelled/);
  });
});
