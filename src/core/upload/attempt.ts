// One upload request: the file streamed from `offset` to its end in a single POST, in constant
// memory, with a watchdog that gives up when nothing moves for `timeoutMs`.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { GraphClientOptions } from '../graph';
import { sendBytes, type ApiAnswer } from './protocol';

/** Read size: large chunks keep per-chunk overhead negligible; three of them are all we hold. */
const CHUNK_BYTES = 1024 * 1024;
/** The watchdog bounds the attempt instead; this only keeps the transport's whole-request timer out of the way. */
const NO_WHOLE_REQUEST_LIMIT_MS = 24 * 60 * 60 * 1000;

export interface AttemptRequest {
  readonly client: GraphClientOptions;
  readonly accessToken: string;
  readonly sessionId: string;
  readonly filePath: string;
  readonly fileSize: number;
  readonly offset: number;
  readonly signal?: AbortSignal;
  /** Called as each chunk is handed to the connection, with the chunk's size. */
  readonly onBytes: (bytes: number) => void;
}

/** The watchdog, not the caller, stopped the attempt: the connection went quiet. */
export class StalledError extends Error {
  constructor(readonly idleMs: number) {
    super(`nothing moved for ${Math.round(idleMs / 100) / 10} s`);
  }
}

export async function sendFileFrom(req: AttemptRequest): Promise<ApiAnswer> {
  const length = req.fileSize - req.offset;
  const watchdog = new AbortController();
  const idleMs = req.client.timeoutMs;
  let timer = setTimeout(() => watchdog.abort(), idleMs);
  const kick = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => watchdog.abort(), idleMs);
  };
  const signal = req.signal ? AbortSignal.any([req.signal, watchdog.signal]) : watchdog.signal;
  const file = length > 0 ? createReadStream(req.filePath, { start: req.offset, end: req.fileSize - 1, highWaterMark: CHUNK_BYTES }) : undefined;
  try {
    return await sendBytes({
      client: { ...req.client, timeoutMs: NO_WHOLE_REQUEST_LIMIT_MS },
      accessToken: req.accessToken,
      sessionId: req.sessionId,
      offset: req.offset,
      length,
      body: file && countingBody(file, (bytes) => {
        kick();
        req.onBytes(bytes);
      }),
      signal,
    });
  } catch (error) {
    if (watchdog.signal.aborted && !req.signal?.aborted) throw new StalledError(idleMs);
    throw error;
  } finally {
    clearTimeout(timer);
    file?.destroy();
  }
}

/**
 * Passes the file's chunks through unchanged (no copies) and reports each one once the
 * connection has taken it, which is when the consumer asks for the next.
 */
function countingBody(file: Readable, onConsumed: (bytes: number) => void): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    for await (const chunk of file) {
      const buffer = chunk as Buffer;
      yield buffer;
      onConsumed(buffer.length);
    }
  }
  // highWaterMark 1: buffer at most one chunk ahead of the connection.
  return Readable.from(chunks(), { objectMode: false, highWaterMark: 1 });
}
