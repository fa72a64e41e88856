import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isExemptFromProxy, noProxyEntries, proxyFor } from '../../../src/core/graph';

test('a no-proxy list exempts "*", the host itself, or a domain of it, however it is written', () => {
  const exempts = (value: string | undefined, host = 'graph.facebook.com'): boolean => isExemptFromProxy(host, noProxyEntries(value));
  for (const value of ['*', 'graph.facebook.com', 'facebook.com', '.facebook.com', '*.facebook.com', 'localhost, FACEBOOK.COM ', 'localhost *', 'graph.facebook.com:443', '.facebook.com:443', 'facebook.com.']) {
    assert.equal(exempts(value), true, value);
  }
  for (const value of ['book.com', 'graph.facebook.com.evil', 'localhost,127.0.0.1', '', ',', '10.0.0.0/8', '0.0.0.0/0', undefined]) {
    assert.equal(exempts(value), false, String(value));
  }
  assert.equal(exempts('graph.facebook.com', 'Graph.Facebook.com.'), true);
  assert.equal(exempts('2001:db8::1', '[2001:db8::1]'), true, 'a URL hostname keeps IPv6 brackets');
  assert.equal(exempts('[2001:db8::1]:8080', '[2001:db8::1]'), true);
  assert.equal(exempts('2001:db8::2', '[2001:db8::1]'), false);
});

test('a no-proxy list exempts an IP address by a range that holds it (CIDR)', () => {
  const exempts = (value: string, host: string): boolean => isExemptFromProxy(host, noProxyEntries(value));
  assert.equal(exempts('localhost, 10.0.0.0/8', '10.20.30.40'), true);
  assert.equal(exempts('192.168.1.0/24', '192.168.1.255'), true);
  assert.equal(exempts('192.168.1.0/24', '192.168.2.1'), false);
  assert.equal(exempts('0.0.0.0/0', '203.0.113.9'), true);
  assert.equal(exempts('fd00::/8', '[fd12:3456::1]'), true, 'IPv6, as a URL writes it');
  assert.equal(exempts('fd00::/8', 'fe80::1'), false);
  assert.equal(exempts('10.0.0.0/8', 'fd00::1'), false, 'another address family');
  for (const odd of ['10.0.0.0/33', '10.0.0.0/', '10.0.0.0/x', 'example.com/8', '10.0.0.0/-1']) assert.equal(exempts(odd, '10.1.1.1'), false, odd);
});

test('the configured proxy first, then https_proxy, then HTTPS_PROXY; host:port as http://host:port', () => {
  const env = { https_proxy: 'lower:1', HTTPS_PROXY: 'http://upper:2' };
  assert.equal(proxyFor('graph.facebook.com', { configured: 'http://set:3', env }), 'http://set:3');
  assert.equal(proxyFor('graph.facebook.com', { configured: '', env }), 'http://lower:1');
  assert.equal(proxyFor('graph.facebook.com', { env: { HTTPS_PROXY: 'http://upper:2' } }), 'http://upper:2');
  assert.equal(proxyFor('graph.facebook.com', { env: {} }), undefined);
  assert.equal(proxyFor('graph.facebook.com', { configured: 'http://set:3', noProxy: ['facebook.com'], env }), undefined, 'the host\'s own list');
  assert.equal(proxyFor('graph.facebook.com', { configured: 'http://set:3', env: { NO_PROXY: '*' } }), undefined, 'the environment\'s list');
});
