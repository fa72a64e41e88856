import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyForEditor } from '../../../src/webview/body';
import { countChips, errorDetail, formatDuration, summaryLine } from '../../../src/webview/format';
import { incompleteOperationIndexes } from '../../../src/webview/outcomes';
import { persistableState } from '../../../src/webview/state';
import { usageLines } from '../../../src/webview/usage';
import { largeResult, outcomeResult } from '../../e2e/panel-fixtures';

describe('summary text', () => {
  test('counts by outcome, problems first, zero counts left out', () => {
    const chips = countChips(outcomeResult());
    assert.deepEqual(chips.map((c) => `${c.count} ${c.label}`), [
      '1 Graph error', '1 Parent failed', '1 Timed out', '1 Not sent', '1 Success', '1 Omitted', '1 Not modified',
    ]);
    assert.deepEqual(countChips(largeResult(3, 1000)).map((c) => `${c.count} ${c.label}`), ['3 Success']);
  });

  test('summary line says how many operations, requests and how long', () => {
    assert.equal(summaryLine(outcomeResult()), '7 operations in 2 requests · 1.23 s');
    assert.equal(summaryLine(largeResult(1, 1000)), '1 operation · 3.10 s');
  });

  test('durations read naturally', () => {
    assert.equal(formatDuration(412), '412 ms');
    assert.equal(formatDuration(12_345), '12.3 s');
    assert.equal(formatDuration(125_000), '2 min 5 s');
    assert.equal(formatDuration(undefined), '—');
  });

  test('a Graph error shows the message and the facts support asks for', () => {
    assert.equal(
      errorDetail({ message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190, error_subcode: 463, fbtrace_id: 'Xy', is_transient: false }),
      'Invalid OAuth access token. (OAuthException, code 190, subcode 463, trace Xy)',
    );
    assert.equal(errorDetail({ message: 'raw', error_user_title: 'Too many calls', error_user_msg: 'Wait a bit', is_transient: true }),
      'Too many calls: Wait a bit Temporary: retrying may help.');
  });

  test('retry covers timed-out and never-sent operations only', () => {
    assert.deepEqual(incompleteOperationIndexes(outcomeResult()), [3, 6]);
  });
});

describe('usage headers', () => {
  test('app usage and business use case usage become percentage lines with a tone', () => {
    const lines = usageLines(outcomeResult().usage);
    assert.deepEqual(lines.map((l) => [l.label, l.text, l.tone]), [
      ['App usage', 'calls 28% · CPU 12% · time 9%', 'ok'],
      ['Business use case (ads_management, business 1122334455)', 'calls 95% · CPU 20% · time 20% · access back in about 12 min', 'error'],
    ]);
  });

  test('ad account usage, unknown headers and raw strings still show', () => {
    const lines = usageLines({ 'x-ad-account-usage': { acc_id_util_pct: 80, ads_api_access_tier: 'standard_access' }, 'X-Custom': 'not json' });
    assert.deepEqual(lines.map((l) => [l.label, l.text, l.tone]), [
      ['Ad account usage', 'account 80% · tier standard_access', 'warning'],
      ['X-Custom', 'not json', 'ok'],
    ]);
    assert.deepEqual(usageLines(undefined), []);
  });
});

describe('bodies and kept state', () => {
  test('JSON bodies open indented; other bodies as received', () => {
    assert.deepEqual(bodyForEditor('{"a":[1,2]}'), { language: 'json', content: '{\n  "a": [\n    1,\n    2\n  ]\n}' });
    assert.deepEqual(bodyForEditor('<html>{oops'), { language: 'plaintext', content: '<html>{oops' });
    assert.deepEqual(bodyForEditor('{not json'), { language: 'plaintext', content: '{not json' });
  });

  test('state keeps bodies up to the budget and says which it dropped', () => {
    const view = { kind: 'result' as const, seq: 1, fileUri: 'file:///w/a.fbbatch', fileLabel: 'a.fbbatch', result: largeResult(5, 10_000) };
    const kept = persistableState(view, 25_000);
    assert.deepEqual(kept.view.droppedBodies, [2, 3, 4]);
    assert.equal(kept.view.result.operations[1].rawBody, view.result.operations[1].rawBody);
    assert.equal(kept.view.result.operations[2].rawBody, undefined);
    assert.equal(view.result.operations[2].rawBody !== undefined, true, 'the shown view is not changed');
    assert.equal(persistableState(view).view, view, 'small results are kept whole');
  });
});
