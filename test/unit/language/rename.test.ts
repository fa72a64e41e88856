import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';
import { getRenameEdits, prepareRename } from '../../../src/core/language/rename';
import type { TextEdit } from '../../../src/core/language/types';
import { applyEdits, fixture, offsetOf, slice } from './helpers';

function renamed(text: string, offset: number, newName: string): string {
  const edits = getRenameEdits(parseBatchDocument(text), offset, newName);
  assert.ok(Array.isArray(edits), `rename refused: ${JSON.stringify(edits)}`);
  return applyEdits(text, edits as TextEdit[]);
}

/** Every name the parsed result uses: declarations, depends_on and references. */
function namesIn(text: string): string[] {
  const doc = parseBatchDocument(text);
  return doc.operations.flatMap((op) => [
    ...(op.name === undefined ? [] : [op.name.value]),
    ...(op.dependsOn === undefined ? [] : [op.dependsOn.value.trim()]),
    ...op.references.map((reference) => reference.name),
  ]);
}

describe('prepareRename', () => {
  const text = fixture('nav-page-week.fbbatch');
  const doc = parseBatchDocument(text);

  test('on a name, a reference or a depends_on: the name and its range', () => {
    for (const [needle, delta] of [['"name": "get-pages"', 12], ['{result=get-pages:$.data.0.id}/posts', 10], ['"depends_on": "new-photo"', 16]] as const) {
      const result = prepareRename(doc, offsetOf(text, needle, delta));
      assert.ok('range' in result, needle);
      assert.equal(slice(text, result.range), result.placeholder);
    }
  });

  test('elsewhere: a plain explanation', () => {
    const result = prepareRename(doc, offsetOf(text, 'me/accounts'));
    assert.ok('error' in result);
    assert.match(result.error, /operation name/);
  });
});

describe('rename edits', () => {
  test('renames the declaration, depends_on, plain and percent-encoded references, and nothing else', () => {
    const text = fixture('nav-page-week.fbbatch');
    const after = renamed(text, offsetOf(text, '"name": "new-photo"', 12), 'photo');
    assert.ok(after.includes('"name": "photo"'));
    assert.ok(after.includes('"depends_on": "photo"'));
    assert.ok(after.includes('"New photo {result=photo:$.id}"'));
    assert.ok(after.includes('"{result=photo:$.id}?fields=images"'));
    assert.ok(!after.includes('new-photo'));
    assert.ok(after.includes('"message": "New photo ')); // the word "photo" elsewhere is untouched

    const encoded = renamed(text, offsetOf(text, '%3Dpage-posts', 5), 'top-posts');
    assert.ok(encoded.includes('source_post=%7Bresult%3Dtop-posts%3A%24.data.0.id%7D'));
    assert.ok(encoded.includes('"name": "top-posts"'));
    assert.ok(encoded.includes('{result=top-posts:$.data.*.id}'));
    assert.deepEqual(namesIn(encoded).filter((name) => name.includes('posts')), ['top-posts', 'top-posts', 'top-posts']);
  });

  test('renames a percent-encoded reference in a relative_url too, keeping it encoded', () => {
    const text = '[{"name":"friends","method":"GET","relative_url":"me/friends"},{"method":"GET","relative_url":"?ids=%7Bresult%3Dfriends%3A%24.data.*.id%7D"}]';
    const after = renamed(text, offsetOf(text, '"friends"', 1), 'pals');
    assert.equal(after, text.replace('"name":"friends"', '"name":"pals"').replace('%3Dfriends', '%3Dpals'));
  });

  test('replaces an escaped declaration and escapes the new name for JSON and for percent-encoding', () => {
    const text = fixture('nav-escapes.fbbatch');
    const after = renamed(text, offsetOf(text, '{result=get-me:$.id}/friends', 10), 'say"hi');
    assert.ok(after.includes('"name": "say\\"hi"'));
    assert.ok(after.includes('"depends_on": " say\\"hi "'));
    assert.ok(after.includes('%7Bresult%3Dsay%22hi%3A%24.name%7D'));
    assert.ok(after.includes('"message=\\"quoted\\" {result=say\\"hi:$.name}"'));
    assert.deepEqual(namesIn(after), ['say"hi', 'say"hi', 'say"hi', 'say"hi', 'say"hi', 'other', 'say"hi']);
  });

  test('refuses names that would break references or already exist', () => {
    const text = fixture('nav-escapes.fbbatch');
    const doc = parseBatchDocument(text);
    const at = offsetOf(text, '"name": "other"', 10);
    for (const [newName, pattern] of [
      ['', /empty/],
      ['a:b', /':'/],
      ['a{b', /'\{'/],
      ['a}b', /'\}'/],
      ['a,b', /','/],
      ['a b', /whitespace/],
      ['tab\there', /whitespace/],
      ['a+b', /'\+'.*form body/],
      ['50%', /'%'/],
      ['a&b', /'&'/],
      ['get-me', /already named "get-me"/],
    ] as const) {
      const result = getRenameEdits(doc, at, newName);
      assert.ok(!Array.isArray(result) && pattern.test(result.error), `${JSON.stringify(newName)}: ${JSON.stringify(result)}`);
    }
  });

  test('renaming to the same name changes nothing; renaming away from a name is refused', () => {
    const text = fixture('nav-escapes.fbbatch');
    const doc = parseBatchDocument(text);
    assert.deepEqual(getRenameEdits(doc, offsetOf(text, '"name": "other"', 10), 'other'), []);
    assert.ok('error' in (getRenameEdits(doc, offsetOf(text, 'me/feed", "body": "message=Hello'), 'x') as { error: string }));
  });
});
