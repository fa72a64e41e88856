// One batch operation: fill in references, pick its token, run it, and dress the answer the way
// the batch response carries it (Content-Type, ETag, usage headers, 304 for If-None-Match).
import { createHash } from 'node:crypto';
import type { SubstituteResult } from '../../../src/core/document/jsonpath';
import { GraphFailure, type GraphErrorResponse } from '../errors';
import { executeGraph, type GraphAnswer, type GraphMethod, type GraphRequest } from '../graph/execute';
import { throttledError, usageHeaders } from '../graph/usage';
import type { PartInfo } from '../http/multipart';
import { safeDecode } from '../http/url';
import type { BatchContext } from './run';
import type { PlannedOperation } from './plan';

export interface OperationAnswer {
  readonly code: number;
  readonly headers: Record<string, string>;
  /** The JSON-encoded body, or null for 304. */
  readonly body: string | null;
  /** The parsed body, for the references of later operations. */
  readonly json: unknown;
}

export type Substitute = (text: string, formEncoded: boolean) => SubstituteResult;

const CONTENT_TYPE = 'text/javascript; charset=UTF-8';

export function executeOperation(context: BatchContext, operation: PlannedOperation, substitute: Substitute): OperationAnswer {
  try {
    const request = prepare(context, operation, substitute);
    const headers = new Map([...operation.headers].map(([name, value]) => [name, fill(substitute, value, false)]));
    return dress(context, operation.method, headers, executeGraph(context.store, { ...request, versionUrl: context.versionUrl }));
  } catch (error) {
    if (!(error instanceof GraphFailure)) throw error;
    return dressError(context, error.response);
  }
}

function fill(substitute: Substitute, text: string, formEncoded: boolean): string {
  const result = substitute(text, formEncoded);
  if (!result.ok) throw new GraphFailure('invalidParameter', result.problem.message);
  return result.text;
}

/** Splits `[/][vX.Y/]path[?query]` into path and parameters, merging the body's, and takes out the token. */
function prepare(context: BatchContext, operation: PlannedOperation, substitute: Substitute): Omit<GraphRequest, 'versionUrl'> {
  const throttle = context.faults.current.throttle;
  if (throttle && throttle.scope === 'operations' && (throttle.operations ?? [operation.index]).includes(operation.index)) {
    throw new GraphFailure(throttledError(throttle.code));
  }
  const url = fill(substitute, operation.relativeUrl, true);
  const question = url.indexOf('?');
  const path = (question < 0 ? url : url.slice(0, question)).replace(/^\/+/, '').replace(/^v\d+\.\d+(\/|$)/, '');
  const params = new Map(new URLSearchParams(question < 0 ? '' : url.slice(question + 1)));
  if (operation.body !== undefined) {
    for (const [key, value] of new URLSearchParams(fill(substitute, operation.body, true))) params.set(key, value);
  }
  const token = params.get('access_token') ?? context.token;
  params.delete('access_token');
  const identity = context.checkToken(token);
  const attachments = operation.attachedFiles.map((name): PartInfo => {
    const part = context.parts.get(name);
    if (!part) throw new GraphFailure('attachmentMissing', `"${name}"`);
    return part;
  });
  return { method: operation.method, path: safeDecode(path), params, identity, attachments };
}

function dress(context: BatchContext, method: GraphMethod, requestHeaders: ReadonlyMap<string, string>, answer: GraphAnswer): OperationAnswer {
  const body = JSON.stringify(answer.body);
  const headers: Record<string, string> = { ...answer.headers, 'Content-Type': CONTENT_TYPE };
  if (method === 'GET' && answer.status === 200) {
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    headers.ETag = etag;
    const ifNoneMatch = requestHeaders.get('if-none-match');
    if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
      return { code: 304, headers: { ...headers, ...usageHeaders(context.faults.current.usagePercent) }, body: null, json: null };
    }
  }
  return { code: answer.status, headers: { ...headers, ...usageHeaders(context.faults.current.usagePercent) }, body, json: answer.body };
}

function dressError(context: BatchContext, error: GraphErrorResponse): OperationAnswer {
  return {
    code: error.status,
    headers: { ...usageHeaders(context.faults.current.usagePercent), ...error.headers, 'Content-Type': CONTENT_TYPE },
    body: JSON.stringify(error.body),
    json: error.body,
  };
}
