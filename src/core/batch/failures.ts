// Whole-request failures (no per-operation answers) in plain words, with what to do, without tokens.
import {
  GraphTransportError,
  isThrottlingError,
  isTokenError,
  isTransientGraphError,
  isTransientStatus,
  parseGraphError,
  redactSecrets,
  type SettingNames,
} from '../graph';
import type { GraphError, RequestFailure } from './result';

export const RETRY_LATER = 'The Graph API is having trouble; retry later.';

function adviceFor(error: GraphError, status: number): string {
  if (isTokenError(error)) return 'Check the access token: it may be missing, expired or revoked. Store a fresh token and run again.';
  if (isThrottlingError(error)) {
    return 'The Graph API is limiting calls (rate limit reached). Wait a few minutes before running again; the usage headers show how close you are.';
  }
  if (error.code === 10 || (error.code !== undefined && error.code >= 200 && error.code < 300)) {
    return 'The access token lacks a permission this request needs. Grant it, store the new token and run again.';
  }
  if (isTransientGraphError(error) || isTransientStatus(status)) return RETRY_LATER;
  return 'Fix what the message says in the batch, then run again.';
}

function describe(error: GraphError): string {
  const code = error.code === undefined ? '' : ` (code ${error.code}${error.error_subcode ? `, subcode ${error.error_subcode}` : ''})`;
  const user = error.error_user_msg ? ` ${error.error_user_msg}` : '';
  return `${error.message}${code}.${user}`.replace(/\.\.$/, '.');
}

export interface FailureContext {
  readonly requestIndex: number;
  /** The request's operations (only their indexes are read here). */
  readonly operations: readonly { readonly index: number }[];
  readonly secrets: readonly string[];
  /** The host's names for what the advice tells the user to check. */
  readonly settingNames: SettingNames;
}

const indexesOf = (ctx: FailureContext): number[] => ctx.operations.map((op) => op.index);

/** An HTTP answer that is not a batch result: a Graph error, another HTTP status, or unreadable text. */
export function failureFromAnswer(status: number, text: string, ctx: FailureContext, malformedReason?: string): RequestFailure {
  const base = { requestIndex: ctx.requestIndex, operationIndexes: indexesOf(ctx), status, rawResponse: redactSecrets(text, ctx.secrets) };
  const error = parseGraphError(text);
  if (error) {
    const clean: GraphError = { ...error, message: redactSecrets(error.message, ctx.secrets) };
    return {
      ...base,
      kind: 'graph-error',
      error: clean,
      message: redactSecrets(`The Graph API rejected the whole request (HTTP ${status}): ${describe(clean)}`, ctx.secrets),
      advice: adviceFor(clean, status),
    };
  }
  if (status === 200) {
    return {
      ...base,
      kind: 'malformed',
      message: `The Graph API's answer could not be read as batch results: ${malformedReason ?? 'it is not a JSON array'}.`,
      advice: `Check that ${ctx.settingNames.graphUrl} points at the Graph API (not a web page or a proxy login page). The raw answer is kept.`,
    };
  }
  return {
    ...base,
    kind: 'http-error',
    message: `The Graph API answered HTTP ${status} instead of batch results.`,
    advice: isTransientStatus(status) ? RETRY_LATER : `Check ${ctx.settingNames.graphUrl} and the API version. The raw answer is kept.`,
  };
}

export function failureFromTransport(error: GraphTransportError, ctx: FailureContext): RequestFailure {
  return {
    requestIndex: ctx.requestIndex,
    operationIndexes: indexesOf(ctx),
    kind: error.kind,
    message: redactSecrets(error.message, ctx.secrets),
    advice: error.advice,
  };
}

/** Worth sending the same request again: no connection, a server-side problem, or throttling. */
export function isRetryableFailure(failure: RequestFailure): boolean {
  if (failure.kind === 'network') return true;
  if (failure.kind === 'http-error') return isTransientStatus(failure.status ?? 0);
  if (failure.kind === 'graph-error') return (failure.error !== undefined && isTransientGraphError(failure.error)) || isTransientStatus(failure.status ?? 0);
  return false;
}
