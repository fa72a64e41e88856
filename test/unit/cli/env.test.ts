// How the CLI reads a proxy from the environment (the curl convention) and what its messages name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UsageError } from '../../../src/cli/args';
import { CLI_SETTING_NAMES, proxyFor } from '../../../src/cli/env';

const GRAPH = 'graph.facebook.com';

describe('proxyFor', () => {
  test('HTTPS_PROXY or https_proxy; host:port means plain http to the proxy', () => {
    assert.equal(proxyFor(GRAPH, {}), undefined);
    assert.equal(proxyFor(GRAPH, { HTTPS_PROXY: 'http://proxy.corp:3128' }), 'http://proxy.corp:3128');
    assert.equal(proxyFor(GRAPH, { https_proxy: 'https://proxy.corp:443', HTTPS_PROXY: 'http://other:1' }), 'https://proxy.corp:443');
    assert.equal(proxyFor(GRAPH, { HTTPS_PROXY: 'proxy.corp:3128' }), 'http://proxy.corp:3128');
    assert.equal(proxyFor(GRAPH, { HTTP_PROXY: 'http://proxy.corp:3128' }), undefined, 'plain-HTTP proxies do not carry HTTPS');
  });

  test('NO_PROXY or no_proxy exempts the host (the matching rules: test/unit/graph/proxy.test.ts)', () => {
    const proxy = { HTTPS_PROXY: 'http://proxy.corp:3128' };
    assert.equal(proxyFor(GRAPH, { ...proxy, NO_PROXY: '.facebook.com' }), undefined);
    assert.equal(proxyFor(GRAPH, { ...proxy, no_proxy: 'facebook.com' }), undefined);
    assert.equal(proxyFor(GRAPH, { ...proxy, NO_PROXY: 'localhost,127.0.0.1' }), 'http://proxy.corp:3128');
  });

  test('a value that is no proxy URL is a usage error that does not repeat it (it may hold a password)', () => {
    for (const bad of ['ftp://proxy.corp', 'http://user:secret@[bad', 'socks5://proxy.corp:1080']) {
      assert.throws(
        () => proxyFor(GRAPH, { HTTPS_PROXY: bad }),
        (e: unknown) => e instanceof UsageError && /HTTPS_PROXY is not a proxy URL/.test(e.message) && !e.message.includes('secret'),
        bad,
      );
    }
  });

  test('the names the core puts into messages are the CLI\'s options and variables', () => {
    for (const name of Object.values(CLI_SETTING_NAMES)) assert.doesNotMatch(name, /fbbatch\.|http\.proxy/);
  });
});
