// POST / and POST /vX.Y/: read the batch from a form, a multipart body, JSON or the query string,
// check it as a whole, run it, and answer the array (or one Graph error for the whole request).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorContext } from '../context';
import { GraphFailure } from '../errors';
import { throttledError, usageHeaders } from '../graph/usage';
import { tokenFromAuthorization } from '../graph/tokens';
import { BodyTooLargeError, drainBody, parseForm, readBody } from '../http/body';
import { boundaryOf, MultipartError, parseMultipart, type PartInfo } from '../http/multipart';
import { sendError, sendJson, sendMalformed } from '../http/respond';
import type { RequestLogEntry } from '../log';
import { parseBatchParam, planBatch } from './plan';
import { runBatch } from './run';

const MAX_FORM_BYTES = 16 * 1024 * 1024;

interface BatchRequest {
  readonly params: Map<string, string>;
  readonly parts: ReadonlyMap<string, PartInfo>;
}

async function readBatchRequest(request: IncomingMessage, url: URL): Promise<BatchRequest> {
  const params = new Map(url.searchParams);
  const contentType = request.headers['content-type'] ?? '';
  const boundary = boundaryOf(contentType);
  if (/^multipart\/form-data/i.test(contentType) && boundary) {
    const { fields, parts } = await parseMultipart(request as AsyncIterable<Buffer>, boundary, MAX_FORM_BYTES);
    for (const [key, value] of fields) params.set(key, value);
    return { params, parts };
  }
  if (/^application\/json/i.test(contentType)) {
    const value: unknown = JSON.parse((await readBody(request, MAX_FORM_BYTES)).toString('utf8'));
    if (typeof value === 'object' && value !== null) {
      for (const [key, field] of Object.entries(value)) params.set(key, typeof field === 'string' ? field : JSON.stringify(field));
    }
    return { params, parts: new Map() };
  }
  if (/^application\/x-www-form-urlencoded/i.test(contentType) || contentType === '') {
    for (const [key, value] of parseForm((await readBody(request, MAX_FORM_BYTES)).toString('utf8'))) params.set(key, value);
    return { params, parts: new Map() };
  }
  await drainBody(request);
  return { params, parts: new Map() };
}

export async function handleBatch(context: EmulatorContext, request: IncomingMessage, response: ServerResponse, url: URL, version: string, entry: RequestLogEntry): Promise<void> {
  try {
    let batchRequest: BatchRequest;
    try {
      batchRequest = await readBatchRequest(request, url);
    } catch (error) {
      if (error instanceof MultipartError || error instanceof BodyTooLargeError || error instanceof SyntaxError) {
        throw new GraphFailure('invalidParameter', `The request body could not be read: ${error.message}`);
      }
      throw error;
    }
    const { params, parts } = batchRequest;
    const token = params.get('access_token') ?? tokenFromAuthorization(request.headers.authorization);
    entry.hasTopLevelToken = token !== undefined;
    const throttle = context.faults.current.throttle;
    if (throttle && throttle.scope === 'request') {
      entry.fault = 'throttle';
      throw new GraphFailure(throttledError(throttle.code));
    }
    context.checkToken(token);
    const raw = parseBatchParam(params.get('batch'));
    entry.batchSize = raw.length;
    const operations = planBatch(raw);
    const entries = await runBatch(
      { store: context.store, checkToken: context.checkToken, faults: context.faults, parts, versionUrl: `${context.baseUrl}/${version}`, token: token ?? '' },
      operations,
      params.get('include_headers') !== 'false',
    );
    const malformed = context.faults.malformedFor('batch');
    if (malformed) {
      entry.fault = `malformed-${malformed.kind}`;
      sendMalformed(response, malformed, entries);
      return;
    }
    sendJson(response, 200, entries, usageHeaders(context.faults.current.usagePercent));
  } catch (error) {
    if (!(error instanceof GraphFailure)) throw error;
    sendError(response, error.response);
  }
}
