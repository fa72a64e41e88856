// The bytes of a file range as a request body, read into a small ring of reused buffers, so a
// 1 GiB upload allocates 8 MiB once instead of a fresh buffer per chunk (whose garbage would
// otherwise pile up to tens of MB before the collector runs). The next chunk is read while the
// connection sends the current one, so disk and socket work at the same time.
import { open, type FileHandle } from 'node:fs/promises';

const CHUNK_BYTES = 2 * 1024 * 1024;
/**
 * Why reuse is safe: undici writes an async-iterable body chunk by chunk and asks for the next
 * chunk only once the socket took the last one or drained; so when chunk n is handed over, chunk
 * n-1 (or its tail) may still be queued in the socket and chunk n+1 is being read: three slots in
 * use. Four leave a margin.
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
    const readAt = (n: number, position: number): Promise<{ bytesRead: number; buffer: Buffer }> => {
      const slot = ring[n % RING_SLOTS]!;
      return handle.read(slot, 0, Math.min(slot.length, this.end - position), position);
    };
    let position = this.start;
    let pending = readAt(0, position);
    for (let n = 0; position < this.end; n++) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) throw new Error(`the file became shorter while it was being sent (at byte ${position})`);
      position += bytesRead;
      if (position < this.end) {
        // Read ahead. If the consumer stops early this read is never awaited: mark its failure handled.
        pending = readAt(n + 1, position);
        pending.catch(() => undefined);
      }
      yield buffer.subarray(0, bytesRead);
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
