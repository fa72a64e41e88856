import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';
import type { OffsetRange } from '../../../src/core/text';

const fixture = (name: string): string => readFileSync(`test/fixtures/${name}`, 'utf8');
const slice = (text: string, range: OffsetRange): string => text.slice(range.start, range.end);

describe('parseBatchDocument: shapes', () => {
  test('the bare array is the batch itself', () => {
    const doc = parseBatchDocument(fixture('lang-clean-array.fbbatch'));
    assert.equal(doc.shape, 'array');
    assert.equal(doc.batchNode, doc.root);
    assert.equal(doc.operations.length, 5);
    assert.deepEqual(doc.syntaxErrors, []);
  });

  test('the object form carries options, attachments and the batch', () => {
    const text = fixture('lang-clean-object.fbbatch');
    const doc = parseBatchDocument(text);
    assert.equal(doc.shape, 'object');
    assert.deepEqual(doc.topProperties.map((p) => p.key), ['api_version', 'include_headers', 'attachments', 'batch']);
    assert.equal(doc.operations.length, 4);
    assert.deepEqual(doc.attachments.map((a) => [a.name, slice(text, a.nameRange), a.path?.value]), [
      ['file1', '"file1"', './cat.gif'],
      ['file2', '"file2"', './dog.jpg'],
    ]);
  });

  test('neither an array nor an object is an invalid shape; an empty or comment-only file has no root', () => {
    assert.equal(parseBatchDocument('"me"').shape, 'invalid');
    for (const text of ['', '   \n', '// just a comment\n']) {
      const doc = parseBatchDocument(text);
      assert.equal(doc.shape, 'invalid');
      assert.equal(doc.root, undefined);
      assert.deepEqual(doc.operations, []);
      assert.deepEqual(doc.syntaxErrors, []);
    }
  });

  test('an object without a batch array has no operations', () => {
    const doc = parseBatchDocument('{ "api_version": "v24.0", "batch": 3 }');
    assert.equal(doc.shape, 'object');
    assert.equal(doc.batchNode, undefined);
    assert.deepEqual(doc.operations, []);
  });
});

describe('parseBatchDocument: operations and ranges', () => {
  const text = fixture('lang-clean-object.fbbatch');
  const doc = parseBatchDocument(text);

  test('every operation has its range, keys and string values', () => {
    const [first, second] = doc.operations;
    assert.ok(slice(text, first.range).startsWith('{') && slice(text, first.range).endsWith('}'));
    assert.equal(first.isObject, true);
    assert.equal(slice(text, first.properties[0].keyRange), '"method"');
    assert.equal(slice(text, first.properties[0].range), '"method": "GET"');
    assert.equal(first.method?.value, 'GET');
    assert.equal(slice(text, first.method!.range), '"GET"');
    assert.equal(first.name?.value, 'get-friends');
    assert.equal(first.relativeUrl?.value, 'me/friends?limit=5');
    assert.equal(second.attachedFiles?.value, 'file1');
    assert.equal(doc.operations[2].dependsOn?.value, 'cat');
    assert.equal(doc.operations[2].body?.value?.type, 'object');
  });

  test('operations are indexed by name, duplicates kept in order', () => {
    const dup = parseBatchDocument('[{"name":"a","method":"GET","relative_url":"me"},{"name":"b"},{"name":"a"}]');
    assert.deepEqual(dup.operationsByName.get('a')?.map((o) => o.index), [0, 2]);
    assert.deepEqual([...dup.operationsByName.keys()], ['a', 'b']);
  });

  test('a repeated key counts once, as its last occurrence, but both stay in properties', () => {
    const d = parseBatchDocument('[{"method":"POST","method":"GET"}]');
    assert.equal(d.operations[0].method?.value, 'GET');
    assert.equal(d.operations[0].properties.length, 2);
  });

  test('a non-object element is still an operation, marked as not an object', () => {
    const d = parseBatchDocument('[42, {"method":"GET"}]');
    assert.equal(d.operations.length, 2);
    assert.equal(d.operations[0].isObject, false);
    assert.equal(d.operations[1].index, 1);
  });
});

describe('parseBatchDocument: references and placeholders', () => {
  test('a reference in relative_url has exact name and path ranges and a parsed path', () => {
    const text = fixture('lang-clean-array.fbbatch');
    const [reference] = parseBatchDocument(text).operations[1].references;
    assert.equal(slice(text, reference.range), '{result=get-friends:$.data.*.id}');
    assert.equal(reference.name, 'get-friends');
    assert.equal(slice(text, reference.nameRange), 'get-friends');
    assert.equal(reference.path, '$.data.*.id');
    assert.equal(slice(text, reference.pathRange), '$.data.*.id');
    assert.equal(reference.inProperty, 'relative_url');
    assert.equal(reference.parsed.ok, true);
  });

  test('a percent-encoded reference in a string body is decoded, its ranges stay on the raw text', () => {
    const text = fixture('lang-clean-array.fbbatch');
    const [reference] = parseBatchDocument(text).operations[3].references;
    assert.equal(slice(text, reference.range), '%7Bresult%3Dcreate-ad%3A%24.id%7D');
    assert.equal(reference.name, 'create-ad');
    assert.equal(slice(text, reference.nameRange), 'create-ad');
    assert.equal(reference.path, '$.id');
    assert.equal(slice(text, reference.pathRange), '%24.id');
    assert.equal(text[reference.pathSourceOffset(1)], '.');
    assert.equal(reference.inProperty, 'body');
  });

  test('a relative_url is read as the server reads a query string: a percent-encoded reference counts', () => {
    const text = '[{"method":"GET","relative_url":"?ids=%7Bresult%3Dfriends%3A%24.data.*.id%7D&fields=name"}]';
    const [reference] = parseBatchDocument(text).operations[0].references;
    assert.equal(reference.name, 'friends');
    assert.equal(reference.path, '$.data.*.id');
    assert.equal(slice(text, reference.range), '%7Bresult%3Dfriends%3A%24.data.*.id%7D');
    assert.equal(reference.inProperty, 'relative_url');
  });

  test('an object body value is sent as written: an encoded reference in it is plain text, a written one counts', () => {
    const text = '[{"method":"POST","relative_url":"me/feed","body":{"a":"%7Bresult%3Dx%3A%24.id%7D","b":"{result=y:$.id}"}}]';
    assert.deepEqual(parseBatchDocument(text).operations[0].references.map((r) => r.name), ['y']);
  });

  test('JSON escapes inside a reference map back to their raw characters', () => {
    const text = String.raw`[{"method":"GET","relative_url":"?q=\"x\"&ids={result=a\u002db:\u0024.data\/x.id}"}]`;
    const [reference] = parseBatchDocument(text).operations[0].references;
    assert.equal(reference.name, 'a-b');
    assert.equal(slice(text, reference.nameRange), String.raw`a\u002db`);
    assert.equal(reference.path, '$.data/x.id');
    assert.equal(slice(text, reference.pathRange), String.raw`\u0024.data\/x.id`);
    assert.equal(slice(text, { start: reference.pathSourceOffset(0), end: reference.pathSourceOffset(1) }), String.raw`\u0024`);
    assert.equal(slice(text, { start: reference.pathSourceOffset(6), end: reference.pathSourceOffset(7) }), String.raw`\/`);
    assert.equal(text[reference.pathSourceOffset(7)], 'x');
  });

  test('percent-encoding and JSON escapes combine in a body', () => {
    const text = String.raw`[{"method":"POST","relative_url":"me/feed","body":"a=1&m=%7Bresult%3Dx%3A\u0024.d%5B0%5D%7D"}]`;
    const [reference] = parseBatchDocument(text).operations[0].references;
    assert.equal(reference.path, '$.d[0]');
    assert.equal(slice(text, reference.pathRange), String.raw`\u0024.d%5B0%5D`);
    assert.equal(slice(text, { start: reference.pathSourceOffset(3), end: reference.pathSourceOffset(4) }), '%5B');
    assert.equal(slice(text, reference.range), String.raw`%7Bresult%3Dx%3A\u0024.d%5B0%5D%7D`);
  });

  test('references are found in every string of an object body and in headers', () => {
    const text = '[{"method":"POST","relative_url":"me","body":{"a":"{result=x:$.a}","n":{"deep":["{result=y:$.b}"]}},"headers":["X-Id: {result=z:$.c}"]}]';
    const refs = parseBatchDocument(text).operations[0].references;
    assert.deepEqual(refs.map((r) => [r.name, r.inProperty, slice(text, r.range)]), [
      ['x', 'body', '{result=x:$.a}'],
      ['y', 'body', '{result=y:$.b}'],
      ['z', 'headers', '{result=z:$.c}'],
    ]);
  });

  test('a reference without a path is kept with an empty path and a failed parse', () => {
    const text = '[{"method":"GET","relative_url":"?ids={result=abc}"}]';
    const [reference] = parseBatchDocument(text).operations[0].references;
    assert.equal(slice(text, reference.nameRange), 'abc');
    assert.equal(reference.path, '');
    assert.equal(reference.parsed.ok, false);
  });

  test('token placeholders in relative_url, body and headers have ranges', () => {
    const text = '[{"method":"POST","relative_url":"me?access_token={{token:page}}","body":"access_token={{token:app.1}}","headers":["Authorization: OAuth {{token:user}}"]}]';
    const placeholders = parseBatchDocument(text).operations[0].tokenPlaceholders;
    assert.deepEqual(placeholders.map((p) => [p.name, slice(text, p.range), slice(text, p.nameRange)]), [
      ['page', '{{token:page}}', 'page'],
      ['app.1', '{{token:app.1}}', 'app.1'],
      ['user', '{{token:user}}', 'user'],
    ]);
  });
});
