// The batch endpoint against the documentation's examples and the API's wire behaviour.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { AD_ACCOUNT_ID, FRIEND_NAMES, ME_ID, startEmulator, type Emulator } from './index';
import { bodyOf, errorOf, header, postBatch, runBatch, TOKEN } from './support';

let emulator: Emulator;
before(async () => {
  emulator = await startEmulator();
});
after(() => emulator.close());

async function batchError(batch: unknown, extra: Record<string, string> = {}): Promise<{ status: number; error: ReturnType<typeof errorOf>; raw: unknown }> {
  const response = await postBatch(emulator.url, batch, extra);
  const raw: unknown = await response.json();
  return { status: response.status, error: errorOf(raw), raw };
}

describe('documentation examples', () => {
  test('me and me/friends?limit=50 answer 200 with the documented Content-Type', async () => {
    const [me, friends] = await runBatch(emulator.url, [{ method: 'GET', relative_url: 'me' }, { method: 'GET', relative_url: 'me/friends?limit=50' }]);
    assert.equal(me?.code, 200);
    assert.equal(bodyOf(me).id, ME_ID);
    assert.equal(header(me, 'Content-Type'), 'text/javascript; charset=UTF-8');
    assert.deepEqual((bodyOf(friends).data as { name: string }[]).map((f) => f.name), FRIEND_NAMES);
  });

  test('get-friends then ?ids={result=get-friends:$.data.*.id}: the parent is null, the ids are joined with commas', async () => {
    const entries = await runBatch(emulator.url, [
      { method: 'GET', name: 'get-friends', relative_url: 'me/friends?limit=5' },
      { method: 'GET', relative_url: '?ids={result=get-friends:$.data.*.id}' },
    ]);
    assert.equal(entries[0], null);
    assert.deepEqual(Object.values(bodyOf(entries[1])).map((f) => (f as { name: string }).name), FRIEND_NAMES.slice(0, 5));
  });

  test('omit_response_on_success:false keeps the parent response', async () => {
    const entries = await runBatch(emulator.url, [
      { method: 'GET', name: 'get-friends', relative_url: 'me/friends?limit=5', omit_response_on_success: false },
      { method: 'GET', relative_url: '?ids={result=get-friends:$.data.*.id}' },
    ]);
    assert.equal((bodyOf(entries[0]).data as unknown[]).length, 5);
  });

  test('create-ad with the URL-encoded ads= body, then the new ad by ids', async () => {
    const entries = await runBatch(emulator.url, [
      { method: 'POST', name: 'create-ad', relative_url: '11077200629332/ads', body: 'ads=%5B%7B%22name%22%3A%22test_ad%22%2C%22billing_entity_id%22%3A111200774273%7D%5D' },
      { method: 'GET', relative_url: '?ids={result=create-ad:$.data.*.id}&fields=name,account_id' },
    ]);
    assert.equal(entries[0], null);
    const ads = Object.values(bodyOf(entries[1])) as { name: string; account_id: string }[];
    assert.deepEqual(ads.map((ad) => [ad.name, ad.account_id]), [['test_ad', '11077200629332']]);
  });

  test('a form post parameter references a friend name; depends_on orders a POST before a GET of the feed', async () => {
    const entries = await runBatch(emulator.url, [
      { method: 'GET', name: 'one-friend', relative_url: 'me/friends?limit=1' },
      { method: 'POST', name: 'first', relative_url: 'me/feed', body: 'message={result=one-friend:$.data.0.name} is my friend' },
      { method: 'GET', depends_on: 'first', relative_url: 'me/feed?limit=1' },
    ]);
    assert.deepEqual(entries.slice(0, 2), [null, null]);
    const feed = bodyOf(entries[2]).data as { message: string }[];
    assert.equal(feed[0].message, `${FRIEND_NAMES[0]} is my friend`);
  });

  test('two photos with attached_files in a multipart request', async () => {
    const form = new FormData();
    form.set('access_token', TOKEN);
    form.set('include_headers', 'false');
    form.set('batch', JSON.stringify([
      { method: 'POST', name: 'cat', relative_url: 'me/photos', body: 'message=My cat photo', attached_files: 'file1', omit_response_on_success: false },
      { method: 'POST', name: 'dog', relative_url: 'me/photos', body: 'message=My dog photo', attached_files: 'file2', omit_response_on_success: false },
      { method: 'GET', relative_url: '?ids={result=cat:$.id},{result=dog:$.id}&fields=name,image_bytes,image_sha256' },
    ]));
    const cat = Buffer.from('GIF89a cat bytes');
    const dog = Buffer.alloc(200_000, 7);
    form.set('file1', new Blob([cat]), 'cat.gif');
    form.set('file2', new Blob([dog]), 'dog.jpg');
    const response = await fetch(`${emulator.url}/`, { method: 'POST', body: form });
    const entries = (await response.json()) as Parameters<typeof bodyOf>[0][];
    const photos = Object.values(bodyOf(entries[2])) as { name: string; image_bytes: number; image_sha256: string }[];
    const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
    assert.deepEqual(photos.map((p) => [p.name, p.image_bytes, p.image_sha256]), [['My cat photo', cat.length, sha(cat)], ['My dog photo', dog.length, sha(dog)]]);
  });
});

describe('how the batch is sent', () => {
  test('as a multipart field, a query parameter, or a form field at POST / without a version', async () => {
    const batch = JSON.stringify([{ method: 'GET', relative_url: 'me' }]);
    const form = new FormData();
    form.set('access_token', TOKEN);
    form.set('batch', batch);
    const multipart = await fetch(`${emulator.url}/v24.0/`, { method: 'POST', body: form });
    const query = await fetch(`${emulator.url}/v24.0/?${new URLSearchParams({ batch, access_token: TOKEN })}`, { method: 'POST' });
    const root = await fetch(`${emulator.url}/`, { method: 'POST', body: new URLSearchParams({ batch, access_token: TOKEN }) });
    for (const response of [multipart, query, root]) {
      const entries = (await response.json()) as { code: number }[];
      assert.equal(entries[0].code, 200);
    }
  });

  test('operation bodies are decoded as forms: %20 and + are both a space', async () => {
    const entries = await runBatch(emulator.url, [
      { method: 'POST', name: 'post', relative_url: 'me/feed', body: 'message=a%20b+c' },
      { method: 'GET', relative_url: '{result=post:$.id}' },
    ]);
    assert.equal(bodyOf(entries[1]).message, 'a b c');
  });

  test('references are resolved when percent-encoded and inside embedded JSON', async () => {
    const ads = encodeURIComponent(JSON.stringify([{ name: '{result=me:$.name} ad' }]));
    const entries = await runBatch(emulator.url, [
      { method: 'GET', name: 'me', relative_url: 'me?fields=name' },
      { method: 'POST', name: 'ads', relative_url: `${AD_ACCOUNT_ID}/ads`, body: `ads=${ads}` },
      { method: 'GET', relative_url: '?ids=%7Bresult%3Dads%3A%24.data.*.id%7D&fields=name' },
    ]);
    assert.deepEqual(Object.values(bodyOf(entries[2])).map((ad) => (ad as { name: string }).name), ['Ada Example ad']);
  });

  test('a list result in a body becomes comma-separated values', async () => {
    const entries = await runBatch(emulator.url, [
      { method: 'GET', name: 'two', relative_url: 'me/friends?limit=2' },
      { method: 'POST', name: 'post', relative_url: 'me/feed', body: 'message={result=two:$.data.*.name}' },
      { method: 'GET', relative_url: '{result=post:$.id}' },
    ]);
    assert.equal(bodyOf(entries[2]).message, `${FRIEND_NAMES[0]},${FRIEND_NAMES[1]}`);
  });
});

describe('whole-batch errors are HTTP 400 with one Graph error object', () => {
  const cases: [string, unknown, RegExp][] = [
    ['zero operations', [], /at least one/],
    ['51 operations', Array.from({ length: 51 }, () => ({ method: 'GET', relative_url: 'me' })), /at most 50/],
    ['a batch that is not an array', { method: 'GET', relative_url: 'me' }, /JSON array/],
    ['a batch that is not JSON', '[{"method":', /JSON array/],
    ['a reference to an unknown operation', [{ method: 'GET', relative_url: '?ids={result=nobody:$.id}' }], /"nobody"/],
    ['a reference to a later operation', [{ method: 'GET', relative_url: '{result=later:$.id}' }, { method: 'GET', name: 'later', relative_url: 'me' }], /"later"/],
    ['an unknown depends_on', [{ method: 'GET', depends_on: 'ghost', relative_url: 'me' }], /"ghost"/],
  ];
  for (const [what, batch, message] of cases) {
    test(what, async () => {
      const { status, error, raw } = await batchError(batch);
      assert.equal(status, 400);
      assert.ok(!Array.isArray(raw));
      assert.equal(error.type, 'GraphBatchException');
      assert.match(error.message, message);
    });
  }

  test('a missing batch parameter', async () => {
    const response = await fetch(`${emulator.url}/v24.0/`, { method: 'POST', body: new URLSearchParams({ access_token: TOKEN }) });
    assert.equal(response.status, 400);
    assert.equal(errorOf(await response.json()).type, 'GraphBatchException');
  });

  test('50 operations are accepted', async () => {
    const entries = await runBatch(emulator.url, Array.from({ length: 50 }, () => ({ method: 'GET', relative_url: 'me' })));
    assert.equal(entries.length, 50);
  });

  test('the top-level token is required even when every operation has its own', async () => {
    const response = await fetch(`${emulator.url}/v24.0/`, { method: 'POST', body: new URLSearchParams({ batch: JSON.stringify([{ method: 'GET', relative_url: `me?access_token=${TOKEN}` }]) }) });
    assert.equal(response.status, 400);
    assert.equal(errorOf(await response.json()).code, 104);
    const invalid = await batchError([{ method: 'GET', relative_url: 'me' }], { access_token: 'nonsense' });
    assert.deepEqual([invalid.status, invalid.error.code], [400, 190]);
  });
});
