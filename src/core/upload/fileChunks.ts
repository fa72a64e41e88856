// The bytes of a file range as a request body, read into a small ring of reused buffers, so a
// 1 GiB upload allocates 4 MiB once instead of a fresh buffer per chunk (whose garbage would
// otherwise pile up to tens of MB before the collector runs).
import { open, type FileHandle } from 'node:fs/promises';

const CHUNK_BYTES = 1024 * 1024;
/**
 * Why reuse is safe: undici writes an async-iterable body chunk by chunk and asks for the next
 * chunk only once the socket took the last one or drained; so while chunk n is read, at most chunk
 * n-1 (or its tail) is still queued in the socket. Four slots leave a margin over the two needed.
 */
const RING_SLOTS = 4;

export class FileChunks implements AsyncIterable<Uint8Array> {
  private handle: FileHandle | undefined;
  private closed = false;

  constructor(
    private readonly path: string,
    private readonly start: number,
    private readonly end: number,
    /** Called when the consumer asks for the next chunk, i.e. it has taken the previous one. */
    private readonly onConsumed: (bytes: number) => void,
  ) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    if (this.closed) return;
    const handle = await open(this.path, 'r');
    this.handle = handle;
    const ring = Array.from({ length: RING_SLOTS }, () => Buffer.allocUnsafeSlow(Math.min(CHUNK_BYTES, this.end - this.start)));
    let position = this.start;
    for (let n = 0; position < this.end; n++) {
      const slot = ring[n % RING_SLOTS]!;
      const { bytesRead } = await handle.read(slot, 0, Math.min(slot.length, this.end - position), position);
      if (bytesRead === 0) throw new Error(`the file became shorter while it was being sent (at byte ${position})`);
      position += bytesRead;
      yield slot.subarray(0, bytesRead);
      this.onConsumed(bytesRead);
    }
  }

  /** Closes the file whether or not the consumer finished (a failed request may abandon the iteration). */
  async close(): Promise<void> {
    this.closed = true;
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }
}
