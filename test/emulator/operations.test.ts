// Per-operation behaviour inside a batch: tokens, errors, the three nulls, headers, ETags,
// attachments, and the graph's objects, fields, paging and deletes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FRIEND_NAMES, ME_ID, PAGE_ID, SPECIAL_TOKENS, startEmulator, type Emulator } from './index';
import { bodyOf, header, runBatch, TOKEN, type Entry } from './support';

let emulator: Emulator;
before(async () => {
  emulator = await startEmulator();
});
after(() => emulator.close());

const errorBody = (entry: Entry | null): { message: string; type: string; code: number; error_subcode?: number; is_transient: boolean; fbtrace_id: string } =>
  bodyOf(entry).error as never;

describe('access tokens per operation', () => {
  test('a token in the query or the body overrides the top-level one for that operation only', async () => {
    const entries = await runBatch(emulator.url, [
      { method: 'GET', relative_url: `me?access_token=${SPECIAL_TOKENS.page}` },
      { method: 'GET', relative_url: 'me' },
      { method: 'POST', relative_url: 'me/feed', body: `message=hi&access_token=${SPECIAL_TOKENS.page}` },
    ]);
    assert.equal(bodyOf(entries[0]).id, PAGE_ID);
    assert.equal(bodyOf(entries[1]).id, ME_ID);
    assert.match(String(bodyOf(entries[2]).id), new RegExp(`^${PAGE_ID}_`));
  });

  test('an invalid per-operation token fails that operation with 400 OAuthException 190; the rest completes', async () => {
    const entries = await runBatch(emulator.url, [
      { method: 'GET', relative_url: 'me?access_token=bogus' },
      { method: 'GET', relative_url: 'me' },
    ]);
    assert.equal(entries[0]?.code, 400);
    assert.deepEqual([errorBody(entries[0]).type, errorBody(entries[0]).code], ['OAuthException', 190]);
    assert.match(header(entries[0], 'WWW-Authenticate') ?? '', /^OAuth "Facebook Platform" "invalid_token"/);
    assert.equal(entries[1]?.code, 200);
  });

  test('a token without write permission gets the documented 403 with WWW-Authenticate', async () => {
    const [entry] = await runBatch(emulator.url, [{ method: 'POST', relative_url: 'me/feed', body: 'message=Test update' }], { access_token: SPECIAL_TOKENS.readOnly });
    assert.equal(entry?.code, 403);
    assert.deepEqual([errorBody(entry).type, errorBody(entry).code], ['OAuthException', 200]);
    assert.ok(header(entry, 'WWW-Authenticate'));
    assert.ok(errorBody(entry).fbtrace_id);
  });
});

describe('errors and nulls', () => {
  test('unknown objects and edges answer code 100 subcode 33; unknown fields code 100; unknown ids 803', async () => {
    const entries = await runBatch(emulator.url, [
      { method: 'GET', relative_url: '999999999' },
      { method: 'GET', relative_url: 'me/nothing' },
      { method: 'GET', relative_url: 'me?fields=shoe_size' },
      { method: 'GET', relative_url: `?ids=${ME_ID},42` },
    ]);
    assert.deepEqual(entries.map((e) => [e?.code, errorBody(e).code, errorBody(e).error_subcode]), [[400, 100, 33], [400, 100, 33], [400, 100, undefined], [404, 803, undefined]]);
    assert.match(errorBody(entries[3]).message, /: 42$/);
  });

  test('dependents of a failed parent answer null, down the chain, while others complete', async () => {
    const entries = await runBatch(emulator.url, [
      { method: 'GET', name: 'broken', relative_url: '999999999' },
      { method: 'GET', name: 'child', relative_url: '{result=broken:$.id}' },
      { method: 'GET', depends_on: 'child', relative_url: 'me' },
      { method: 'GET', relative_url: 'me' },
    ]);
    assert.equal(entries[0]?.code, 400);
    assert.deepEqual(entries.slice(1, 3), [null, null]);
    assert.equal(entries[3]?.code, 200);
  });

  test('a path that selects nothing fails the dependent operation, not the batch', async () => {
    const entries = await runBatch(emulator.url, [
      { method: 'GET', name: 'me', relative_url: 'me' },
      { method: 'GET', relative_url: '?ids={result=me:$.nothing}' },
    ]);
    assert.equal(entries[1]?.code, 400);
    assert.match(errorBody(entries[1]).message, /selects nothing/);
  });
});

describe('headers', () => {
  test('each operation carries Content-Type, ETag (GET) and X-App-Usage; include_headers=false drops them', async () => {
    const [get, post] = await runBatch(emulator.url, [{ method: 'GET', relative_url: 'me' }, { method: 'POST', relative_url: 'me/feed', body: 'message=x' }]);
    assert.ok(header(get, 'ETag'));
    assert.equal(header(post, 'ETag'), undefined);
    assert.deepEqual(JSON.parse(header(get, 'X-App-Usage') ?? '{}'), { call_count: 1, total_cputime: 1, total_time: 1 });
    const [bare] = await runBatch(emulator.url, [{ method: 'GET', relative_url: 'me' }], { include_headers: 'false' });
    assert.deepEqual(Object.keys(bare ?? {}).sort(), ['body', 'code']);
  });

  test('If-None-Match with the current ETag answers 304 with a null body', async () => {
    const [first] = await runBatch(emulator.url, [{ method: 'GET', relative_url: 'me' }]);
    const etag = header(first, 'ETag');
    const [same, other] = await runBatch(emulator.url, [
      { method: 'GET', relative_url: 'me', headers: [`If-None-Match: ${etag}`] },
      { method: 'GET', relative_url: 'me', headers: ['If-None-Match: "stale"'] },
    ]);
    assert.deepEqual([same?.code, same?.body], [304, null]);
    assert.equal(other?.code, 200);
  });
});

describe('attached_files', () => {
  async function multipartBatch(batch: unknown[], files: Record<string, Uint8Array<ArrayBuffer>>): Promise<(Entry | null)[]> {
    const form = new FormData();
    form.set('access_token', TOKEN);
    form.set('batch', JSON.stringify(batch));
    for (const [name, data] of Object.entries(files)) form.set(name, new Blob([data]), `${name}.jpg`);
    const response = await fetch(`${emulator.url}/v24.0/`, { method: 'POST', body: form });
    return (await response.json()) as (Entry | null)[];
  }

  test('one part shared by several operations, a comma-separated list, and an unknown part', async () => {
    const entries = await multipartBatch([
      { method: 'POST', relative_url: 'me/photos', attached_files: 'shared' },
      { method: 'POST', relative_url: 'me/photos', attached_files: 'shared' },
      { method: 'POST', relative_url: 'me/photos', attached_files: 'shared, other' },
      { method: 'POST', relative_url: 'me/photos', attached_files: 'missing' },
    ], { shared: new TextEncoder().encode("one"), other: new TextEncoder().encode("two") });
    assert.deepEqual(entries.map((e) => e?.code), [200, 200, 200, 400]);
    assert.match(String((bodyOf(entries[3]).error as { message: string }).message), /"missing"/);
  });

  test('a photo without a file answers (#324)', async () => {
    const [entry] = await runBatch(emulator.url, [{ method: 'POST', relative_url: 'me/photos', body: 'message=no file' }]);
    assert.equal((bodyOf(entry).error as { code: number }).code, 324);
  });
});

describe('the social graph', () => {
  test('fields= selects fields of an object', async () => {
    const [entry] = await runBatch(emulator.url, [{ method: 'GET', relative_url: 'me?fields=first_name,email' }]);
    assert.deepEqual(bodyOf(entry), { id: ME_ID, first_name: 'Ada', email: 'ada@example.invalid' });
  });

  test('limit and after page through an edge; the last page has no next link', async () => {
    const [first] = await runBatch(emulator.url, [{ method: 'GET', relative_url: 'me/friends?limit=5' }]);
    const page1 = bodyOf(first) as { data: { name: string }[]; paging: { cursors: { after: string }; next?: string }; summary: { total_count: number } };
    assert.equal(page1.summary.total_count, FRIEND_NAMES.length);
    assert.ok(page1.paging.next?.startsWith(`${emulator.url}/v24.0/me/friends?`));
    const [second] = await runBatch(emulator.url, [{ method: 'GET', relative_url: `me/friends?limit=5&after=${page1.paging.cursors.after}` }]);
    const page2 = bodyOf(second) as typeof page1;
    assert.deepEqual([...page1.data, ...page2.data].map((f) => f.name), FRIEND_NAMES);
    assert.equal(page2.paging.next, undefined);
  });

  test('DELETE of a created post, after which it is an unknown object', async () => {
    const entries = await runBatch(emulator.url, [
      { method: 'POST', name: 'post', relative_url: 'me/feed', body: 'message=short-lived', omit_response_on_success: false },
      { method: 'DELETE', name: 'delete', relative_url: '{result=post:$.id}', omit_response_on_success: false },
      { method: 'GET', depends_on: 'delete', relative_url: '{result=post:$.id}' },
    ]);
    assert.deepEqual(bodyOf(entries[1]), { success: true });
    assert.equal((bodyOf(entries[2]).error as { error_subcode: number }).error_subcode, 33);
  });

  test('the ad account lists its campaigns and ads', async () => {
    const entries = await runBatch(emulator.url, [
      { method: 'GET', relative_url: 'act_11077200629332/campaigns?fields=name' },
      { method: 'GET', relative_url: '11077200629332/ads?fields=name,status' },
    ]);
    assert.deepEqual((bodyOf(entries[0]).data as { name: string }[]).map((c) => c.name).sort(), ['Brand Awareness', 'Spring Sale']);
    assert.ok((bodyOf(entries[1]).data as unknown[]).length >= 2);
  });

  test('a plain Graph call outside a batch works too', async () => {
    const response = await fetch(`${emulator.url}/v24.0/me?fields=name`, { headers: { Authorization: `OAuth ${TOKEN}` } });
    assert.deepEqual(await response.json(), { id: ME_ID, name: 'Ada Example' });
  });
});
