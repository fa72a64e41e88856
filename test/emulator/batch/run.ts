// Runs a planned batch: independent operations together, each dependent one after its parents,
// answers in request order with the API's three kinds of null.
import { substituteResultReferences, type ReferenceTarget } from '../../../src/core/document/jsonpath';
import type { FaultState } from '../faults';
import type { GraphStore } from '../graph/store';
import type { TokenCheck } from '../graph/tokens';
import type { PartInfo } from '../http/multipart';
import { executeOperation, type OperationAnswer } from './operation';
import type { PlannedOperation } from './plan';

export interface BatchContext {
  readonly store: GraphStore;
  readonly checkToken: TokenCheck;
  readonly faults: FaultState;
  /** Multipart parts of the request, by name, for attached_files. */
  readonly parts: ReadonlyMap<string, PartInfo>;
  /** e.g. http://127.0.0.1:PORT/v24.0 */
  readonly versionUrl: string;
  /** The top-level token, the fallback of operations without their own. */
  readonly token: string;
}

export interface BatchEntry {
  readonly code: number;
  readonly headers?: readonly { readonly name: string; readonly value: string }[];
  readonly body: string | null;
}

type Outcome = { readonly kind: 'answered'; readonly answer: OperationAnswer } | { readonly kind: 'timed-out' | 'parent-failed' };

const succeeded = (outcome: Outcome): outcome is { kind: 'answered'; answer: OperationAnswer } =>
  outcome.kind === 'answered' && outcome.answer.code < 400;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function runBatch(context: BatchContext, operations: readonly PlannedOperation[], includeHeaders: boolean): Promise<(BatchEntry | null)[]> {
  const timeoutAfter = context.faults.current.batchTimeoutAfter;
  const outcomes: Promise<Outcome>[] = [];
  for (const operation of operations) {
    // Parents always come earlier (plan checks it), so their promises exist already.
    const parents = operation.parents.map((index) => outcomes[index]);
    outcomes.push((async (): Promise<Outcome> => {
      if (timeoutAfter !== null && operation.index >= timeoutAfter) return { kind: 'timed-out' };
      const settled = await Promise.all(parents);
      if (!settled.every(succeeded)) return { kind: 'parent-failed' };
      const latency = context.faults.current.operationLatencyMs;
      if (latency > 0) await sleep(latency);
      const results = new Map(operation.parents.map((index, i) => [operations[index].name, settled[i]] as const));
      const lookup = (name: string): ReferenceTarget => {
        const outcome = results.get(name);
        return outcome && succeeded(outcome) ? { kind: 'value', value: outcome.answer.json } : { kind: 'unknown' };
      };
      return { kind: 'answered', answer: executeOperation(context, operation, (text, formEncoded) => substituteResultReferences(text, lookup, { formEncoded })) };
    })());
  }
  const settled = await Promise.all(outcomes);
  const referenced = new Set(operations.flatMap((operation) => operation.parents));
  return settled.map((outcome, index) => {
    if (outcome.kind !== 'answered') return null;
    if (succeeded(outcome) && referenced.has(index) && operations[index].omitResponseOnSuccess) return null;
    const { code, headers, body } = outcome.answer;
    return includeHeaders ? { code, headers: Object.entries(headers).map(([name, value]) => ({ name, value })), body } : { code, body };
  });
}
