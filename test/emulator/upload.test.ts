// The Resumable Upload API: sessions, appending at offsets, querying the offset, and every error
// a client must handle.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { startEmulator, type Emulator } from './index';
import { appendUpload, bytes, createUpload, errorOf, TOKEN, uploadStatus } from './support';

let emulator: Emulator;
before(async () => {
  emulator = await startEmulator();
});
after(() => emulator.close());

const sha = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

async function expectError(response: Response, code: number, subcode?: number): Promise<string> {
  const error = errorOf(await response.json());
  assert.equal(response.status, 400);
  assert.deepEqual([error.code, error.error_subcode], [code, subcode]);
  return error.message;
}

describe('creating a session', () => {
  test('answers upload:<opaque>?sig=<sig> for each allowed type', async () => {
    for (const type of ['application/pdf', 'image/jpeg', 'image/jpg', 'image/png', 'video/mp4']) {
      assert.match(await createUpload(emulator.url, 10, type), /^upload:[A-Za-z0-9_-]+\?sig=[A-Za-z0-9_-]+$/);
    }
  });

  const bad: [string, Record<string, string>, number, number | undefined][] = [
    ['a zero length', { file_length: '0' }, 100, 9101],
    ['a length that is not a number', { file_length: '12kb' }, 100, 9101],
    ['a type outside the five', { file_type: 'image/gif' }, 100, 9102],
    ['an invalid token', { access_token: 'bogus' }, 190, undefined],
    ['no token', { access_token: '' }, 104, undefined],
  ];
  for (const [what, override, code, subcode] of bad) {
    test(`rejects ${what}`, async () => {
      const query = new URLSearchParams({ file_name: 'a.png', file_length: '10', file_type: 'image/png', access_token: TOKEN, ...override });
      await expectError(await fetch(`${emulator.url}/v24.0/1234567890/uploads?${query}`, { method: 'POST' }), code, subcode);
    });
  }

  test('rejects an unknown app with code 100 subcode 33', async () => {
    const query = new URLSearchParams({ file_length: '10', file_type: 'image/png', access_token: TOKEN });
    await expectError(await fetch(`${emulator.url}/v24.0/555/uploads?${query}`, { method: 'POST' }), 100, 33);
  });
});

describe('appending and resuming', () => {
  test('two parts at the right offsets give a handle, a byte-exact file and the same handle again on a repeat', async () => {
    const data = bytes(300_000);
    const id = await createUpload(emulator.url, data.length);
    const partial = await appendUpload(emulator.url, id, 0, data.subarray(0, 100_000));
    assert.deepEqual(await partial.json(), { id, file_offset: 100_000 });
    assert.deepEqual(await uploadStatus(emulator.url, id), { id, file_offset: 100_000 });
    const final = (await (await appendUpload(emulator.url, id, 100_000, data.subarray(100_000))).json()) as { h: string };
    assert.match(final.h, /^2:/);
    assert.equal(emulator.uploadSha256(id), sha(data));
    assert.equal(emulator.uploadOffset(id), data.length);
    const again = await appendUpload(emulator.url, id, data.length, new Uint8Array());
    assert.deepEqual(await again.json(), final);
    const viaHttp = (await (await fetch(`${emulator.url}/__emulator/uploads/${id.split('?')[0]}/sha256`)).json()) as { sha256: string };
    assert.equal(viaHttp.sha256, sha(data));
  });

  test('a 20 MB body streamed in small chunks arrives byte-exact', async () => {
    const size = 20 * 1024 * 1024;
    const id = await createUpload(emulator.url, size, 'video/mp4');
    const hash = createHash('sha256');
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= size) return controller.close();
        const chunk = bytes(Math.min(65_536, size - sent), sent + 1);
        hash.update(chunk);
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await appendUpload(emulator.url, id, 0, stream);
    assert.ok(((await response.json()) as { h?: string }).h);
    assert.equal(emulator.uploadSha256(id), hash.digest('hex'));
  });

  test('the GET also takes ?access_token= as the documentation shows', async () => {
    const id = await createUpload(emulator.url, 5);
    const response = await fetch(`${emulator.url}/v24.0/${id}&access_token=${TOKEN}`);
    assert.equal(((await response.json()) as { file_offset: number }).file_offset, 0);
  });
});

describe('errors the client must handle', () => {
  test('a wrong offset keeps nothing of that body (subcode 9108)', async () => {
    const id = await createUpload(emulator.url, 10);
    await appendUpload(emulator.url, id, 0, Buffer.from('abcd'));
    assert.match(await expectError(await appendUpload(emulator.url, id, 2, Buffer.from('XXXXXXXX')), 100, 9108), /stored 4 of 10/);
    assert.match(await expectError(await appendUpload(emulator.url, id, 6, Buffer.from('XXXX')), 100, 9108), /file_offset 6/);
    assert.equal(emulator.uploadOffset(id), 4);
    await appendUpload(emulator.url, id, 4, Buffer.from('efghij'));
    assert.equal(emulator.uploadSha256(id), sha(Buffer.from('abcdefghij')));
  });

  test('bytes past the declared length are refused whole, with or without Content-Length (subcode 9109)', async () => {
    const id = await createUpload(emulator.url, 10);
    await expectError(await appendUpload(emulator.url, id, 0, Buffer.from('0123456789AB')), 100, 9109);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(Buffer.from('0123456'));
        controller.enqueue(Buffer.from('789AB'));
        controller.close();
      },
    });
    await expectError(await appendUpload(emulator.url, id, 0, chunked), 100, 9109);
    assert.equal(emulator.uploadOffset(id), 0);
  });

  test('no Authorization header, even with ?access_token= (code 190 subcode 9103)', async () => {
    const id = await createUpload(emulator.url, 4);
    const response = await fetch(`${emulator.url}/v24.0/${id}&access_token=${TOKEN}`, { method: 'POST', headers: { file_offset: '0' }, body: 'abcd' });
    await expectError(response, 190, 9103);
    assert.ok(response.headers.get('www-authenticate'));
  });

  test('an invalid token in the header (190)', async () => {
    const id = await createUpload(emulator.url, 4);
    await expectError(await appendUpload(emulator.url, id, 0, Buffer.from('abcd'), 'bogus'), 190);
  });

  test('a missing or non-numeric file_offset header (subcode 9107)', async () => {
    const id = await createUpload(emulator.url, 4);
    const missing = await fetch(`${emulator.url}/v24.0/${id}`, { method: 'POST', headers: { Authorization: `OAuth ${TOKEN}` }, body: 'abcd' });
    await expectError(missing, 100, 9107);
    const words = await fetch(`${emulator.url}/v24.0/${id}`, { method: 'POST', headers: { Authorization: `OAuth ${TOKEN}`, file_offset: 'start' }, body: 'abcd' });
    await expectError(words, 100, 9107);
  });

  test('a percent-encoded ?sig (subcode 9106), a wrong sig (9105), an unknown session (9104)', async () => {
    const id = await createUpload(emulator.url, 4);
    const [path, sig] = id.split('?sig=');
    await expectError(await fetch(`${emulator.url}/v24.0/${encodeURIComponent(id)}`, { headers: { Authorization: `OAuth ${TOKEN}` } }), 100, 9106);
    await expectError(await appendUpload(emulator.url, `${path}?sig=${sig}x`, 0, Buffer.from('abcd')), 100, 9105);
    await expectError(await appendUpload(emulator.url, path, 0, Buffer.from('abcd')), 100, 9105);
    await expectError(await appendUpload(emulator.url, `upload:nope?sig=${sig}`, 0, Buffer.from('abcd')), 100, 9104);
    assert.equal(emulator.uploadOffset(id), 0);
  });

  test('two requests racing at the same offset: the second waits for the first, then gets 9108', async () => {
    const id = await createUpload(emulator.url, 20_000);
    emulator.setFaults({ uploadBytesPerSecond: 100_000 });
    try {
      const a = bytes(20_000, 7);
      const first = appendUpload(emulator.url, id, 0, a);
      await new Promise((r) => setTimeout(r, 30));
      const second = appendUpload(emulator.url, id, 0, bytes(20_000, 8));
      assert.ok((((await (await first).json()) as { h?: string }).h));
      await expectError(await second, 100, 9108);
      assert.equal(emulator.uploadSha256(id), sha(a));
    } finally {
      emulator.resetFaults();
    }
  });
});
