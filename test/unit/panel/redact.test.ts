import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BatchRunResult } from '../../../src/core/batch/result';
import { REDACTED } from '../../../src/core/graph/redact';
import { redactDeep } from '../../../src/extension/panel/redact';

const TOKEN = 'EAAGm0PX4ZCpsBAKZCZAsecret123';

function resultWith(text: string): BatchRunResult {
  return {
    startedAt: '2026-01-01T00:00:00Z',
    elapsedMs: 1,
    counts: { success: 1, 'graph-error': 0, omitted: 0, 'timed-out': 0, 'parent-failed': 0, 'not-modified': 0, 'not-sent': 0 },
    operations: [{
      index: 0, method: 'GET', relativeUrl: `me?x=${text}`, outcome: 'success', code: 200, explanation: 'Succeeded.',
      headers: [{ name: 'X-Echo', value: text }], rawBody: JSON.stringify({ echo: text }), usage: { 'X-App-Usage': { note: text } },
    }],
    failures: [{ requestIndex: 0, kind: 'http-error', message: `bad ${text}`, advice: 'Check it.', rawResponse: text, operationIndexes: [0] }],
  };
}

describe('redactSecrets', () => {
  test('masks a known secret wherever a server echoed it', () => {
    const clean = redactDeep(resultWith(TOKEN), [TOKEN]);
    const text = JSON.stringify(clean);
    assert.equal(text.includes(TOKEN), false);
    assert.equal(clean.operations[0].headers?.[0].value, REDACTED);
    assert.equal(clean.failures[0].rawResponse, REDACTED);
    assert.deepEqual(clean.operations[0].usage, { 'X-App-Usage': { note: REDACTED } });
  });

  test('masks access_token parameters even when the token is not known', () => {
    const clean = redactDeep(resultWith('https://graph.example/me?access_token=EAAunknown999&limit=5'), []);
    assert.equal(clean.operations[0].headers?.[0].value, `https://graph.example/me?access_token=${REDACTED}&limit=5`);
  });

  test('leaves the input untouched and keeps non-secret data as it was', () => {
    const original = resultWith(TOKEN);
    const before = JSON.stringify(original);
    const clean = redactDeep(original, [TOKEN, 'abc']); // 'abc' is too short to be a token
    assert.equal(JSON.stringify(original), before);
    assert.equal(clean.operations[0].code, 200);
    assert.equal(clean.operations[0].explanation, 'Succeeded.');
  });
});
