// Session creation and the offset query of the Resumable Upload API (the byte upload itself is in
// attempt.ts). Each returns the server's answer as data (`ok` with the parsed JSON, or the Graph
// error); transport failures surface as GraphTransportError.
import type { GraphError } from '../batch/result';
import { buildGraphUrl, parseGraphError, sendGraphRequest, type GraphClientOptions, type GraphHttpResponse } from '../graph';

export type ApiAnswer =
  | { readonly ok: true; readonly status: number; readonly json: Record<string, unknown> }
  | { readonly ok: false; readonly status: number; readonly error: GraphError; readonly retryAfterMs?: number };

export interface SessionCall {
  readonly client: GraphClientOptions;
  readonly accessToken: string;
  readonly sessionId: string;
  readonly signal?: AbortSignal;
}

/** `POST /{version}/{app-id}/uploads?file_name&file_length&file_type&access_token` → `{ id }`. */
export async function createSession(
  client: GraphClientOptions,
  args: { appId: string; accessToken: string; fileName: string; fileLength: number; fileType: string; signal?: AbortSignal },
): Promise<ApiAnswer> {
  const query = new URLSearchParams({
    file_name: args.fileName,
    file_length: String(args.fileLength),
    file_type: args.fileType,
    access_token: args.accessToken,
  });
  const url = buildGraphUrl(client.graphUrl, client.apiVersion, `${encodeURIComponent(args.appId)}/uploads?${query}`);
  return answerOfResponse(await sendGraphRequest(client, { method: 'POST', url, signal: args.signal, secrets: [args.accessToken] }));
}

/** `GET /{version}/{session-id}` → `{ id, file_offset }`. The token rides in the OAuth header only. */
export async function querySession(call: SessionCall): Promise<ApiAnswer> {
  return answerOfResponse(
    await sendGraphRequest(call.client, {
      method: 'GET',
      url: sessionUrl(call),
      headers: { authorization: `OAuth ${call.accessToken}` },
      signal: call.signal,
      secrets: [call.accessToken],
    }),
  );
}

/** The session id goes into the path as returned: its `?sig=` is a real query string, never percent-encoded. */
function sessionUrl(call: SessionCall): string {
  return buildGraphUrl(call.client.graphUrl, call.client.apiVersion, call.sessionId);
}

function answerOfResponse(response: GraphHttpResponse): ApiAnswer {
  return answerOf(response.status, response.headers['retry-after'], response.text);
}

/** An HTTP answer as data: the JSON object of a success, or the Graph error (with Retry-After, if any). */
export function answerOf(status: number, retryAfter: string | string[] | undefined, text: string): ApiAnswer {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const error = parseGraphError(json);
  if (status >= 200 && status < 300 && !error && isRecord(json)) {
    return { ok: true, status, json };
  }
  return {
    ok: false,
    status,
    // An answer that is not a Graph error (a proxy page, a cut-off body) says nothing about what the server
    // stored, so it is worth asking the session again, like a network failure.
    error: error ?? { message: `the server answered HTTP ${status} with an unexpected body`, is_transient: !isClientError(status) },
    retryAfterMs: retryAfterMs(typeof retryAfter === 'string' ? retryAfter : retryAfter?.[0]),
  };
}

function retryAfterMs(header: string | undefined): number | undefined {
  if (header === undefined || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim()) * 1000;
}

/** 4xx other than 429 (Too Many Requests): asking again will not help. */
function isClientError(status: number): boolean {
  return status >= 400 && status < 500 && status !== 429;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
