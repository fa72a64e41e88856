// Re-sends the operations that did not complete. A reference to an operation that completed earlier
// is filled in on the client from its stored body; when that body is unknown (omitted), the parent
// is sent again too, this time with its response kept.
import type { ReferenceTarget } from '../document/jsonpath';
import { parentNames, referencedNames, resolveKnownReferences } from './references';
import type { BatchRunResult, OperationOutcome, OperationResult } from './result';
import { countOutcomes, runOperations, type RunBatchOptions } from './send';
import type { BatchSpec, OperationSpec } from './spec';

const INCOMPLETE: readonly OperationOutcome[] = ['timed-out', 'not-sent'];

function storedBody(result: OperationResult | undefined): ReferenceTarget {
  if (result?.outcome !== 'success' || result.rawBody === undefined) return { kind: 'unknown' };
  try {
    return { kind: 'value', value: JSON.parse(result.rawBody) };
  } catch {
    return { kind: 'unknown' };
  }
}

/** The operations to send again, rewritten so that every parent is either sent along or already filled in. */
export function incompleteOperations(previous: BatchRunResult, spec: BatchSpec, outcomes: readonly OperationOutcome[] = INCOMPLETE): OperationSpec[] {
  const results = new Map(previous.operations.map((r) => [r.index, r]));
  const byName = new Map(spec.operations.flatMap((op) => (op.name ? [[op.name, op] as const] : [])));
  const resend = new Set(spec.operations.filter((op) => outcomes.includes(results.get(op.index)?.outcome ?? 'not-sent')).map((op) => op.index));
  const showBody = new Set<number>();
  const work = spec.operations.filter((op) => resend.has(op.index));
  for (let next = work.pop(); next; next = work.pop()) {
    const needsBody = referencedNames(next);
    for (const name of parentNames(next)) {
      const parent = byName.get(name);
      if (!parent || resend.has(parent.index)) continue;
      const outcome = results.get(parent.index)?.outcome;
      const completed = outcome === 'success' || outcome === 'omitted' || outcome === 'not-modified';
      if (completed && (!needsBody.includes(name) || storedBody(results.get(parent.index)).kind === 'value')) continue;
      resend.add(parent.index);
      if (completed) showBody.add(parent.index);
      work.push(parent);
    }
  }
  const resentNames = new Set(spec.operations.filter((op) => resend.has(op.index) && op.name).map((op) => op.name));
  const lookup = (name: string): ReferenceTarget =>
    resentNames.has(name) ? { kind: 'unknown' } : storedBody(results.get(byName.get(name)?.index ?? -1));
  return spec.operations
    .filter((op) => resend.has(op.index))
    .map((op) => {
      const rewritten = resolveKnownReferences(op, lookup);
      const dependsOn = op.depends_on?.trim();
      return {
        ...rewritten,
        depends_on: dependsOn && resentNames.has(dependsOn) ? op.depends_on : undefined,
        omit_response_on_success: showBody.has(op.index) ? false : op.omit_response_on_success,
      };
    });
}

/** Sends the incomplete operations again and merges their new results into the previous run's. */
export async function retryIncomplete(
  previous: BatchRunResult,
  spec: BatchSpec,
  options: RunBatchOptions,
  outcomes: readonly OperationOutcome[] = INCOMPLETE,
): Promise<BatchRunResult> {
  const operations = incompleteOperations(previous, spec, outcomes);
  if (operations.length === 0) return previous;
  const firstRequestIndex = 1 + Math.max(-1, ...previous.operations.map((r) => r.requestIndex ?? -1), ...previous.failures.map((f) => f.requestIndex));
  const next = await runOperations(spec, operations, options, firstRequestIndex);
  const resent = new Set(operations.map((op) => op.index));
  const merged = [...previous.operations.filter((r) => !resent.has(r.index)), ...next.operations].sort((a, b) => a.index - b.index);
  return {
    startedAt: previous.startedAt,
    elapsedMs: previous.elapsedMs + next.elapsedMs,
    operations: merged,
    failures: [...previous.failures.filter((f) => f.operationIndexes.some((i) => !resent.has(i))), ...next.failures],
    counts: countOutcomes(merged),
    usage: { ...previous.usage, ...next.usage },
  };
}
