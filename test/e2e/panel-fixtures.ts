// Results for the panel's browser tests and benchmark: one row per outcome, a body full of markup,
// and 50 operations with megabyte bodies shaped like Graph API pages.
import type { BatchRunResult, OperationOutcome, OperationResult } from '../../src/core/batch/result';

function countsOf(operations: readonly OperationResult[]): Record<OperationOutcome, number> {
  const counts: Record<OperationOutcome, number> = {
    success: 0, 'graph-error': 0, omitted: 0, 'timed-out': 0, 'parent-failed': 0, 'not-modified': 0, 'not-sent': 0,
  };
  for (const op of operations) counts[op.outcome]++;
  return counts;
}

function resultOf(operations: OperationResult[], extra: Partial<BatchRunResult> = {}): BatchRunResult {
  return { startedAt: '2026-11-23T09:00:00.000Z', elapsedMs: 1234, operations, failures: [], counts: countsOf(operations), ...extra };
}

const JSON_HEADERS = [
  { name: 'Content-Type', value: 'text/javascript; charset=UTF-8' },
  { name: 'ETag', value: '"7b4a1c"' },
];

/** One operation of each outcome, a whole-request failure, and usage headers. */
export function outcomeResult(): BatchRunResult {
  const ops: OperationResult[] = [
    { index: 0, name: 'me', method: 'GET', relativeUrl: 'me?fields=id,name', outcome: 'success', code: 200, headers: JSON_HEADERS,
      rawBody: JSON.stringify({ id: '1001', name: 'Ada Lovelace', friends: { data: [{ id: '2', name: 'Charles' }], summary: { total_count: 1 } }, verified: true, age: null }),
      explanation: 'Succeeded.', elapsedMs: 412, requestIndex: 0, sourceRange: { start: 4, end: 62 },
      usage: { 'X-App-Usage': { call_count: 28, total_cputime: 12, total_time: 9 } } },
    { index: 1, method: 'POST', relativeUrl: 'me/feed', outcome: 'graph-error', code: 403,
      rawBody: JSON.stringify({ error: { message: '(#200) The user hasn\'t authorized the application to perform this action', type: 'OAuthException', code: 200, fbtrace_id: 'AbC123' } }),
      error: { message: '(#200) The user hasn\'t authorized the application to perform this action', type: 'OAuthException', code: 200, fbtrace_id: 'AbC123' },
      explanation: 'The Graph API refused this operation; see the error below.', elapsedMs: 412, requestIndex: 0, sourceRange: { start: 64, end: 120 } },
    { index: 2, name: 'get-friends', method: 'GET', relativeUrl: 'me/friends?limit=5', outcome: 'omitted', code: undefined,
      explanation: 'Succeeded; its body was left out because a later operation used its result (omit_response_on_success).', elapsedMs: 412, requestIndex: 0 },
    { index: 3, method: 'GET', relativeUrl: '?ids={result=get-friends:$.data.*.id}', outcome: 'timed-out',
      explanation: 'Not run: the batch ran out of time before this operation. Retry it.', elapsedMs: 412, requestIndex: 0 },
    { index: 4, method: 'GET', relativeUrl: 'me/photos', outcome: 'parent-failed',
      explanation: 'Not run: operation #1, which it depends on, failed.', elapsedMs: 412, requestIndex: 0 },
    { index: 5, method: 'GET', relativeUrl: 'me/picture', outcome: 'not-modified', code: 304,
      explanation: 'Not modified since the ETag sent with If-None-Match; the API sends no body.', elapsedMs: 412, requestIndex: 0 },
    { index: 6, method: 'DELETE', relativeUrl: '12345', outcome: 'not-sent',
      explanation: 'Never sent: the request that carried it failed as a whole.', requestIndex: 1 },
  ];
  return resultOf(ops, {
    failures: [{ requestIndex: 1, kind: 'timeout', message: 'No answer within 60 seconds.', advice: 'Try again, or raise the fbbatch.timeoutSeconds setting.', operationIndexes: [6] }],
    usage: {
      'X-App-Usage': { call_count: 28, total_cputime: 12, total_time: 9 },
      'X-Business-Use-Case-Usage': { '1122334455': [{ type: 'ads_management', call_count: 95, total_cputime: 20, total_time: 20, estimated_time_to_regain_access: 12 }] },
    },
  });
}

export const SCRIPT_PAYLOAD =
  '<script>window.__pwned = 1; alert(1)</script><img src=x onerror="window.__pwned = 2; alert(2)"><svg onload="window.__pwned = 3"></svg>';

/** Markup everywhere the API could echo it: bodies (JSON and not), names, URLs, headers, errors. */
export function markupResult(): BatchRunResult {
  const ops: OperationResult[] = [
    { index: 0, name: SCRIPT_PAYLOAD, method: 'GET', relativeUrl: `me?q=${SCRIPT_PAYLOAD}`, outcome: 'success', code: 200,
      headers: [{ name: 'X-Echo', value: SCRIPT_PAYLOAD }], rawBody: JSON.stringify({ html: SCRIPT_PAYLOAD, [SCRIPT_PAYLOAD]: [SCRIPT_PAYLOAD] }),
      explanation: `Succeeded. ${SCRIPT_PAYLOAD}`, elapsedMs: 20 },
    { index: 1, method: 'GET', relativeUrl: 'page.html', outcome: 'graph-error', code: 500, rawBody: `<!DOCTYPE html><html><body>${SCRIPT_PAYLOAD}</body></html>`,
      error: { message: SCRIPT_PAYLOAD, type: SCRIPT_PAYLOAD }, explanation: SCRIPT_PAYLOAD, elapsedMs: 20 },
  ];
  return resultOf(ops, { failures: [{ requestIndex: 0, kind: 'malformed', message: SCRIPT_PAYLOAD, advice: SCRIPT_PAYLOAD, operationIndexes: [] }] });
}

/** A Graph-style page of posts of about `bytes` characters. */
export function graphPageBody(bytes: number, seed: number): string {
  const data: unknown[] = [];
  let size = 0;
  for (let i = 0; size < bytes - 400; i++) {
    const item = {
      id: `${seed}_${1_000_000 + i}`,
      created_time: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString().replace('.000Z', '+0000'),
      message: `Post ${i} of page ${seed}: batch requests save round trips.`,
      from: { id: String(10_000 + (i % 97)), name: `Person ${i % 97}` },
      reactions: { summary: { total_count: (i * 7) % 311, viewer_reaction: i % 3 === 0 ? 'LIKE' : 'NONE' } },
      is_published: i % 5 !== 0,
      attachments: { data: [{ type: 'photo', url: `https://example.invalid/photo/${seed}/${i}`, width: 720, height: 480 }] },
    };
    size += JSON.stringify(item).length + 1;
    data.push(item);
  }
  return JSON.stringify({ data, paging: { cursors: { before: 'QVFIUmxx', after: 'QVFIUnpz' }, next: `https://example.invalid/v24.0/me/feed?after=${seed}` } });
}

/** `count` successful operations, each with a body of about `bytes` characters. */
export function largeResult(count = 50, bytes = 1024 * 1024): BatchRunResult {
  const ops: OperationResult[] = [];
  for (let index = 0; index < count; index++) {
    ops.push({ index, method: 'GET', relativeUrl: `me/feed?limit=2500&page=${index}`, outcome: 'success', code: 200, headers: JSON_HEADERS,
      rawBody: graphPageBody(bytes, index), explanation: 'Succeeded.', elapsedMs: 3100, requestIndex: 0, sourceRange: { start: index * 80, end: index * 80 + 70 } });
  }
  return resultOf(ops, { elapsedMs: 3100 });
}
