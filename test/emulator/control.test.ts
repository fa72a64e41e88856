// The request log and the /__emulator/ routes a standalone emulator is steered with.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type Emulator, type RequestLogEntry } from './index';
import { appendUpload, createUpload, postBatch, TOKEN } from './support';

let emulator: Emulator;
before(async () => {
  emulator = await startEmulator();
});
afterEach(() => emulator.resetFaults());
after(() => emulator.close());

describe('request log', () => {
  test('records kind, batch size, token presence, upload offsets and status, with tokens redacted', async () => {
    emulator.requests.length = 0;
    await postBatch(emulator.url, [{ method: 'GET', relative_url: 'me' }, { method: 'GET', relative_url: 'me' }]);
    const id = await createUpload(emulator.url, 3);
    await appendUpload(emulator.url, id, 0, Buffer.from('abc'));
    const [batch, create, append] = emulator.requests;
    assert.deepEqual([batch.kind, batch.batchSize, batch.hasTopLevelToken, batch.status], ['batch', 2, true, 200]);
    assert.match(batch.contentType ?? '', /x-www-form-urlencoded/);
    assert.equal(create.kind, 'upload-create');
    assert.ok(!create.query.includes(TOKEN) && create.query.includes('access_token=***'));
    assert.deepEqual([append.kind, append.fileOffset, append.bytesStored, append.status], ['upload-append', 0, 3, 200]);
  });
});

describe('/__emulator/ routes', () => {
  test('faults, reset and requests over HTTP; the routes themselves ignore faults', async () => {
    const set = await fetch(`${emulator.url}/__emulator/faults`, { method: 'POST', body: JSON.stringify({ transient5xx: { count: 5 } }) });
    assert.equal(set.status, 200);
    assert.equal((await postBatch(emulator.url, [{ method: 'GET', relative_url: 'me' }])).status, 503);
    const log = (await (await fetch(`${emulator.url}/__emulator/requests`)).json()) as RequestLogEntry[];
    assert.equal(log.filter((entry) => entry.kind === 'batch').at(-1)?.fault, 'transient-503');
    await fetch(`${emulator.url}/__emulator/reset`, { method: 'POST' });
    assert.equal((await postBatch(emulator.url, [{ method: 'GET', relative_url: 'me' }])).status, 200);
    const bad = await fetch(`${emulator.url}/__emulator/faults`, { method: 'POST', body: '[1]' });
    assert.equal(bad.status, 400);
  });

  test('the SHA-256 route takes upload:<opaque> or the whole id percent-encoded, and answers 404 for an unknown one', async () => {
    const id = await createUpload(emulator.url, 3);
    await appendUpload(emulator.url, id, 0, Buffer.from('abc'));
    const expected = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    for (const path of [id.split('?')[0], encodeURIComponent(id)]) {
      const body = (await (await fetch(`${emulator.url}/__emulator/uploads/${path}/sha256`)).json()) as { sha256: string; file_offset: number };
      assert.deepEqual([body.sha256, body.file_offset], [expected, 3]);
    }
    assert.equal((await fetch(`${emulator.url}/__emulator/uploads/upload:nope/sha256`)).status, 404);
  });
});
