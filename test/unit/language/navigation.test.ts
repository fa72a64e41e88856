import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getDefinition, getReferences } from '../../../src/core/language/navigation';
import { fixture, fixtureDoc, offsetOf, slice } from './helpers';

const text = fixture('nav-page-week.fbbatch');
const doc = fixtureDoc('nav-page-week.fbbatch');
const declaration = (name: string): number => offsetOf(text, `"name": "${name}"`, '"name": "'.length);

describe('go to definition', () => {
  test('from a reference name to the name value of the operation it uses', () => {
    const offset = offsetOf(text, '{result=page-posts:$.data.*.id}', '{result=page'.length);
    const target = getDefinition(doc, offset);
    assert.ok(target);
    assert.equal(slice(text, target), 'page-posts');
    assert.equal(target.start, declaration('page-posts'));
  });

  test('from a depends_on value, and from the end of a reference name', () => {
    const dependsOn = offsetOf(text, '"depends_on": "new-photo"', '"depends_on": "new-'.length);
    assert.equal(getDefinition(doc, dependsOn)?.start, declaration('new-photo'));
    const endOfName = offsetOf(text, '{result=new-photo:$.id}?', '{result=new-photo'.length);
    assert.equal(getDefinition(doc, endOfName)?.start, declaration('new-photo'));
  });

  test('from a reference that stands percent-encoded in a form body', () => {
    const offset = offsetOf(text, '%3Dpage-posts%3A', '%3Dpage'.length);
    assert.equal(getDefinition(doc, offset)?.start, declaration('page-posts'));
  });

  test('nothing on the path, on a url or between operations', () => {
    assert.equal(getDefinition(doc, offsetOf(text, '$.data.*.id}', 3)), undefined);
    assert.equal(getDefinition(doc, offsetOf(text, 'me/accounts')), undefined);
    assert.equal(getDefinition(doc, offsetOf(text, '/* share it')), undefined);
  });
});

describe('find references', () => {
  test('from a declaration: every reference, depends_on and (if asked) the declaration, in order', () => {
    const at = declaration('new-photo') + 2;
    const withDeclaration = getReferences(doc, at, true);
    assert.deepEqual(withDeclaration.map((range) => slice(text, range)), ['new-photo', 'new-photo', 'new-photo', 'new-photo']);
    assert.equal(withDeclaration[0].start, declaration('new-photo'));
    const usesOnly = getReferences(doc, at, false);
    assert.equal(usesOnly.length, 3);
    assert.ok(usesOnly.every((range) => range.start !== declaration('new-photo')));
  });

  test('from a reference in a header finds the same set as from the declaration', () => {
    const fromHeader = getReferences(doc, offsetOf(text, 'X-Origin: {result=get-pages', 'X-Origin: {result=get'.length), true);
    const fromDeclaration = getReferences(doc, declaration('get-pages'), true);
    assert.deepEqual(fromHeader, fromDeclaration);
    assert.equal(fromHeader.length, 4); // name, two relative_urls, the header
  });

  test('includes percent-encoded references in form bodies', () => {
    const ranges = getReferences(doc, declaration('page-posts'), false);
    assert.deepEqual(ranges.map((range) => slice(text, range)), ['page-posts', 'page-posts']);
    assert.ok(ranges.some((range) => text.slice(range.start - 3, range.start) === '%3D'));
  });

  test('nothing away from names', () => {
    assert.deepEqual(getReferences(doc, offsetOf(text, '"api_version"'), true), []);
  });
});

describe('names written with escapes', () => {
  const escaped = fixture('nav-escapes.fbbatch');
  const escapedDoc = fixtureDoc('nav-escapes.fbbatch');

  test('the declaration range covers the escaped source text', () => {
    const target = getDefinition(escapedDoc, offsetOf(escaped, '{result=get-me:$.id}/friends', '{result=ge'.length));
    assert.ok(target);
    assert.equal(slice(escaped, target), 'get\\u002dme');
  });

  test('a depends_on with spaces around the name points at the name only', () => {
    const ranges = getReferences(escapedDoc, offsetOf(escaped, '" get-me "', 3), true);
    assert.equal(ranges.length, 6);
    assert.ok(ranges.some((range) => slice(escaped, range) === 'get-me' && escaped.charAt(range.start - 1) === ' '));
  });
});
