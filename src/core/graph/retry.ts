// Bounded retries with exponential backoff and jitter; time comes from an injectable clock.

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or early (without error) when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    }),
};

export interface BackoffPolicy {
  /** Extra attempts after the first one. */
  readonly retries: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** [0, 1); injectable so tests are deterministic. */
  readonly random?: () => number;
}

export const DEFAULT_BASE_DELAY_MS = 500;
export const DEFAULT_MAX_DELAY_MS = 30_000;

/** Delay before retry number `retry` (0-based): half fixed, half random, doubling each time, capped. */
export function backoffDelay(retry: number, policy: BackoffPolicy): number {
  const base = policy.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const cap = policy.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const ceiling = Math.min(cap, base * 2 ** retry);
  return Math.round(ceiling / 2 + (policy.random ?? Math.random)() * (ceiling / 2));
}

export interface RetryOptions<T> extends BackoffPolicy {
  /** Whether this outcome should be tried again (when attempts remain). */
  readonly shouldRetry: (outcome: T) => boolean;
  /** A longer wait the outcome asks for (e.g. throttling), in ms. */
  readonly minDelayMs?: (outcome: T) => number | undefined;
  readonly signal?: AbortSignal;
  readonly clock?: Clock;
  readonly onRetry?: (retry: number, delayMs: number, outcome: T) => void;
}

/**
 * Runs `attempt` until its outcome needs no retry, retries run out, or the signal aborts; returns
 * the last outcome. Attempts report failures as values (not exceptions), so nothing is lost.
 */
export async function retryWithBackoff<T>(attempt: (attemptNumber: number) => Promise<T>, options: RetryOptions<T>): Promise<T> {
  return retryAfter(await attempt(0), attempt, options);
}

/** retryWithBackoff for a first attempt already made: `first` is its outcome. */
export async function retryAfter<T>(first: T, attempt: (attemptNumber: number) => Promise<T>, options: RetryOptions<T>): Promise<T> {
  const clock = options.clock ?? systemClock;
  let outcome = first;
  for (let retry = 0; retry < options.retries; retry++) {
    if (options.signal?.aborted || !options.shouldRetry(outcome)) break;
    const delay = Math.min(
      Math.max(backoffDelay(retry, options), options.minDelayMs?.(outcome) ?? 0),
      options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
    );
    options.onRetry?.(retry + 1, delay, outcome);
    await clock.sleep(delay, options.signal);
    if (options.signal?.aborted) break;
    outcome = await attempt(retry + 1);
  }
  return outcome;
}
