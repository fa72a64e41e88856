import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getHover } from '../../../src/core/language/hover';
import type { LanguageContext } from '../../../src/core/language/types';
import { fakeContext, fixture, fixtureDoc, offsetOf, slice, withCursor } from './helpers';

const text = fixture('nav-page-week.fbbatch');
const doc = fixtureDoc('nav-page-week.fbbatch');

function hoverAt(needle: string, delta: number, ctx: LanguageContext = fakeContext()): { contents: string; covered: string } {
  const hover = getHover(doc, offsetOf(text, needle, delta), ctx);
  assert.ok(hover, `no hover at ${needle}`);
  return { contents: hover.contents, covered: slice(text, hover.range) };
}

describe('hover on an operation', () => {
  test('summary, name, who uses it and that its response will be omitted', () => {
    const { contents, covered } = hoverAt('"name": "get-pages"', 12);
    assert.equal(covered, '"get-pages"');
    assert.match(contents, /\*\*GET\*\* `me\/accounts\?fields=id,name&limit=5`/);
    assert.match(contents, /named `get-pages`/);
    assert.match(contents, /Used by: #2 `page-posts` \(\{result=…\}\), #4 `new-photo` \(\{result=…\}\), #6 \(\{result=…\}\)/);
    assert.match(contents, /returns `null` instead of its response/);
    assert.match(contents, /omit_response_on_success/);
  });

  test('an operation that keeps its response says so', () => {
    const { contents } = hoverAt('"name": "page-posts"', 12);
    assert.match(contents, /kept even when a later operation uses it/);
    assert.doesNotMatch(contents, /returns `null`/);
  });

  test('a depends_on counts as a use; an unused operation says nobody uses it', () => {
    assert.match(hoverAt('"name": "new-photo"', 12).contents, /#5 \(depends_on\)/);
    const unused = withCursor('[ { "method": "GET", "name": "al|one", "relative_url": "me" } ]');
    const hover = getHover(unused.doc, unused.offset, fakeContext());
    assert.match(hover?.contents ?? '', /No operation uses this one yet/);
    assert.doesNotMatch(hover?.contents ?? '', /null/);
  });

  test('an operation that uses it twice is listed once', () => {
    const twice = withCursor('[ { "name": "a|", "method": "GET" }, { "relative_url": "{result=a:$.x}/{result=a:$.y}", "depends_on": "a" } ]');
    const contents = getHover(twice.doc, twice.offset, fakeContext())?.contents ?? '';
    assert.match(contents, /Used by: #2 \(depends_on\), #2 \(\{result=…\}\)\n/);
  });

  test('on the method value and the opening brace too', () => {
    assert.match(hoverAt('{ "method": "GET", "relative_url": "?ids=', 0).contents, /Operation #3 \(no name\)/);
    assert.match(hoverAt('"method": "POST",\n      "name": "new-photo"', 12).contents, /\*\*POST\*\*/);
  });
});

describe('hover on keys', () => {
  test('operation and top-level keys explain themselves', () => {
    const omit = hoverAt('"omit_response_on_success"', 3);
    assert.equal(omit.covered, '"omit_response_on_success"');
    assert.match(omit.contents, /Defaults to `true`/);
    assert.match(hoverAt('"include_headers"', 1).contents, /headers/);
    assert.match(hoverAt('"attached_files"', 1).contents, /attachments/);
  });

  test('nothing on an unknown key or on whitespace', () => {
    const unknown = withCursor('[ { "metod|": "GET" } ]');
    assert.equal(getHover(unknown.doc, unknown.offset, fakeContext()), undefined);
    assert.equal(getHover(doc, offsetOf(text, '/* share'), fakeContext()), undefined);
  });
});

describe('hover on references', () => {
  test('points to the operation and explains the path in words', () => {
    const { contents, covered } = hoverAt('{result=page-posts:$.data.*.id}', 3);
    assert.equal(covered, '{result=page-posts:$.data.*.id}');
    assert.match(contents, /operation \*\*page-posts\*\* \(#2, `GET \{result=get-pages:\$\.data\.0\.id\}\/posts/);
    assert.match(contents, /member `data` → every element or member → member `id`/);
    assert.doesNotMatch(contents, /Last run/);
  });

  test('after a run: the value it resolved to, truncated', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `1000${i}` }));
    const ctx = fakeContext({ lastResponse: (name) => (name === 'page-posts' ? { data: many } : undefined) });
    const { contents } = hoverAt('{result=page-posts:$.data.*.id}', 3, ctx);
    assert.match(contents, /Last run: `10000,10001,10002,/);
    assert.ok(contents.includes('…'));
    assert.ok(contents.length < 900);
  });

  test('a path selecting an object says the API cannot insert it', () => {
    const ctx = fakeContext({ lastResponse: () => ({ id: '9', data: [{ id: 1 }] }) });
    const found = withCursor('[ { "name": "a", "method": "GET" }, { "relative_url": "{result=a:$.da|ta}" } ]');
    assert.match(getHover(found.doc, found.offset, ctx)?.contents ?? '', /not a primitive/);
  });

  test('a reference to a missing or later operation, and an invalid path', () => {
    const later = withCursor('[ { "relative_url": "{result=b:$.i|d}" }, { "name": "b" } ]');
    assert.match(getHover(later.doc, later.offset, fakeContext())?.contents ?? '', /No operation named `b` comes before this one/);
    const bad = withCursor('[ { "name": "a" }, { "relative_url": "{result=a:$.data[?(@.x)]|}" } ]');
    assert.match(getHover(bad.doc, bad.offset, fakeContext())?.contents ?? '', /is not valid/);
  });

  test('a depends_on value names what it waits for', () => {
    assert.match(hoverAt('"depends_on": "new-photo"', 17).contents, /Waits for operation \*\*new-photo\*\* \(#4, `POST/);
  });
});

describe('hover on token placeholders', () => {
  test('says whether the token is stored, never showing a value', () => {
    const stored = fakeContext({ tokenNames: () => ['page'] });
    const yes = hoverAt('{{token:page}}', 4, stored);
    assert.equal(yes.covered, '{{token:page}}');
    assert.match(yes.contents, /is stored/);
    const no = hoverAt('{{token:admin}}', 4, stored);
    assert.match(no.contents, /no token with this name is stored/);
    assert.match(no.contents, /Set Named Access Token/);
  });
});
