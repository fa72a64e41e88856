import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyAnswer, planBatch, type RequestContext } from '../../../src/core/batch';
import { OperationScans } from '../../../src/core/batch/references';
import type { OperationSpec } from '../../../src/core/batch/spec';
import { EDITOR_SETTING_NAMES } from '../../../src/core/graph';
import { ops } from './helpers';

function context(list: OperationSpec[]): RequestContext {
  const scans = new OperationScans();
  const plan = planBatch(list, undefined, scans);
  return { requestIndex: 0, operations: list, parents: plan.parents, scans, secrets: ['SECRET-TOKEN'], settingNames: EDITOR_SETTING_NAMES };
}

const ok = (body: unknown) => ({ code: 200, headers: [{ name: 'X-App-Usage', value: '{"call_count":1}' }], body: JSON.stringify(body) });
const err = (code: number, message: string) => ({ code: 400, body: JSON.stringify({ error: { message, type: 'OAuthException', code, error_user_title: 'Title', error_user_msg: 'User message', fbtrace_id: 'TR' } }) });

describe('classifyAnswer', () => {
  test('each operation keeps its own usage when the answer alternates between usage texts', () => {
    const list = ops({ relative_url: 'a' }, { relative_url: 'b' }, { relative_url: 'c' }, { relative_url: 'd' });
    const usage = (value: string) => ({ code: 200, headers: [{ name: 'Content-Type', value: 'text/javascript' }, { name: 'X-App-Usage', value }], body: '{}' });
    const entries = [usage('{"call_count":1}'), usage('{"call_count":2}'), usage('{"call_count":1}'), usage('not json')];
    const { operations } = classifyAnswer(context(list), 200, JSON.stringify(entries), 1);
    assert.deepEqual(
      operations.map((o) => o.usage),
      [{ 'x-app-usage': { call_count: 1 } }, { 'x-app-usage': { call_count: 2 } }, { 'x-app-usage': { call_count: 1 } }, { 'x-app-usage': 'not json' }],
    );
  });

  test('tells success, graph error, omitted, timed out, parent failed and not modified apart', () => {
    const list = ops(
      { name: 'a', relative_url: 'me' }, // 0 omitted: its child ran
      { relative_url: '?ids={result=a:$.id}' }, // 1 success
      { name: 'b', relative_url: 'bad' }, // 2 graph error
      { relative_url: 'x', depends_on: 'b' }, // 3 parent failed
      { name: 'c', relative_url: 'y', depends_on: 'b' }, // 4 parent failed
      { relative_url: '{result=c:$.id}' }, // 5 parent failed (its parent was null because it failed)
      { relative_url: 'me', headers: ['If-None-Match: "e"'] }, // 6 not modified
      { relative_url: 'slow' }, // 7 timed out
      { name: 'd', relative_url: 'me', omit_response_on_success: false }, // 8 timed out (omit off)
      { relative_url: '{result=d:$.id}' }, // 9 timed out (parent fine but no answer)
    );
    const entries = [null, ok({ id: '1' }), err(100, 'Unsupported get request.'), null, null, null, { code: 304, body: null }, null, null, null];
    const { operations, failure } = classifyAnswer(context(list), 200, JSON.stringify(entries), 12);
    assert.equal(failure, undefined);
    assert.deepEqual(operations.map((o) => o.outcome), [
      'omitted', 'success', 'graph-error', 'parent-failed', 'parent-failed', 'parent-failed', 'not-modified', 'timed-out', 'timed-out', 'timed-out',
    ]);
    for (const o of operations) assert.match(o.explanation, /^[A-Z].+[.)]$/s, `operation ${o.index}`);
    assert.match(operations[0].explanation, /operation 2 used its result/);
    assert.match(operations[3].explanation, /operation 3 \("b"\)/);
    assert.deepEqual(operations[1].usage, { 'x-app-usage': { call_count: 1 } });
    assert.equal(operations[1].rawBody, '{"id":"1"}');
    assert.equal(operations[2].error?.error_user_msg, 'User message');
    assert.equal(operations[2].error?.fbtrace_id, 'TR');
    assert.equal(operations[2].code, 400);
  });

  test('a null parent whose user was stopped by another failed parent did run: omitted', () => {
    const list = ops({ name: 'a', relative_url: 'me' }, { name: 'c', relative_url: 'bad' }, { relative_url: '{result=a:$.id}?x={result=c:$.id}' });
    const { operations } = classifyAnswer(context(list), 200, JSON.stringify([null, err(100, 'No.'), null]), 1);
    assert.deepEqual(operations.map((o) => o.outcome), ['omitted', 'graph-error', 'parent-failed']);
  });

  for (const [what, text, reason] of [
    ['not JSON', '<html>oops</html>', /not JSON/],
    ['not an array', '{"data":[]}', /not a JSON array/],
    ['the wrong length', '[null]', /1 entries for 2 operations/],
    ['entries of the wrong shape', '[{"status":200},null]', /entry 1 is not of the form/],
  ] as const) {
    test(`an answer that is ${what} is a malformed failure keeping the raw text`, () => {
      const list = ops({ relative_url: 'a' }, { relative_url: 'b' });
      const { operations, failure } = classifyAnswer(context(list), 200, text, 1);
      assert.equal(failure?.kind, 'malformed');
      assert.match(failure!.message, reason);
      assert.equal(failure!.rawResponse, text);
      assert.deepEqual(operations.map((o) => o.outcome), ['not-sent', 'not-sent']);
    });
  }

  test('a 400 Graph error is a whole-request failure, redacted, with advice', () => {
    const list = ops({ relative_url: 'a' });
    const text = JSON.stringify({ error: { message: 'Invalid token SECRET-TOKEN', type: 'OAuthException', code: 190, fbtrace_id: 'X' } });
    const { failure } = classifyAnswer(context(list), 400, text, 1);
    assert.equal(failure?.kind, 'graph-error');
    assert.equal(failure?.status, 400);
    assert.match(failure!.advice, /Check the access token/);
    assert.ok(!JSON.stringify(failure).includes('SECRET-TOKEN'));
  });

  test('a non-Graph HTTP error: 5xx says retry later, other statuses point at the URL', () => {
    const list = ops({ relative_url: 'a' });
    const bad = classifyAnswer(context(list), 502, '<html>Bad Gateway</html>', 1).failure!;
    assert.equal(bad.kind, 'http-error');
    assert.match(bad.message, /HTTP 502/);
    assert.match(bad.advice, /retry later/);
    assert.equal(bad.rawResponse, '<html>Bad Gateway</html>');
    const missing = classifyAnswer(context(list), 404, 'Not Found', 1).failure!;
    assert.match(missing.advice, /fbbatch\.graphApiUrl/);
  });
});
