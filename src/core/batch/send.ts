// Sends a list of operations: plan, fill tokens and encode everything first (so problems show before
// anything is sent), then send the requests concurrently (bounded), retrying transient failures.
import {
  buildGraphUrl,
  checkEndpoint,
  GraphTransportError,
  settingNamesOf,
  parseUsageHeaders,
  retryAfter,
  sendGraphRequest,
  systemClock,
  type BackoffPolicy,
  type Clock,
  type GraphClientOptions,
} from '../graph';
import type { AttachmentReader } from './attachments';
import { classifyAnswer, notSentResults, type ClassifiedRequest, type RequestContext } from './classify';
import { encodeBatchRequest, type EncodedRequest } from './encode';
import { BatchInputError } from './errors';
import { failureFromTransport, isRetryableFailure } from './failures';
import { planBatch } from './plan';
import { OperationScans } from './references';
import type { BatchRunResult, OperationOutcome, OperationResult, RequestFailure } from './result';
import type { BatchSpec, OperationSpec } from './spec';
import { fillTokenPlaceholders, type TokenLookup } from './tokens';

/** Ten requests of 50 carry 500 operations at once: a large file takes about as long as its slowest request. */
export const DEFAULT_MAX_CONCURRENT_REQUESTS = 10;

export interface RunBatchOptions {
  readonly client: GraphClientOptions;
  /** The top-level token (the API wants one even when every operation brings its own). */
  readonly accessToken: string;
  /** Named stored tokens for `{{token:NAME}}`. */
  readonly namedTokens?: TokenLookup;
  readonly attachments?: AttachmentReader;
  /** Batch HTTP requests in flight at once (default DEFAULT_MAX_CONCURRENT_REQUESTS). */
  readonly maxConcurrentRequests?: number;
  /** Extra attempts for a request that failed for a transient reason (default 2). */
  readonly retries?: number;
  /** Re-send timed-out operations by themselves, up to `retries` times, with backoff. */
  readonly autoRetryIncomplete?: boolean;
  /** Aborting cancels requests in flight; their operations come back as 'not-sent'. */
  readonly signal?: AbortSignal;
  /** Operations finished so far (answered or failed), of all operations sent in this call. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly clock?: Clock;
  /** Backoff timing (tests make it short and deterministic). */
  readonly backoff?: Omit<BackoffPolicy, 'retries'>;
}

export function countOutcomes(operations: readonly OperationResult[]): Record<OperationOutcome, number> {
  const counts: Record<OperationOutcome, number> = { success: 0, 'graph-error': 0, omitted: 0, 'timed-out': 0, 'parent-failed': 0, 'not-modified': 0, 'not-sent': 0 };
  for (const op of operations) counts[op.outcome]++;
  return counts;
}

const byIndex = (a: OperationResult, b: OperationResult): number => a.index - b.index;

async function boundedAll<T>(count: number, limit: number, work: (i: number) => Promise<T>): Promise<T[]> {
  if (count === 1) return [await work(0)]; // the common single request: no workers to set up
  const results = new Array<T>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      results[i] = await work(i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
  return results;
}

interface Prepared {
  readonly ctx: RequestContext;
  readonly encoded: EncodedRequest;
}

type Attempt = ClassifiedRequest & { readonly usage?: Record<string, unknown> };

/** Sends `operations` (a whole batch, or the part of one being retried) and classifies every answer. */
export async function runOperations(
  spec: BatchSpec,
  operations: readonly OperationSpec[],
  options: RunBatchOptions,
  firstRequestIndex = 0,
): Promise<BatchRunResult> {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  if (!options.accessToken) throw new BatchInputError('No access token is set. Store one (fbbatch: Set Default Access Token) and run again.');
  const settingNames = settingNamesOf(options.client);
  checkEndpoint(options.client.graphUrl, settingNames);
  const url = buildGraphUrl(options.client.graphUrl, spec.apiVersion ?? options.client.apiVersion);
  const scans = new OperationScans();
  const plan = planBatch(operations, undefined, scans);
  const used = new Set<string>([options.accessToken]);
  const lookup: TokenLookup = options.namedTokens ?? (() => undefined);
  // Every request is encoded (its placeholders filled) before any is sent, so all tokens in use are known for redaction.
  // Planning has just read every string of each operation, so its scan says whether there is anything to fill.
  const fill = (op: OperationSpec): OperationSpec => (scans.of(op).hasTokenPlaceholders ? fillTokenPlaceholders(op, lookup, used) : op);
  const encoded: EncodedRequest[] = [];
  for (const request of plan.requests) encoded.push(await encodeBatchRequest(request.operations, spec, options.accessToken, options.attachments, scans, fill));
  const secrets = [...used];
  const prepared = plan.requests.map(
    (request, i): Prepared => ({
      ctx: { requestIndex: firstRequestIndex + i, operations: request.operations, parents: plan.parents, scans, secrets, settingNames },
      encoded: encoded[i],
    }),
  );
  let done = 0;
  options.onProgress?.(0, operations.length);
  const attempts = await boundedAll(prepared.length, options.maxConcurrentRequests ?? DEFAULT_MAX_CONCURRENT_REQUESTS, async (i) => {
    const attempt = await sendWithRetries(url, prepared[i], options, clock);
    done += prepared[i].ctx.operations.length;
    options.onProgress?.(done, operations.length);
    return attempt;
  });
  const results = attempts.length === 1 ? attempts[0].operations : attempts.flatMap((a) => a.operations).sort(byIndex);
  const failures: RequestFailure[] = [];
  const usage: Record<string, unknown> = {};
  for (const a of attempts) {
    if (a.failure) failures.push(a.failure);
    if (a.usage) Object.assign(usage, a.usage);
  }
  return { startedAt: new Date(started).toISOString(), elapsedMs: clock.now() - started, operations: results, failures, counts: countOutcomes(results), usage };
}

/** One attempt; a transport failure comes back as the attempt's failure, not as an exception. */
async function sendOnce(url: string, { ctx, encoded }: Prepared, options: RunBatchOptions): Promise<Attempt> {
  try {
    const response = await sendGraphRequest(options.client, {
      method: 'POST',
      url,
      headers: encoded.headers,
      body: encoded.body(),
      signal: options.signal,
      secrets: ctx.secrets,
    });
    const { operations, failure } = classifyAnswer(ctx, response.status, response.text, response.elapsedMs);
    return { operations, failure, usage: parseUsageHeaders(response.headers) };
  } catch (error) {
    if (error instanceof GraphTransportError) return failedWith(error, ctx);
    throw error;
  }
}

function failedWith(error: GraphTransportError, ctx: RequestContext): Attempt {
  const failure = failureFromTransport(error, ctx);
  return { operations: notSentResults(ctx, failure), failure };
}

const isRetryable = (a: Attempt): boolean => a.failure !== undefined && isRetryableFailure(a.failure);

async function sendWithRetries(url: string, prepared: Prepared, options: RunBatchOptions, clock: Clock): Promise<Attempt> {
  if (options.signal?.aborted) {
    return failedWith(new GraphTransportError('cancelled', 'The run was cancelled before this request was sent.', 'Run it again when you are ready.'), prepared.ctx);
  }
  const attempt = (): Promise<Attempt> => sendOnce(url, prepared, options);
  const first = await attempt();
  // Nearly every request is answered at once: the backoff is set up only for one that is not.
  if (!isRetryable(first)) return first;
  return retryAfter(first, attempt, { retries: options.retries ?? 2, ...options.backoff, signal: options.signal, clock, shouldRetry: isRetryable });
}
