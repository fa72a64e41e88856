import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BatchInputError, runBatch } from '../../../src/core/batch';
import type { OperationSpec } from '../../../src/core/batch/spec';
import { FRIEND_NAMES, ME_ID, PAGE_ID } from '../../emulator';
import { independent, ops, spec } from './helpers';
import { TOKEN, useEmulator, visibleText } from './harness';

const { emulator, options } = useEmulator();
const batchRequests = () => emulator().requests.filter((r) => r.kind === 'batch');

beforeEach(() => {
  emulator().resetFaults();
  emulator().requests.length = 0;
});

describe('runBatch against the emulator', () => {
  test('references, omitted parents and per-operation usage', async () => {
    const s = spec(ops({ name: 'get-friends', relative_url: 'me/friends?limit=5' }, { relative_url: '?ids={result=get-friends:$.data.*.id}&fields=name' }));
    const result = await runBatch(s, options());
    assert.deepEqual(result.operations.map((o) => o.outcome), ['omitted', 'success']);
    const names = Object.values(JSON.parse(result.operations[1].rawBody!) as Record<string, { name: string }>).map((u) => u.name);
    assert.deepEqual(names.sort(), FRIEND_NAMES.slice(0, 5).sort());
    assert.equal(result.counts.success, 1);
    assert.equal(result.counts.omitted, 1);
    assert.ok(result.operations[1].usage?.['x-app-usage']);
    assert.ok(result.usage?.['x-app-usage']);
    assert.equal(batchRequests()[0].hasTopLevelToken, true);
  });

  test('a failed operation and its dependants: graph-error with the error fields, then parent-failed', async () => {
    const s = spec(ops({ name: 'bad', relative_url: 'no_such_node_123' }, { relative_url: 'me', depends_on: 'bad' }, { relative_url: 'me' }));
    const result = await runBatch(s, options());
    assert.deepEqual(result.operations.map((o) => o.outcome), ['graph-error', 'parent-failed', 'success']);
    const error = result.operations[0].error!;
    assert.equal(typeof error.code, 'number');
    assert.ok(error.fbtrace_id);
    assert.match(result.operations[1].explanation, /operation 1 \("bad"\).*failed/);
  });

  test('304 for If-None-Match is not-modified, not a timeout', async () => {
    const first = await runBatch(spec(ops({ relative_url: 'me' }), { includeHeaders: true }), options());
    const etag = first.operations[0].headers!.find((h) => h.name.toLowerCase() === 'etag')!.value;
    const second = await runBatch(spec(ops({ relative_url: 'me', headers: [`If-None-Match: ${etag}`] })), options());
    assert.equal(second.operations[0].outcome, 'not-modified');
    assert.equal(second.operations[0].code, 304);
  });

  test('named tokens fill {{token:NAME}} and never show in results', async () => {
    const s = spec(ops({ relative_url: 'me?access_token={{token:page}}' }, { relative_url: 'me' }));
    const result = await runBatch(s, options({ namedTokens: (n) => (n === 'page' ? 'page-token' : undefined) }));
    assert.equal((JSON.parse(result.operations[0].rawBody!) as { id: string }).id, PAGE_ID);
    assert.equal((JSON.parse(result.operations[1].rawBody!) as { id: string }).id, ME_ID);
    assert.equal(result.operations[0].relativeUrl, 'me?access_token={{token:page}}');
    assert.ok(!visibleText(result).includes('page-token') && !visibleText(result).includes(TOKEN));
    await assert.rejects(runBatch(s, options()), /no token named "page"/);
  });

  test('tokens in a string body and in an object body value are filled as well', async () => {
    const s = spec(
      ops(
        { method: 'POST', relative_url: 'me/feed', body: 'message=one&access_token={{token:page}}' },
        { method: 'POST', relative_url: 'me/feed', body: { message: 'two', access_token: '{{token:page}}' } },
      ),
    );
    const result = await runBatch(s, options({ namedTokens: (n) => (n === 'page' ? 'page-token' : undefined) }));
    // The emulator posts as whoever the operation's token belongs to: the page, not the user.
    for (const op of result.operations) assert.match((JSON.parse(op.rawBody!) as { id: string }).id, new RegExp(`^${PAGE_ID}_`));
    assert.ok(!visibleText(result).includes('page-token'));
  });

  test('120 operations in groups go out as 3 requests of at most 50, concurrently, all answered', async () => {
    const list: OperationSpec[] = ops(
      ...Array.from({ length: 120 }, (_, i) => (i % 6 === 0 ? { name: `g${i}`, relative_url: 'me' } : { relative_url: `{result=g${i - (i % 6)}:$.id}` })),
    );
    const progress: number[] = [];
    const result = await runBatch(spec(list), options({ onProgress: (done, total) => progress.push(done / total) }));
    assert.equal(result.counts['omitted'] + result.counts.success, 120);
    assert.equal(batchRequests().length, 3);
    assert.ok(batchRequests().every((r) => (r.batchSize ?? 0) <= 50));
    assert.deepEqual(new Set(result.operations.map((o) => o.requestIndex)), new Set([0, 1, 2]));
    assert.equal(progress[0], 0);
    assert.equal(progress.at(-1), 1);
  });

  test('independent requests run concurrently, never more than maxConcurrentRequests at once', async () => {
    emulator().setFaults({ operationLatencyMs: 100 });
    const list = independent(500);
    const started = Date.now();
    const wide = await runBatch(spec(list), options({ maxConcurrentRequests: 10 }));
    const wideMs = Date.now() - started;
    assert.equal(wide.counts.success, 500);
    assert.ok(wideMs < 600, `10 requests side by side took ${wideMs} ms`);
    emulator().requests.length = 0;
    await runBatch(spec(list), options({ maxConcurrentRequests: 3 }));
    const spans = batchRequests().map((r) => [r.time, r.time + (r.durationMs ?? 0)]);
    const overlap = Math.max(...spans.map(([t]) => spans.filter(([a, b]) => a <= t && t < b).length));
    assert.equal(spans.length, 10);
    assert.ok(overlap >= 2 && overlap <= 3, `${overlap} requests at once`);
  });

  test('a dependency group of 51 is refused before anything is sent', async () => {
    const list = ops(...Array.from({ length: 51 }, (_, i) => (i === 0 ? { name: 'root', relative_url: 'me' } : { relative_url: 'me', depends_on: 'root' })));
    await assert.rejects(runBatch(spec(list), options()), (e: unknown) => e instanceof BatchInputError && /"root"/.test(e.message));
    assert.equal(emulator().requests.length, 0);
  });

  test('an endpoint that is not HTTPS or loopback is refused before anything is sent', async () => {
    await assert.rejects(
      runBatch(spec(independent(1)), options({ client: { graphUrl: 'http://graph.facebook.com', apiVersion: 'v24.0', timeoutMs: 1000 } })),
      /plain HTTP/,
    );
  });

  test('throttled operations are graph errors naming the rate limit', async () => {
    emulator().setFaults({ throttle: { code: 613, scope: 'operations', operations: [1] } });
    const result = await runBatch(spec(independent(2)), options());
    assert.deepEqual(result.operations.map((o) => o.outcome), ['success', 'graph-error']);
    assert.equal(result.operations[1].error?.code, 613);
  });
});
