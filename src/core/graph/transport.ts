// One HTTP request to the Graph API: endpoint policy, timeout, cancellation, plain-words failures.
import type { Readable } from 'node:stream';
import { dispatcherFor, proxyUrlFor } from './dispatcher';
import { checkEndpoint } from './endpoint';
import { exchange } from './exchange';
import { GraphTransportError, inCauses, networkFailure } from './network-failure';
import { settingNamesOf, type GraphClientOptions } from './options';
import { redactSecrets } from './redact';

export interface GraphHttpRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Full URL, e.g. from buildGraphUrl. Checked with checkEndpoint before anything is sent. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array | Readable;
  readonly signal?: AbortSignal;
  /** Values to remove from any message (the tokens this request carries). */
  readonly secrets?: readonly string[];
}

export interface GraphHttpResponse {
  readonly status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  readonly elapsedMs: number;
}

/** Thrown by a request body stream that cannot produce its bytes (e.g. an attached file gone missing). */
export class RequestBodyError extends Error {
  override readonly name = 'RequestBodyError';
  constructor(
    message: string,
    readonly advice: string,
  ) {
    super(message);
  }
}

const bodyError = (error: unknown): RequestBodyError | undefined => inCauses(error, (e) => (e instanceof RequestBodyError ? e : undefined));

/** undici gave up waiting: for the answer's headers, or for more of its body. */
function isTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
}

const cancelled = (): GraphTransportError =>
  new GraphTransportError('cancelled', 'The request was cancelled before the Graph API answered.', 'Run it again when you are ready.');

/**
 * Sends one request and reads the whole answer; any HTTP status is an answer, not an error.
 * `client.timeoutMs` bounds the wait for the answer and every pause while it arrives (undici's own
 * timers: nothing extra to set up per request, which a batch of many small requests would feel).
 */
export async function sendGraphRequest(client: GraphClientOptions, req: GraphHttpRequest): Promise<GraphHttpResponse> {
  const names = settingNamesOf(client);
  const target = checkEndpoint(req.url, names);
  if (req.signal?.aborted) throw cancelled();
  // Outside the try: a proxy URL that cannot be used is a configuration error, not a network failure to retry.
  const dispatcher = dispatcherFor(client, target);

  const started = performance.now();
  try {
    const answer = await exchange(dispatcher, target, {
      method: req.method,
      headers: { 'user-agent': client.userAgent ?? 'fbbatch', ...req.headers },
      body: req.body,
      signal: req.signal,
      timeoutMs: client.timeoutMs,
    });
    return { status: answer.status, headers: answer.headers, text: answer.text, elapsedMs: performance.now() - started };
  } catch (error) {
    if (req.signal?.aborted) throw cancelled();
    if (isTimeout(error)) {
      const seconds = Math.round(client.timeoutMs / 100) / 10;
      throw new GraphTransportError(
        'timeout',
        `The Graph API did not answer within ${seconds} s.`,
        `The server may still have carried out the request: check before sending it again, or raise ${names.timeout}.`,
      );
    }
    const body = bodyError(error);
    if (body) throw new GraphTransportError('network', redactSecrets(body.message, req.secrets), body.advice);
    throw networkFailure(error, target, proxyUrlFor(client, target), req.secrets, names);
  }
}
