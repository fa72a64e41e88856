// One line about a finished run for the log, and a warning when something needs the user's eye.
import type { BatchRunResult, OperationOutcome } from '../../core/batch/result';

const LABELS: Readonly<Record<OperationOutcome, string>> = {
  success: 'succeeded',
  'graph-error': 'failed',
  omitted: 'omitted (used by a later operation)',
  'timed-out': 'timed out',
  'parent-failed': 'not run (parent failed)',
  'not-modified': 'not modified',
  'not-sent': 'not sent',
};

export function summarizeRun(result: BatchRunResult): { text: string; problem?: string } {
  const parts = (Object.keys(LABELS) as OperationOutcome[])
    .filter((o) => result.counts[o] > 0)
    .map((o) => `${result.counts[o]} ${LABELS[o]}`);
  const text = `${parts.join(', ') || 'no operations'} in ${Math.round(result.elapsedMs)} ms`;
  const failure = result.failures[0];
  if (failure) return { text, problem: `${failure.message} ${failure.advice}` };
  const incomplete = result.counts['timed-out'] + result.counts['not-sent'];
  if (incomplete > 0) {
    return { text, problem: `${incomplete} operation(s) did not complete (the batch timed out). Use "Retry Incomplete Operations" to send just those again.` };
  }
  return { text };
}
