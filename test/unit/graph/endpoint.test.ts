import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraphUrl, checkEndpoint, GraphConfigError } from '../../../src/core/graph';

describe('checkEndpoint', () => {
  test('accepts HTTPS anywhere', () => {
    assert.equal(checkEndpoint('https://graph.facebook.com').host, 'graph.facebook.com');
  });

  for (const url of ['http://127.0.0.1:8080', 'http://127.5.6.7', 'http://localhost:3000', 'http://[::1]:9000']) {
    test(`accepts plain HTTP to loopback ${url}`, () => {
      assert.doesNotThrow(() => checkEndpoint(url));
    });
  }

  for (const url of ['http://graph.facebook.com', 'http://10.0.0.1', 'http://128.0.0.1', 'http://localhost.evil.com', 'http://app.localhost', 'http://[::2]']) {
    test(`refuses plain HTTP to ${url}`, () => {
      assert.throws(() => checkEndpoint(url), (e: unknown) => e instanceof GraphConfigError && /plain HTTP/.test(e.message) && /https:\/\//.test(e.message));
    });
  }

  test('refuses other schemes, credentials and junk with a plain message', () => {
    assert.throws(() => checkEndpoint('ftp://127.0.0.1'), /must start with https:\/\//);
    assert.throws(() => checkEndpoint('https://user:pw@graph.facebook.com'), /user name or password/);
    assert.throws(() => checkEndpoint('graph.facebook.com'), /not a valid URL/);
  });
});

describe('buildGraphUrl', () => {
  test('joins base, version and path without doubling slashes, keeping a session id query as is', () => {
    assert.equal(buildGraphUrl('https://graph.facebook.com/', 'v24.0'), 'https://graph.facebook.com/v24.0/');
    assert.equal(buildGraphUrl('http://127.0.0.1:1', 'v24.0', '/upload:abc?sig=x%3D'), 'http://127.0.0.1:1/v24.0/upload:abc?sig=x%3D');
  });

  test('rejects a malformed version', () => {
    assert.throws(() => buildGraphUrl('https://graph.facebook.com', '24.0/../x'), /not a Graph API version/);
  });
});
