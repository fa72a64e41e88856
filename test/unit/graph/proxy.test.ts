import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isExemptFromProxy, noProxyEntries } from '../../../src/core/graph';

test('a no-proxy list exempts "*", the host itself, or a domain of it, however it is written', () => {
  for (const value of ['*', 'graph.facebook.com', 'facebook.com', '.facebook.com', '*.facebook.com', 'localhost, FACEBOOK.COM ']) {
    assert.equal(isExemptFromProxy('graph.facebook.com', noProxyEntries(value)), true, value);
  }
  for (const value of ['book.com', 'graph.facebook.com.evil', 'localhost,127.0.0.1', '', ',', undefined]) {
    assert.equal(isExemptFromProxy('graph.facebook.com', noProxyEntries(value)), false, String(value));
  }
  assert.equal(isExemptFromProxy('Graph.Facebook.com', ['graph.facebook.com']), true);
});
