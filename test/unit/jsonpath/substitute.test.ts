import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findResultReferences, substituteResultReferences, type ReferenceTarget } from '../../../src/core/document/jsonpath';

const results: Record<string, unknown> = {
  'get-friends': { data: [{ id: '11', name: 'Ann Lee' }, { id: '12', name: 'Bob & Co' }], count: 2, flags: [true, null] },
  'one-friend': { data: [{ name: 'Zoë' }] },
};
const lookup = (name: string): ReferenceTarget => (name in results ? { kind: 'value', value: results[name] } : { kind: 'unknown' });

describe('substituteResultReferences', () => {
  test('a list of primitives becomes comma-separated values', () => {
    const out = substituteResultReferences('?ids={result=get-friends:$.data.*.id}', lookup);
    assert.deepEqual(out, { ok: true, text: '?ids=11,12' });
  });

  test('a single value, numbers, booleans and null are written as text', () => {
    assert.deepEqual(substituteResultReferences('n={result=get-friends:$.count}&f={result=get-friends:$.flags}', lookup), {
      ok: true,
      text: 'n=2&f=true,null',
    });
  });

  test('several references in one string, text around them kept', () => {
    const out = substituteResultReferences('{result=one-friend:$.data.0.name} and {result=get-friends:$.data.1.name}!', lookup);
    assert.deepEqual(out, { ok: true, text: 'Zoë and Bob & Co!' });
  });

  test('in a form body the value is percent-encoded', () => {
    const out = substituteResultReferences('message={result=get-friends:$.data.*.name} are friends', lookup, { formEncoded: true });
    assert.deepEqual(out, { ok: true, text: 'message=Ann+Lee,Bob+%26+Co are friends' });
  });

  test('in a form body a percent-encoded reference is found and replaced', () => {
    const body = 'message=%7Bresult%3Done-friend%3A%24.data.0.name%7D+is+my+friend';
    assert.deepEqual(substituteResultReferences(body, lookup, { formEncoded: true }), { ok: true, text: 'message=Zo%C3%AB+is+my+friend' });
    // Outside a form the same text is left alone.
    assert.deepEqual(substituteResultReferences(body, lookup), { ok: true, text: body });
  });

  test('an unknown operation name is the first problem', () => {
    const out = substituteResultReferences('{result=get-friends:$.count}{result=nobody:$.id}', lookup);
    assert.ok(!out.ok);
    assert.equal(out.problem.kind, 'unknown-operation');
    assert.match(out.problem.message, /"nobody"/);
  });

  test('a filter in a reference is refused with the reason and its place in the path', () => {
    const out = substituteResultReferences('{result=get-friends:$.data[?(@.id)].id}', lookup);
    assert.ok(!out.ok);
    assert.equal(out.problem.kind, 'invalid-path');
    assert.match(out.problem.message, /not allowed in batch references/);
    assert.equal(out.problem.pathError?.offset, 7);
  });

  test('an object result and a path with no match are problems', () => {
    const objectResult = substituteResultReferences('{result=get-friends:$.data}', lookup);
    assert.ok(!objectResult.ok);
    assert.equal(objectResult.problem.kind, 'not-primitive');
    const none = substituteResultReferences('{result=get-friends:$.nothing}', lookup);
    assert.ok(!none.ok);
    assert.equal(none.problem.kind, 'no-match');
  });

  test('messages never show values from the result', () => {
    const out = substituteResultReferences('{result=get-friends:$.data.*}', lookup);
    assert.ok(!out.ok);
    assert.doesNotMatch(out.problem.message, /Ann/);
  });
});

describe('findResultReferences', () => {
  test('reports name, path and offsets of each reference', () => {
    const text = 'me?ids={result=a:$.data.*.id}&x={result=b-2:$[\'}\']}';
    const found = findResultReferences(text);
    assert.deepEqual(
      found.map((r) => ({ name: r.name, path: r.path, raw: text.slice(r.start, r.end), name0: text[r.nameStart] })),
      [
        { name: 'a', path: '$.data.*.id', raw: '{result=a:$.data.*.id}', name0: 'a' },
        { name: 'b-2', path: "$['}']", raw: "{result=b-2:$['}']}", name0: 'b' },
      ],
    );
    assert.equal(text.slice(found[0]!.pathOffset(0), found[0]!.pathOffset(6)), '$.data');
  });

  test('a reference without a path is reported with an empty path; an unclosed one is not', () => {
    assert.deepEqual(findResultReferences('{result=x}').map((r) => [r.name, r.path]), [['x', '']]);
    assert.deepEqual(findResultReferences('{result=x:$.id'), []);
  });

  test('percent-encoded references map decoded path characters to raw offsets', () => {
    const text = 'q=%7Bresult%3Dx%3A%24.a%5B0%5D%7D';
    const [found] = findResultReferences(text, { formEncoded: true });
    assert.ok(found);
    assert.equal(found.path, '$.a[0]');
    assert.equal(found.start, 2);
    assert.equal(found.end, text.length);
    assert.equal(text.slice(found.pathOffset(3), found.pathOffset(4)), '%5B');
  });

  test('a form text with escapes only inside the path, or none at all, reads the same as when fully encoded', () => {
    const mixed = 'body=hi+there%20{result=p:$[%27a+b%27]}&x={result=q:$.id}';
    const found = findResultReferences(mixed, { formEncoded: true });
    assert.deepEqual(
      found.map((r) => [r.name, r.path, mixed.slice(r.start, r.end)]),
      [
        ['p', "$['a b']", "{result=p:$[%27a+b%27]}"],
        ['q', '$.id', '{result=q:$.id}'],
      ],
    );
    // Offsets of decoded characters point at their escapes; past the end they stop at the closing brace.
    assert.equal(mixed.slice(found[0]!.pathOffset(2), found[0]!.pathOffset(3)), '%27');
    assert.equal(found[0]!.pathOffset(99), mixed.indexOf(']}') + 1);
    assert.equal(found[1]!.pathOffset(4), mixed.length - 1);
  });

  test('multi-byte UTF-8 escapes decode in a name and path', () => {
    const text = '%7Bresult%3Dcaf%C3%A9%3A%24.%E2%82%AC%7D';
    const [found] = findResultReferences(text, { formEncoded: true });
    assert.ok(found);
    assert.deepEqual([found.name, found.path, found.end], ['café', '$.€', text.length]);
  });
});
