// One HTTP request to the Graph API: endpoint policy, timeout, cancellation, plain-words failures.
import type { Readable } from 'node:stream';
import { request } from 'undici';
import { dispatcherFor } from './dispatcher';
import { checkEndpoint } from './endpoint';
import { settingNamesOf, type GraphClientOptions, type SettingNames } from './options';
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

export type TransportFailureKind = 'network' | 'timeout' | 'cancelled';

/** The request got no HTTP answer at all. Message and advice are plain words, already redacted. */
export class GraphTransportError extends Error {
  override readonly name = 'GraphTransportError';
  constructor(
    readonly kind: TransportFailureKind,
    message: string,
    readonly advice: string,
  ) {
    super(message);
  }
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

function bodyError(error: unknown): RequestBodyError | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    if (e instanceof RequestBodyError) return e;
  }
  return undefined;
}

const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'the connection was refused (nothing is listening there)',
  ENOTFOUND: 'the host name could not be found',
  EAI_AGAIN: 'the host name could not be looked up right now',
  ECONNRESET: 'the connection was closed before the answer arrived',
  UND_ERR_SOCKET: 'the connection was closed before the answer arrived',
  EPIPE: 'the connection was closed while sending',
  ETIMEDOUT: 'the connection attempt timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection attempt timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate is not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate is not trusted',
};

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code in NETWORK_REASONS) return code;
  }
  return undefined;
}

// undici's ProxyAgent says that a proxy refused the tunnel only in its message.
const PROXY_REFUSAL = /^Proxy response \((\d{3})\) !== 200 when HTTP Tunneling/;

function proxyRefusal(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const status = PROXY_REFUSAL.exec(e.message)?.[1];
    if (status === '407') return 'the proxy wants a user name and password (HTTP 407); give them in the proxy URL, as http://user:password@host:port';
    if (status) return `the proxy refused to open a connection to it (HTTP ${status})`;
  }
  return undefined;
}

function networkError(error: unknown, target: URL, secrets: readonly string[] | undefined, names: SettingNames): GraphTransportError {
  const code = errorCode(error);
  const reason = code ? NETWORK_REASONS[code] : (proxyRefusal(error) ?? redactSecrets(error instanceof Error ? error.message : String(error), secrets));
  return new GraphTransportError(
    'network',
    `Could not reach the Graph API at ${target.host}: ${reason}.`,
    `Check the network connection, ${names.proxy} and ${names.graphUrl}, then try again.`,
  );
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) out[name.toLowerCase()] = typeof value === 'string' ? value : value.join(', ');
  }
  return out;
}

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

  const started = performance.now();
  try {
    // The checked URL as text: undici reads a URL object through its getters on every request.
    const response = await request(target.href, {
      method: req.method,
      headers: { 'user-agent': client.userAgent ?? 'fbbatch', ...req.headers },
      body: req.body,
      signal: req.signal,
      dispatcher: dispatcherFor(client, target),
      headersTimeout: client.timeoutMs,
      bodyTimeout: client.timeoutMs,
    });
    const text = await response.body.text();
    return { status: response.statusCode, headers: flattenHeaders(response.headers), text, elapsedMs: performance.now() - started };
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
    throw networkError(error, target, req.secrets, names);
  }
}
