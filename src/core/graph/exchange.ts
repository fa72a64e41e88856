// One HTTP exchange through undici's dispatcher API, the whole answer collected in memory. Every
// caller reads the answer whole, so the stream and async-resource layers of undici's request() are
// work without a purpose: skipping them makes a 50-operation batch round trip on loopback about 5%
// faster (the runner benchmark). undici's own timers still bound the wait (headersTimeout, bodyTimeout).
import type { Readable } from 'node:stream';
import { getGlobalDispatcher, util, type Dispatcher } from 'undici';

export interface ExchangeRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly headers: Readonly<Record<string, string>>;
  /** An async iterable is sent chunk by chunk, each asked for once the socket took the last. */
  readonly body?: string | Uint8Array | Readable | AsyncIterable<Uint8Array>;
  readonly signal?: AbortSignal;
  /** Bounds the wait for the answer and every pause while it arrives; 0: no limit (the caller keeps its own watch). */
  readonly timeoutMs: number;
}

export interface ExchangeAnswer {
  readonly status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  /** The body decoded as UTF-8 (a byte order mark dropped, as undici's body.text() does). */
  readonly text: string;
}

/** Resolves with the final answer (1xx interim answers are skipped); rejects with undici's error, or the signal's reason. */
export function exchange(dispatcher: Dispatcher | undefined, target: URL, req: ExchangeRequest): Promise<ExchangeAnswer> {
  return new Promise((resolve, reject) => {
    (dispatcher ?? getGlobalDispatcher()).dispatch(
      {
        origin: target.origin,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
        // undici takes an async iterable body (docs/api/Dispatcher.md) though its .d.ts omits it.
        body: req.body as Dispatcher.DispatchOptions['body'],
        headersTimeout: req.timeoutMs,
        bodyTimeout: req.timeoutMs,
      },
      new Collector(resolve, reject, req.signal),
    );
  });
}

type Abort = (reason: Error) => void;

/**
 * Collects one answer; aborting the signal aborts the exchange wherever it is. It speaks the
 * handler interface that undici's own request() speaks: the global dispatcher may come from
 * another copy of undici (Node's fetch installs one of its own), and every version takes this one.
 */
class Collector {
  private status = 0;
  private rawHeaders: readonly (Buffer | string)[] = [];
  private readonly chunks: Buffer[] = [];
  private abort: Abort | undefined;
  private readonly onAbort: (() => void) | undefined;

  constructor(
    private readonly resolve: (answer: ExchangeAnswer) => void,
    private readonly reject: (error: unknown) => void,
    private readonly signal: AbortSignal | undefined,
  ) {
    if (signal) {
      this.onAbort = () => this.abort?.(abortReason(signal));
      signal.addEventListener('abort', this.onAbort, { once: true });
    }
  }

  onConnect(abort: Abort): void {
    this.abort = abort;
    if (this.signal?.aborted) abort(abortReason(this.signal));
  }

  onHeaders(status: number, rawHeaders: readonly (Buffer | string)[]): boolean {
    this.status = status;
    this.rawHeaders = rawHeaders;
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.chunks.push(chunk);
    return true;
  }

  onComplete(): void {
    this.settled();
    this.resolve({ status: this.status, headers: flatHeaders(this.rawHeaders), text: decodeUtf8(this.chunks) });
  }

  onError(error: Error): void {
    this.settled();
    this.reject(error);
  }

  private settled(): void {
    if (this.onAbort) this.signal?.removeEventListener('abort', this.onAbort);
  }
}

const abortReason = (signal: AbortSignal): Error => (signal.reason instanceof Error ? signal.reason : new Error('The request was aborted.'));

function flatHeaders(raw: readonly (Buffer | string)[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = util.headerNameToString(raw[i]);
    if (name === '__proto__') continue; // would set the object's prototype, not a header
    const value = raw[i + 1].toString('latin1');
    out[name] = Object.hasOwn(out, name) ? `${out[name]}, ${value}` : value;
  }
  return out;
}

function decodeUtf8(chunks: readonly Buffer[]): string {
  const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  const bom = bytes.length > 2 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bytes.toString('utf8', bom ? 3 : 0);
}
