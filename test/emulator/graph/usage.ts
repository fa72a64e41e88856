// Usage headers as the service sends them on every answer (and inside batch operations).
import { graphError, type ErrorName, type GraphErrorResponse } from '../errors';
import type { ThrottleCode } from '../faults';

const AD_ACCOUNT_NUMBER = '11077200629332';

export function usageHeaders(percent: number, throttled = false): Record<string, string> {
  const usage = { call_count: percent, total_cputime: percent, total_time: percent };
  const headers: Record<string, string> = { 'X-App-Usage': JSON.stringify(usage) };
  if (throttled) {
    headers['X-Business-Use-Case-Usage'] = JSON.stringify({
      [AD_ACCOUNT_NUMBER]: [{ type: 'ads_management', ...usage, estimated_time_to_regain_access: 1 }],
    });
  }
  return headers;
}

const THROTTLE_ERRORS: Record<ThrottleCode, ErrorName> = { 4: 'appThrottled', 17: 'userThrottled', 32: 'pageThrottled', 613: 'apiThrottled' };

/** The throttling error for a code, with both usage headers at 100%. */
export function throttledError(code: ThrottleCode): GraphErrorResponse {
  const error = graphError(THROTTLE_ERRORS[code]);
  return { ...error, headers: { ...error.headers, ...usageHeaders(100, true) } };
}
