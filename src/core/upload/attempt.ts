// One upload request: the file streamed from `offset` to its end in a single POST, in constant
// memory, with a watchdog that gives up when nothing moves for `timeoutMs`.
import { buildGraphUrl, checkEndpoint, dispatcherFor, exchange, GraphTransportError, inCauses, settingNamesOf, type GraphClientOptions } from '../graph';
import { FileChunks } from './fileChunks';
import { answerOf, type ApiAnswer } from './protocol';

export interface AttemptRequest {
  readonly client: GraphClientOptions;
  readonly accessToken: string;
  readonly sessionId: string;
  readonly filePath: string;
  readonly fileSize: number;
  /** The server's offset; `offset === fileSize` sends no bytes and asks for the handle. */
  readonly offset: number;
  readonly signal?: AbortSignal;
  /** Called as each chunk is taken by the connection, with the chunk's size. */
  readonly onBytes: (bytes: number) => void;
}

/** The watchdog, not the caller, stopped the attempt: the connection went quiet. */
export class StalledError extends Error {
  constructor(readonly idleMs: number) {
    super(`nothing moved for ${Math.round(idleMs / 100) / 10} s`);
  }
}

/**
 * `POST /{version}/{session-id}` with `Authorization: OAuth`, `file_offset` and the bytes from
 * there to the end. The session id goes into the URL as returned: its `?sig=` is a real query
 * string, never percent-encoded. (Through the graph exchange itself rather than sendGraphRequest,
 * whose timeout would have to cover the whole upload: here a watchdog bounds quiet periods.)
 */
export async function sendFileFrom(req: AttemptRequest): Promise<ApiAnswer> {
  const target = checkEndpoint(buildGraphUrl(req.client.graphUrl, req.client.apiVersion, req.sessionId), settingNamesOf(req.client));
  const dispatcher = dispatcherFor(req.client, target); // a bad proxy URL is a configuration error, thrown before anything starts
  const idleMs = req.client.timeoutMs;
  const watchdog = new AbortController();
  let finished = false;
  let timer = setTimeout(() => watchdog.abort(), idleMs);
  const kick = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => watchdog.abort(), idleMs);
  };
  const signal = req.signal ? AbortSignal.any([req.signal, watchdog.signal]) : watchdog.signal;
  const length = req.fileSize - req.offset;
  const chunks = new FileChunks(req.filePath, req.offset, req.fileSize, (bytes) => {
    // The connection may still pull a chunk after an early answer; that must not count or re-arm the timer.
    if (finished) return;
    kick();
    req.onBytes(bytes);
  });
  try {
    const answer = await exchange(dispatcher, target, {
      method: 'POST',
      headers: {
        'user-agent': req.client.userAgent ?? 'fbbatch',
        authorization: `OAuth ${req.accessToken}`,
        file_offset: String(req.offset),
        'content-type': 'application/octet-stream',
        'content-length': String(length),
      },
      body: length > 0 ? chunks : '',
      signal,
      // The watchdog bounds quiet periods; undici's own timers must not fire first.
      timeoutMs: 0,
      onAnswerProgress: kick,
    });
    return answerOf(answer.status, answer.headers['retry-after'], answer.text);
  } catch (error) {
    if (req.signal?.aborted) throw new GraphTransportError('cancelled', 'The upload was cancelled.', '');
    if (watchdog.signal.aborted) throw new StalledError(idleMs);
    throw new GraphTransportError('network', `the connection to ${target.host} failed (${failureCode(error)})`, '');
  } finally {
    finished = true;
    clearTimeout(timer);
    await chunks.close();
  }
}

/** A short technical name for a network failure (e.g. ECONNRESET), never its full message. */
function failureCode(error: unknown): string {
  const code = inCauses(error, (e) => {
    const value = (e as { code?: unknown }).code;
    return typeof value === 'string' ? value : undefined;
  });
  return code ?? (error instanceof Error ? error.name : 'unknown error');
}
