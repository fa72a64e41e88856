// How the CLI reaches the Graph API from its options and environment: the proxy (read as curl
// reads it) and the names its messages give the knobs to fix.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UsageError } from '../../../src/cli/args';
import { CLI_SETTING_NAMES, clientOptions } from '../../../src/cli/env';

type Env = Record<string, string>;
const noArgs = { positionals: [], values: {} };
const proxyOf = (env: Env, graphUrl?: string): string | undefined =>
  clientOptions(graphUrl ? { positionals: [], values: { 'graph-url': graphUrl } } : noArgs, env).proxyUrl;

describe('the CLI\'s client options', () => {
  test('https_proxy before HTTPS_PROXY; host:port means plain http to the proxy; blanks around it do not matter', () => {
    assert.equal(proxyOf({}), undefined);
    assert.equal(proxyOf({ HTTPS_PROXY: 'http://proxy.corp:3128' }), 'http://proxy.corp:3128');
    assert.equal(proxyOf({ https_proxy: 'https://proxy.corp:443', HTTPS_PROXY: 'http://other:1' }), 'https://proxy.corp:443');
    assert.equal(proxyOf({ HTTPS_PROXY: ' proxy.corp:3128 ' }), 'http://proxy.corp:3128');
    assert.equal(proxyOf({ HTTP_PROXY: 'http://proxy.corp:3128' }), undefined, 'plain-HTTP proxies do not carry HTTPS');
  });

  test('NO_PROXY or no_proxy exempts the host (the matching rules: test/unit/graph/proxy.test.ts)', () => {
    const proxy = { HTTPS_PROXY: 'http://proxy.corp:3128' };
    assert.equal(proxyOf({ ...proxy, NO_PROXY: '.facebook.com' }), undefined);
    assert.equal(proxyOf({ ...proxy, no_proxy: 'facebook.com' }), undefined);
    assert.equal(proxyOf({ ...proxy, NO_PROXY: 'localhost,127.0.0.1' }), 'http://proxy.corp:3128');
  });

  test('a proxy that cannot be used is a usage error that names HTTPS_PROXY and never repeats a password', () => {
    const cases: [string, RegExp][] = [
      ['socks5://proxy.corp:1080', /Only http:\/\/ and https:\/\/ proxies are supported\. Fix HTTPS_PROXY\./],
      ['http://alice:s3cr%zzet@proxy.corp:3128', /The URL of the proxy at proxy\.corp:3128 is not valid .*Fix HTTPS_PROXY or remove it\./],
    ];
    for (const [value, expected] of cases) {
      assert.throws(
        () => proxyOf({ HTTPS_PROXY: value }),
        (e: unknown) => e instanceof UsageError && expected.test(e.message) && !e.message.includes('s3cr') && !e.message.includes('alice'),
        value,
      );
    }
  });

  test('the emulator on this machine never goes through the proxy, so a bad one does not stop it', () => {
    assert.doesNotThrow(() => proxyOf({ HTTPS_PROXY: 'socks5://proxy.corp:1080' }, 'http://127.0.0.1:8080'));
  });

  test('messages from the core name the CLI\'s options and variables', () => {
    assert.equal(clientOptions(noArgs, {}).settingNames, CLI_SETTING_NAMES);
    assert.throws(() => clientOptions({ positionals: [], values: { 'graph-url': 'ftp://x' } }, {}), /Fix --graph-url \(or FB_GRAPH_URL\)\./);
  });
});
