// A plain Graph API call outside a batch (GET /v24.0/me, POST /v24.0/me/feed, ...), answered
// from the same store as batch operations.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorContext } from '../context';
import { GraphFailure } from '../errors';
import { readBody, parseForm } from '../http/body';
import { sendError, sendJson } from '../http/respond';
import type { RequestLogEntry } from '../log';
import { executeGraph, type GraphMethod } from './execute';
import { tokenFromAuthorization } from './tokens';
import { throttledError, usageHeaders } from './usage';

const METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'DELETE'];

export async function handleGraph(context: EmulatorContext, request: IncomingMessage, response: ServerResponse, url: URL, version: string, path: string, entry: RequestLogEntry): Promise<void> {
  try {
    const params = new Map(url.searchParams);
    for (const [key, value] of parseForm((await readBody(request, 1024 * 1024)).toString('utf8'))) params.set(key, value);
    const throttle = context.faults.current.throttle;
    if (throttle && throttle.scope === 'request') {
      entry.fault = 'throttle';
      throw new GraphFailure(throttledError(throttle.code));
    }
    const identity = context.checkToken(params.get('access_token') ?? tokenFromAuthorization(request.headers.authorization));
    params.delete('access_token');
    const method = METHODS.includes(request.method ?? '') ? (request.method as GraphMethod) : 'GET';
    const answer = executeGraph(context.store, { method, path, params, identity, attachments: [], versionUrl: `${context.baseUrl}/${version}` });
    sendJson(response, answer.status, answer.body, { ...usageHeaders(context.faults.current.usagePercent), ...answer.headers });
  } catch (error) {
    if (!(error instanceof GraphFailure)) throw error;
    sendError(response, error.response);
  }
}
