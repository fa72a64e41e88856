// Runs a whole batch; with autoRetryIncomplete, re-sends timed-out operations (bounded, with backoff).
import { backoffDelay, systemClock } from '../graph';
import { retryIncomplete } from './incomplete';
import type { BatchRunResult } from './result';
import { runOperations, type RunBatchOptions } from './send';
import type { BatchSpec } from './spec';

export function runBatch(spec: BatchSpec, options: RunBatchOptions): Promise<BatchRunResult> {
  return options.autoRetryIncomplete ? runRetryingIncomplete(spec, options) : runOperations(spec, spec.operations, options);
}

async function runRetryingIncomplete(spec: BatchSpec, options: RunBatchOptions): Promise<BatchRunResult> {
  let result = await runOperations(spec, spec.operations, options);
  const clock = options.clock ?? systemClock;
  const retries = options.retries ?? 2;
  for (let retry = 0; retry < retries && result.counts['timed-out'] > 0 && !options.signal?.aborted; retry++) {
    await clock.sleep(backoffDelay(retry, { retries, ...options.backoff }), options.signal);
    if (options.signal?.aborted) break;
    result = await retryIncomplete(result, spec, options, ['timed-out']);
  }
  return result;
}
