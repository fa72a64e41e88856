// Streams one upload request's body into the session file at its offset, pulling chunk by chunk
// (the socket is read only as fast as the disk takes it). Faults: bytes-per-second cap, and a
// dropped connection once N bytes of this request are stored.
import { open, truncate } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { FaultState } from '../faults';
import type { UploadSession } from './sessions';

/** complete: the body ended; overflow: it ran past file_length (nothing kept); dropped: the fault cut it; aborted: the client went away. */
export type AppendOutcome = 'complete' | 'overflow' | 'dropped' | 'aborted';

export interface AppendResult {
  readonly outcome: AppendOutcome;
  /** Bytes of this request kept in the session. */
  readonly stored: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function appendBody(session: UploadSession, request: IncomingMessage, faults: FaultState): Promise<AppendResult> {
  const start = session.offset;
  const file = await open(session.path, 'r+');
  let stored = 0;
  let overflow = false;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      if (overflow) continue; // read the rest so the error can be answered on this connection
      if (start + stored + chunk.length > session.fileLength) {
        overflow = true;
        continue;
      }
      const dropAt = faults.dropThreshold();
      const drop = dropAt !== undefined && stored + chunk.length >= dropAt;
      const piece = drop ? chunk.subarray(0, Math.max(0, dropAt - stored)) : chunk;
      const rate = faults.current.uploadBytesPerSecond;
      if (rate !== null && rate > 0) await sleep((piece.length / rate) * 1000);
      await file.write(piece, 0, piece.length, start + stored);
      stored += piece.length;
      session.offset = start + stored;
      if (drop) {
        faults.consumeDrop();
        request.socket.destroy();
        return { outcome: 'dropped', stored };
      }
    }
  } catch {
    return { outcome: 'aborted', stored }; // what arrived before the connection broke is kept
  } finally {
    await file.close();
  }
  if (overflow) {
    // Never half-append: take back what this request wrote.
    await truncate(session.path, start);
    session.offset = start;
    return { outcome: 'overflow', stored: 0 };
  }
  return { outcome: 'complete', stored };
}
