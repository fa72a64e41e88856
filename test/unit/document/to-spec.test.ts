import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';
import { toBatchSpec } from '../../../src/core/document/to-spec';

describe('toBatchSpec', () => {
  test('carries options, attachments and every operation field, with the body object kept as an object', () => {
    const text = readFileSync('test/fixtures/lang-clean-object.fbbatch', 'utf8');
    const spec = toBatchSpec(parseBatchDocument(text));
    assert.equal(spec.apiVersion, 'v24.0');
    assert.equal(spec.includeHeaders, false);
    assert.deepEqual(spec.attachments, { file1: './cat.gif', file2: './dog.jpg' });
    assert.equal(spec.operations.length, 4);
    const [friends, cat, dog, feed] = spec.operations;
    assert.equal(friends.omit_response_on_success, false);
    assert.equal(cat.body, 'message=My cat photo&tags={result=get-friends:$.data.*.id}');
    assert.equal(cat.attached_files, 'file1');
    assert.deepEqual({ ...(dog.body as object) }, { message: 'My dog photo, after {result=cat:$.id}', published: true });
    assert.equal(dog.depends_on, 'cat');
    assert.deepEqual(feed.headers, ['If-None-Match: "abc"']);
    assert.equal(feed.index, 3);
    const source = text.slice(feed.sourceRange!.start, feed.sourceRange!.end);
    assert.ok(source.startsWith('{') && source.includes('me/feed?limit=1'));
  });

  test('the bare array has no options and keeps string escapes decoded', () => {
    const text = String.raw`[{"method":"get","relative_url":"search?q=\"a b\""}]`;
    const spec = toBatchSpec(parseBatchDocument(text));
    assert.equal(spec.apiVersion, undefined);
    assert.deepEqual(spec.attachments, {});
    assert.deepEqual(spec.operations[0].method, 'GET');
    assert.equal(spec.operations[0].relative_url, 'search?q="a b"');
    assert.deepEqual(JSON.parse(JSON.stringify(spec.operations[0])), {
      index: 0, method: 'GET', relative_url: 'search?q="a b"', sourceRange: { start: 1, end: text.length - 1 },
    });
  });
});
