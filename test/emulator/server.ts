// Routes each request to the batch, upload, plain Graph or control handler, applying the
// request-wide faults (delay, transient 5xx) first, and logs it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleBatch } from './batch/handler';
import type { EmulatorContext } from './context';
import { handleControl } from './control';
import { graphError } from './errors';
import { handleGraph } from './graph/handler';
import { drainBody } from './http/body';
import { sendError, sendJson } from './http/respond';
import { safeDecode } from './http/url';
import { redactQuery, type RequestLogEntry } from './log';
import { handleAppend, handleCreate, handleStatus } from './upload/handler';

export const DEFAULT_VERSION = 'v24.0';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createHandler(context: EmulatorContext, log: RequestLogEntry[]): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const url = new URL(request.url ?? '/', context.baseUrl);
    const entry: RequestLogEntry = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: redactQuery(url.search),
      contentType: request.headers['content-type'],
      time: Date.now(),
    };
    log.push(entry);
    response.on('finish', () => {
      entry.status = response.statusCode;
      entry.durationMs = Date.now() - entry.time;
    });
    route(context, request, response, url, entry, log).catch((error: unknown) => {
      // A bug in the emulator: answer it plainly rather than hang the client.
      if (!response.headersSent && !response.destroyed) sendJson(response, 500, { error: { message: `Emulator failure: ${error instanceof Error ? error.message : String(error)}`, type: 'EmulatorError', code: 1 } });
      else response.destroy();
    });
  };
}

type Handler = () => Promise<void>;

/** The handler of an API request, with its kind set on the log entry. */
function handlerFor(context: EmulatorContext, request: IncomingMessage, response: ServerResponse, url: URL, entry: RequestLogEntry): Handler {
  // The raw path, so a percent-encoded `?sig=` in an upload id can be recognised.
  const rawPath = (request.url ?? '/').split('?')[0];
  const versioned = /^\/(v\d+\.\d+)(?:\/(.*))?$/.exec(rawPath);
  const version = versioned ? versioned[1] : DEFAULT_VERSION;
  const rest = versioned ? versioned[2] ?? '' : rawPath.replace(/^\/+/, '');
  const method = request.method ?? 'GET';
  const create = /^([^/]+)\/uploads\/?$/.exec(rest);
  const segment = rest.replace(/^upload%3A/i, 'upload:');
  if (rest === '' && method === 'POST') {
    entry.kind = 'batch';
    return () => handleBatch(context, request, response, url, version, entry);
  }
  if (segment.startsWith('upload:')) {
    entry.kind = method === 'POST' ? 'upload-append' : 'upload-status';
    return method === 'POST' ? () => handleAppend(context, request, response, url, segment, entry) : () => handleStatus(context, request, response, url, segment, entry);
  }
  if (create && method === 'POST') {
    entry.kind = 'upload-create';
    return () => handleCreate(context, request, response, url, safeDecode(create[1]), entry);
  }
  entry.kind = 'graph';
  return () => handleGraph(context, request, response, url, version, safeDecode(rest), entry);
}

async function route(context: EmulatorContext, request: IncomingMessage, response: ServerResponse, url: URL, entry: RequestLogEntry, log: readonly RequestLogEntry[]): Promise<void> {
  if (url.pathname.startsWith('/__emulator/')) {
    entry.kind = 'control';
    return handleControl(context, request, response, url.pathname, log);
  }
  const handler = handlerFor(context, request, response, url, entry);
  const delay = context.faults.current.responseDelayMs;
  if (delay > 0) await sleep(delay);
  const transient = context.faults.takeTransient();
  if (transient !== undefined) {
    entry.fault = `transient-${transient}`;
    await drainBody(request);
    return sendError(response, graphError(transient === 500 ? 'unknownError' : 'serviceUnavailable'));
  }
  return handler();
}
