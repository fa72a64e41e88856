import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestMatch, editDistance } from '../../../src/core/language/diagnostics/suggest';

test('typos, swapped letters and a wrong case find the intended word', () => {
  assert.equal(closestMatch('relativ_url', ['method', 'relative_url', 'name']), 'relative_url');
  assert.equal(closestMatch('mehtod', ['method', 'relative_url', 'name']), 'method');
  assert.equal(closestMatch('Get-Friends', ['get-friends', 'get-feed']), 'get-friends');
});

test('unrelated or very short words get no suggestion', () => {
  assert.equal(closestMatch('banana', ['method', 'relative_url']), undefined);
  assert.equal(closestMatch('c', ['b', 'a']), undefined);
  assert.equal(closestMatch('a', ['A']), 'A');
});

test('edit distance counts an adjacent swap as one edit and stops at the cap', () => {
  assert.equal(editDistance('abcd', 'abdc', 5), 1);
  assert.equal(editDistance('kitten', 'sitting', 10), 3);
  assert.equal(editDistance('aaaaaaaa', 'bbbbbbbb', 2), 2);
});
