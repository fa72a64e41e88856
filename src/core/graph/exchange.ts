// One HTTP exchange through undici's dispatcher API, the whole answer collected in memory. Every
// caller reads the answer whole, so the stream and async-resource layers of undici's request() are
// work without a purpose: skipping them makes a 50-operation batch round trip on loopback about 5%
// faster (the runner benchmark). undici's own timers still bound the wait (headersTimeout, bodyTimeout).
import { Readable } from 'node:stream';
import { getGlobalDispatcher, util, type Dispatcher } from 'undici';

export interface ExchangeRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly headers: Readonly<Record<string, string>>;
  /** An async iterable is sent chunk by chunk, each asked for once the socket took the last. */
  readonly body?: string | Uint8Array | Readable | AsyncIterable<Uint8Array>;
  readonly signal?: AbortSignal;
  /** Bounds the wait for the answer and every pause while it arrives; 0: no limit (the caller keeps its own watch). */
  readonly timeoutMs: number;
  /** Called as the answer arrives (its head, each piece of its body), for a caller that keeps its own watch. */
  readonly onAnswerProgress?: () => void;
}

export interface ExchangeAnswer {
  readonly status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  /** The body decoded as UTF-8 (a byte order mark dropped, as undici's body.text() does). */
  readonly text: string;
}

/**
 * Resolves with the final answer (1xx interim answers are skipped); rejects with undici's error, or
 * the signal's reason. A stream body that fails to go is destroyed, so it does not keep a file open.
 */
export function exchange(dispatcher: Dispatcher | undefined, target: URL, req: ExchangeRequest): Promise<ExchangeAnswer> {
  return new Promise((resolve, reject) => {
    const failed = (error: unknown): void => {
      if (req.body instanceof Readable && !req.body.destroyed) req.body.destroy();
      reject(error);
    };
    const collector = new Collector(resolve, failed, req);
    try {
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
        collector,
      );
    } catch (error) {
      // A dispatcher may refuse a request before taking it (a ProxyAgent checks its headers first).
      collector.onError(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

type Abort = (reason: Error) => void;

/**
 * Collects one answer and settles once, however many ways the end is told. It speaks the handler
 * interface of undici's own request() (undici 7's types mark it deprecated, beside a newer one):
 * the global dispatcher may come from another copy of undici, such as the one Node's fetch
 * installs, and every version takes this interface (transport.test.ts runs one such copy).
 */
class Collector {
  private status = 0;
  private rawHeaders: readonly (Buffer | string)[] = [];
  private readonly chunks: Buffer[] = [];
  private abort: Abort | undefined;
  private settled = false;
  private readonly onAbort: (() => void) | undefined;

  constructor(
    private readonly resolve: (answer: ExchangeAnswer) => void,
    private readonly reject: (error: unknown) => void,
    private readonly req: ExchangeRequest,
  ) {
    const signal = req.signal;
    if (signal) {
      // While the connection is still being made (a TLS handshake, a proxy tunnel) there is nothing
      // to abort yet: the exchange ends at once, and onConnect stops the request when it starts.
      this.onAbort = () => (this.abort ? this.abort(abortReason(signal)) : this.onError(abortReason(signal)));
      signal.addEventListener('abort', this.onAbort, { once: true });
    }
  }

  onConnect(abort: Abort): void {
    this.abort = abort;
    if (this.req.signal?.aborted) abort(abortReason(this.req.signal));
  }

  onHeaders(status: number, rawHeaders: readonly (Buffer | string)[]): boolean {
    this.status = status;
    this.rawHeaders = rawHeaders;
    if (status >= 200) this.req.onAnswerProgress?.();
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.chunks.push(chunk);
    this.req.onAnswerProgress?.();
    return true;
  }

  onComplete(): void {
    if (this.end()) this.resolve({ status: this.status, headers: flatHeaders(this.rawHeaders), text: decodeUtf8(this.chunks) });
  }

  onError(error: Error): void {
    if (this.end()) this.reject(error);
  }

  /** True the first time only. */
  private end(): boolean {
    if (this.settled) return false;
    this.settled = true;
    if (this.onAbort) this.req.signal?.removeEventListener('abort', this.onAbort);
    return true;
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
