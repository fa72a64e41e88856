// Each fault switch, observed with plain fetch.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { startEmulator, type Emulator, type ThrottleCode } from './index';
import { appendUpload, bodyOf, bytes, createUpload, errorOf, header, postBatch, runBatch, timed, uploadStatus } from './support';

let emulator: Emulator;
before(async () => {
  emulator = await startEmulator();
});
afterEach(() => emulator.resetFaults());
after(() => emulator.close());

const sha = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');
const me = { method: 'GET', relative_url: 'me' };


describe('batch faults', () => {
  test('a timeout after N operations nulls the later ones, which never run', async () => {
    emulator.setFaults({ batchTimeoutAfter: 2 });
    const entries = await runBatch(emulator.url, [me, me, { method: 'POST', relative_url: 'me/feed', body: 'message=never' }, me]);
    assert.deepEqual(entries.map((e) => e?.code ?? null), [200, 200, null, null]);
    emulator.resetFaults();
    const [feed] = await runBatch(emulator.url, [{ method: 'GET', relative_url: 'me/feed?limit=1' }]);
    assert.notEqual((bodyOf(feed).data as { message: string }[])[0].message, 'never');
  });

  test('operation latency: k independent operations take about L, a chain of k takes k·L', async () => {
    const latency = 300;
    emulator.setFaults({ operationLatencyMs: latency });
    const [, independent] = await timed(() => runBatch(emulator.url, Array.from({ length: 6 }, () => me)));
    const chain = [{ ...me, name: 'a' }, { ...me, name: 'b', depends_on: 'a' }, { ...me, depends_on: 'b' }];
    const [, dependent] = await timed(() => runBatch(emulator.url, chain));
    // Six in sequence would take 1800 ms; the slack absorbs a loaded machine.
    assert.ok(independent >= latency - 10 && independent < 1000, `independent took ${independent} ms`);
    assert.ok(dependent >= 3 * latency - 10, `dependent took ${dependent} ms`);
  });

  for (const code of [4, 17, 32, 613] as ThrottleCode[]) {
    test(`throttling code ${code} on the whole request: HTTP 400 with usage headers at 100%`, async () => {
      emulator.setFaults({ throttle: { code, scope: 'request' } });
      const response = await postBatch(emulator.url, [me]);
      assert.equal(response.status, 400);
      assert.equal(errorOf(await response.json()).code, code);
      assert.equal(JSON.parse(response.headers.get('x-app-usage') ?? '{}').call_count, 100);
      assert.ok(response.headers.get('x-business-use-case-usage'));
    });
  }

  test('throttling chosen operations: only they fail, with the usage headers in their own headers', async () => {
    emulator.setFaults({ throttle: { code: 613, scope: 'operations', operations: [1] } });
    const entries = await runBatch(emulator.url, [me, me, me]);
    assert.deepEqual(entries.map((e) => e?.code), [200, 400, 200]);
    assert.equal((bodyOf(entries[1]).error as { code: number }).code, 613);
    assert.equal(JSON.parse(header(entries[1], 'X-App-Usage') ?? '{}').total_time, 100);
    assert.ok(header(entries[1], 'X-Business-Use-Case-Usage'));
  });

  test('usagePercent sets what the usage headers report', async () => {
    emulator.setFaults({ usagePercent: 85 });
    const [entry] = await runBatch(emulator.url, [me]);
    assert.equal(JSON.parse(header(entry, 'X-App-Usage') ?? '{}').call_count, 85);
  });

  test('transient 5xx: the next N requests fail with is_transient, then all is well', async () => {
    emulator.setFaults({ transient5xx: { count: 2, status: 500 } });
    const first = await postBatch(emulator.url, [me]);
    const second = await fetch(`${emulator.url}/v24.0/me?access_token=test-token`);
    const third = await postBatch(emulator.url, [me]);
    assert.deepEqual([first.status, second.status, third.status], [500, 500, 200]);
    assert.equal(errorOf(await first.json()).is_transient, true);
    emulator.setFaults({ transient5xx: { count: 1 } });
    assert.equal((await postBatch(emulator.url, [me])).status, 503);
  });

  test('malformed answers: not JSON, truncated JSON, an array one entry short', async () => {
    emulator.setFaults({ malformedResponse: { kind: 'not-json' } });
    const html = await postBatch(emulator.url, [me]);
    assert.match(html.headers.get('content-type') ?? '', /text\/html/);
    const htmlText = await html.text();
    assert.throws(() => JSON.parse(htmlText));
    emulator.setFaults({ malformedResponse: { kind: 'truncated-json' } });
    const truncated = await (await postBatch(emulator.url, [me, me])).text();
    assert.throws(() => JSON.parse(truncated));
    emulator.setFaults({ malformedResponse: { kind: 'wrong-length' } });
    assert.equal(((await (await postBatch(emulator.url, [me, me, me])).json()) as unknown[]).length, 2);
  });

  test('a response delay slows every answer', async () => {
    emulator.setFaults({ responseDelayMs: 200 });
    const [, elapsed] = await timed(() => runBatch(emulator.url, [me]));
    assert.ok(elapsed >= 190, `took ${elapsed} ms`);
  });
});

describe('upload faults', () => {
  test('a dropped connection keeps the bytes stored before the drop; the upload resumes from there', async () => {
    const data = bytes(100_000, 3);
    const id = await createUpload(emulator.url, data.length);
    emulator.setFaults({ dropUploadAfterBytes: { bytes: 30_000 } });
    await assert.rejects(appendUpload(emulator.url, id, 0, data));
    assert.deepEqual(await uploadStatus(emulator.url, id), { id, file_offset: 30_000 });
    assert.equal(emulator.uploadSha256(id), sha(data.subarray(0, 30_000)));
    const resumed = (await (await appendUpload(emulator.url, id, 30_000, data.subarray(30_000))).json()) as { h?: string };
    assert.ok(resumed.h);
    assert.equal(emulator.uploadSha256(id), sha(data));
    assert.ok(emulator.requests.some((r) => r.fault === 'drop' && r.bytesStored === 30_000));
  });

  test('a drop at each attempt cuts every request after N bytes', async () => {
    const data = bytes(50_000, 4);
    const id = await createUpload(emulator.url, data.length);
    emulator.setFaults({ dropUploadAfterBytes: { bytes: 20_000, times: Infinity } });
    await assert.rejects(appendUpload(emulator.url, id, 0, data));
    await assert.rejects(appendUpload(emulator.url, id, 20_000, data.subarray(20_000)));
    assert.equal(emulator.uploadOffset(id), 40_000);
    emulator.resetFaults();
    await appendUpload(emulator.url, id, 40_000, data.subarray(40_000));
    assert.equal(emulator.uploadSha256(id), sha(data));
  });

  test('bytes that reached the server before the client went away are kept, and the upload resumes', async () => {
    const data = bytes(80_000, 5);
    const id = await createUpload(emulator.url, data.length);
    const abort = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(data.subarray(0, 50_000)); // and then never finish
      },
    });
    const pending = appendUpload(emulator.url, id, 0, body, undefined, abort.signal).catch(() => 'aborted');
    const deadline = Date.now() + 5000;
    while (emulator.uploadOffset(id) !== 50_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    abort.abort();
    assert.equal(await pending, 'aborted');
    assert.equal((await uploadStatus(emulator.url, id)).file_offset, 50_000);
    const resumed = (await (await appendUpload(emulator.url, id, 50_000, data.subarray(50_000))).json()) as { h?: string };
    assert.ok(resumed.h);
    assert.equal(emulator.uploadSha256(id), sha(data));
  });

  test('a lost final response: all bytes stored, no answer; a repeated POST at file_length returns the handle', async () => {
    const data = bytes(10_000, 6);
    const id = await createUpload(emulator.url, data.length);
    emulator.setFaults({ loseFinalUploadResponse: {} });
    await assert.rejects(appendUpload(emulator.url, id, 0, data));
    assert.equal((await uploadStatus(emulator.url, id)).file_offset, data.length);
    const recovered = (await (await appendUpload(emulator.url, id, data.length, new Uint8Array())).json()) as { h: string };
    assert.match(recovered.h, /^2:/);
    assert.equal(emulator.uploadSha256(id), sha(data));
  });

  test('an upload speed cap makes the body take bytes / rate seconds', async () => {
    const id = await createUpload(emulator.url, 40_000);
    emulator.setFaults({ uploadBytesPerSecond: 100_000 });
    const [, elapsed] = await timed(() => appendUpload(emulator.url, id, 0, bytes(40_000)));
    assert.ok(elapsed >= 350, `took ${elapsed} ms`);
  });

  test('malformed upload answers when the fault targets uploads', async () => {
    emulator.setFaults({ malformedResponse: { kind: 'truncated-json', endpoint: 'upload' } });
    const query = new URLSearchParams({ file_length: '5', file_type: 'image/png', access_token: 'test-token' });
    const text = await (await fetch(`${emulator.url}/v24.0/1234567890/uploads?${query}`, { method: 'POST' })).text();
    assert.throws(() => JSON.parse(text));
    assert.equal((await postBatch(emulator.url, [me])).status, 200);
  });
});
