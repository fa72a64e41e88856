import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/graph';

describe('redactSecrets', () => {
  test('removes given token values, plain and percent-encoded', () => {
    const token = 'EAAB+secret/Token==';
    const text = `failed for ${token} and ${encodeURIComponent(token)}`;
    const out = redactSecrets(text, [token]);
    assert.ok(!out.includes('secret'));
    assert.equal(out, 'failed for [redacted] and [redacted]');
  });

  test('removes token-shaped text it was not told about', () => {
    assert.equal(redactSecrets('GET /me?fields=id&access_token=EAAxyz123&x=1'), 'GET /me?fields=id&access_token=[redacted]&x=1');
    assert.equal(redactSecrets('Authorization: OAuth EAAabc.def'), 'Authorization: OAuth [redacted]');
    assert.equal(redactSecrets('{"access_token":"EAAq"}'), '{"access_token":"[redacted]"}');
    assert.equal(redactSecrets('Bearer abc123'), 'Bearer [redacted]');
  });

  test('leaves ordinary text alone', () => {
    assert.equal(redactSecrets('The batch ran out of time.', ['', 'ab']), 'The batch ran out of time.');
  });
});
