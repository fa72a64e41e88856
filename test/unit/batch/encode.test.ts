import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BatchInputError, encodeBatchRequest, fillTokenPlaceholders, formEncodeBody, placeholderNames, planBatch } from '../../../src/core/batch';
import { OperationScans, scanOperation } from '../../../src/core/batch/references';
import type { OperationSpec } from '../../../src/core/batch/spec';
import { referencesIn } from '../../../src/core/document/references';
import { ops, spec } from './helpers';

function formFields(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}

describe('encodeBatchRequest (form)', () => {
  test('access_token, batch and include_headers as form fields; GET bodies dropped, object bodies form-encoded', async () => {
    const list = ops(
      { name: 'me', relative_url: 'me', omit_response_on_success: false },
      { method: 'POST', relative_url: 'me/feed', body: { message: 'a & b', tags: [1, 2], link: '{result=me:$.id}' }, headers: ['X-A: 1'] },
      { relative_url: 'me/friends', body: 'ignored=1', depends_on: 'me' },
    );
    const encoded = await encodeBatchRequest(list, spec(list, { includeHeaders: false }), 'TOKEN', undefined);
    assert.equal(encoded.headers['content-type'], 'application/x-www-form-urlencoded');
    const fields = formFields(encoded.body() as string);
    assert.equal(fields.access_token, 'TOKEN');
    assert.equal(fields.include_headers, 'false');
    assert.deepEqual(JSON.parse(fields.batch), [
      { method: 'GET', relative_url: 'me', name: 'me', omit_response_on_success: false },
      { method: 'POST', relative_url: 'me/feed', body: 'message=a%20%26%20b&tags=%5B1%2C2%5D&link={result=me:$.id}', headers: ['X-A: 1'] },
      { method: 'GET', relative_url: 'me/friends', depends_on: 'me' },
    ]);
  });

  test('an operation whose token was filled in is encoded from its own text, not from the scan of its original', async () => {
    const list = ops(
      { name: 'me', relative_url: 'me' },
      { method: 'POST', relative_url: 'me/feed', body: { message: 'from {{token:page}} to {result=me:$.id}!' } },
    );
    const scans = new OperationScans();
    planBatch(list, undefined, scans); // scans the originals, as a run does before filling tokens
    const fill = (op: OperationSpec) => fillTokenPlaceholders(op, () => 'a-much-longer-page-token', new Set());
    const encoded = await encodeBatchRequest(list, spec(list), 'TOKEN', undefined, scans, fill);
    const [, post] = JSON.parse(formFields(encoded.body() as string).batch) as { body: string }[];
    assert.equal(post.body, 'message=from%20a-much-longer-page-token%20to%20{result=me:$.id}!');
  });

  test('a filled-in copy never reaches the shared memo, with the run\'s scans or without', async () => {
    const list = ops({ method: 'POST', relative_url: 'me/feed', body: { message: 'secret {{token:page}} {result=me:$.id}' } });
    const fill = (op: OperationSpec) => fillTokenPlaceholders(op, () => 'memo-probe-token', new Set());
    for (const scans of [undefined, new OperationScans()]) await encodeBatchRequest(list, spec(list), 'TOKEN', undefined, scans, fill);
    assert.equal(referencesIn.has('secret memo-probe-token {result=me:$.id}'), false);
    scanOperation({ ...list[0], body: { message: 'probe {result=me:$.id}' } }); // the check can see what the memo keeps
    assert.equal(referencesIn.has('probe {result=me:$.id}'), true);
  });

  test('formEncodeBody keeps references readable and nested values as JSON', () => {
    assert.equal(formEncodeBody({ q: 'x y', n: 3, o: { a: true } }), 'q=x%20y&n=3&o=%7B%22a%22%3Atrue%7D');
  });

  test('an attachment not declared is an error before sending', async () => {
    const list = ops({ method: 'POST', relative_url: 'me/photos', attached_files: 'file9' });
    await assert.rejects(encodeBatchRequest(list, spec(list), 'T', { size: async () => 1, open: async function* () {} }), (e: unknown) => e instanceof BatchInputError && /"file9"/.test(e.message));
  });

  test('an attachment that cannot be read is an error before sending', async () => {
    const list = ops({ method: 'POST', relative_url: 'me/photos', attached_files: 'f' });
    const missing = Object.assign(new Error('x'), { code: 'ENOENT' });
    await assert.rejects(
      encodeBatchRequest(list, spec(list, { attachments: { f: './gone.png' } }), 'T', { size: async () => { throw missing; }, open: async function* () {} }),
      /\(\.\/gone\.png\) cannot be sent: the file does not exist/,
    );
  });
});

describe('fillTokenPlaceholders', () => {
  test('fills named tokens in url, body and headers and records them for redaction', () => {
    const used = new Set<string>();
    const [op] = ops({ method: 'POST', relative_url: 'me?access_token={{token:page}}', body: { access_token: '{{token:page}}' }, headers: ['Authorization: OAuth {{token:app}}'] });
    const filled = fillTokenPlaceholders(op, (n) => ({ page: 'P+1', app: 'A1' })[n], used);
    assert.equal(filled.relative_url, 'me?access_token=P%2B1');
    assert.deepEqual(filled.body, { access_token: 'P+1' });
    assert.deepEqual(filled.headers, ['Authorization: OAuth A1']);
    assert.deepEqual([...used].sort(), ['A1', 'P+1']);
  });

  test('fills placeholders anywhere in a nested body value (sent as JSON), keys included; an untouched body stays the same object', async () => {
    const used = new Set<string>();
    const body = { message: 'hi', targeting: { geo: ['{{token:page}}', 3], '{{token:page}}': { ok: true } }, published: true };
    const [op] = ops({ method: 'POST', relative_url: 'me/feed', body });
    const filled = fillTokenPlaceholders(op, () => 'P"1', used);
    assert.deepEqual(filled.body, { message: 'hi', targeting: { geo: ['P"1', 3], 'P"1': { ok: true } }, published: true });
    assert.deepEqual(body.targeting.geo, ['{{token:page}}', 3], 'the original is left as written');
    assert.deepEqual([...used], ['P"1']);
    const encoded = await encodeBatchRequest([op], spec([op]), 'TOKEN', undefined, undefined, (o) => fillTokenPlaceholders(o, () => 'P"1', new Set()));
    const [item] = JSON.parse(formFields(encoded.body() as string).batch) as { body: string }[];
    assert.equal(formFields(item.body).targeting, '{"geo":["P\\"1",3],"P\\"1":{"ok":true}}');
    const [plain] = ops({ method: 'POST', relative_url: 'me?access_token={{token:page}}', body: { nested: { a: 1 } } });
    assert.equal(fillTokenPlaceholders(plain, () => 'P', new Set()).body, plain.body);
  });

  test('placeholderNames: the tokens a run fills, so a run asks for exactly those', () => {
    const list = ops(
      { relative_url: 'me?access_token={{token:a}}', name: '{{token:in-a-name}}' },
      { method: 'POST', relative_url: 'me/feed', body: { '{{token:a-field-name}}': 'x', deep: { v: '{{token:b}}' } } },
      { relative_url: 'me', headers: ['Authorization: OAuth {{token:c}}'] },
      { relative_url: 'me' },
    );
    assert.deepEqual([...placeholderNames(list)], ['a', 'b', 'c']);
    assert.deepEqual([...placeholderNames([])], []);
  });

  test('a missing named token is a clear error', () => {
    const [op] = ops({ relative_url: 'me?access_token={{token:nope}}' });
    assert.throws(() => fillTokenPlaceholders(op, () => undefined, new Set()), (e: unknown) => e instanceof BatchInputError && /no token named "nope" is stored/.test(e.message));
  });
});
