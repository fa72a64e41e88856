import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isThrottlingError, isTokenError, isTransientGraphError, parseGraphError, parseUsageHeaders } from '../../../src/core/graph';

describe('parseGraphError', () => {
  test('reads every field of a Graph error', () => {
    const text = JSON.stringify({
      error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190, error_subcode: 463, is_transient: false, error_user_title: 'T', error_user_msg: 'M', fbtrace_id: 'Abc' },
    });
    assert.deepEqual(parseGraphError(text), {
      message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190, error_subcode: 463, is_transient: false, error_user_title: 'T', error_user_msg: 'M', fbtrace_id: 'Abc',
    });
  });

  test('is undefined for anything else', () => {
    assert.equal(parseGraphError('<html>'), undefined);
    assert.equal(parseGraphError('{"id":"1"}'), undefined);
    assert.equal(parseGraphError(null), undefined);
  });

  test('classifies throttling, token and transient errors', () => {
    for (const code of [4, 17, 32, 613, 80004]) {
      assert.ok(isThrottlingError({ message: '', code }), `code ${code}`);
      assert.ok(isTransientGraphError({ message: '', code }));
    }
    assert.ok(isTransientGraphError({ message: '', code: 100, is_transient: true }));
    assert.ok(!isTransientGraphError({ message: '', code: 100 }));
    assert.ok(isTokenError({ message: '', code: 190 }));
  });
});

describe('parseUsageHeaders', () => {
  test('parses JSON usage headers from either header shape and ignores the rest', () => {
    assert.deepEqual(parseUsageHeaders({ 'x-app-usage': '{"call_count":5}', 'content-type': 'text/javascript' }), { 'x-app-usage': { call_count: 5 } });
    assert.deepEqual(parseUsageHeaders([{ name: 'X-Business-Use-Case-Usage', value: '{"1":[{"type":"ads_management"}]}' }, { name: 'X-Ad-Account-Usage', value: 'odd' }]), {
      'x-business-use-case-usage': { 1: [{ type: 'ads_management' }] },
      'x-ad-account-usage': 'odd',
    });
    assert.equal(parseUsageHeaders([{ name: 'ETag', value: 'x' }]), undefined);
  });
});
