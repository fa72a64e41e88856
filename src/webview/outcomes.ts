// How each outcome is named and coloured in the panel, and which operations a retry re-sends.
// Pure data: shared by the webview, the host and the tests.
import type { BatchRunResult, OperationOutcome } from '../core/batch/result';

export type Tone = 'ok' | 'error' | 'warning' | 'info' | 'muted';

interface OutcomeStyle {
  readonly label: string;
  readonly tone: Tone;
}

export const OUTCOME_STYLES: Readonly<Record<OperationOutcome, OutcomeStyle>> = {
  success: { label: 'Success', tone: 'ok' },
  'graph-error': { label: 'Graph error', tone: 'error' },
  omitted: { label: 'Omitted', tone: 'info' },
  'timed-out': { label: 'Timed out', tone: 'warning' },
  'parent-failed': { label: 'Parent failed', tone: 'error' },
  'not-modified': { label: 'Not modified', tone: 'info' },
  'not-sent': { label: 'Not sent', tone: 'muted' },
};

/** Display order of the summary counts: problems first, then the rest. */
export const OUTCOME_ORDER: readonly OperationOutcome[] = [
  'graph-error',
  'parent-failed',
  'timed-out',
  'not-sent',
  'success',
  'omitted',
  'not-modified',
];

/** Outcomes that mean "never ran"; re-sending them is what "retry incomplete" does. */
const INCOMPLETE: ReadonlySet<OperationOutcome> = new Set<OperationOutcome>(['timed-out', 'not-sent']);

export function incompleteOperationIndexes(result: BatchRunResult): number[] {
  return result.operations.filter((op) => INCOMPLETE.has(op.outcome)).map((op) => op.index);
}
