// The readable form of a run's classified results: a table, then what needs explaining, then a summary.
import type { BatchRunResult, OperationOutcome, OperationResult, RequestFailure } from '../core/batch/result';

const URL_WIDTH = 48;
const QUIET_OUTCOMES: readonly OperationOutcome[] = ['success', 'not-modified'];

export function resultTable(result: BatchRunResult): string[] {
  const header = ['#', 'name', 'request', 'status', 'outcome', 'time'];
  const rows = result.operations.map((op) => [
    String(op.index + 1),
    op.name ?? '',
    truncate(`${op.method} ${op.relativeUrl}`, URL_WIDTH),
    op.code === undefined ? '-' : String(op.code),
    op.outcome,
    op.elapsedMs === undefined ? '-' : `${Math.round(op.elapsedMs)} ms`,
  ]);
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((row) => row[col].length)));
  const line = (cells: readonly string[]): string => cells.map((cell, col) => cell.padEnd(widths[col])).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

/** One line per operation whose outcome needs a word (null entries, errors), and per failed request. */
export function explanations(result: BatchRunResult): string[] {
  // Operations of a failed request are covered by that request's own line.
  const inFailedRequest = new Set(result.failures.flatMap((f) => f.operationIndexes));
  const lines = result.operations
    .filter((op) => !QUIET_OUTCOMES.includes(op.outcome) && !(op.outcome === 'not-sent' && inFailedRequest.has(op.index)))
    .map((op) => `${label(op)}: ${op.explanation}`);
  return [...lines, ...result.failures.map(failureLine)];
}

export function failureLine(failure: RequestFailure): string {
  return `Request ${failure.requestIndex + 1} failed: ${failure.message} ${failure.advice}`.trim();
}

export function summaryLine(result: BatchRunResult): string {
  const total = result.operations.length;
  const requests = new Set(result.operations.map((op) => op.requestIndex).filter((i) => i !== undefined)).size;
  const counts = (Object.entries(result.counts) as [OperationOutcome, number][]).filter(([, n]) => n > 0).map(([outcome, n]) => `${n} ${outcome}`);
  const via = requests > 0 ? ` in ${requests} request${requests === 1 ? '' : 's'}` : '';
  return `${total} operation${total === 1 ? '' : 's'}${via}, ${Math.round(result.elapsedMs)} ms: ${counts.join(', ') || 'nothing to report'}.`;
}

function label(op: OperationResult): string {
  return `#${op.index + 1}${op.name ? ` (${op.name})` : ''} ${op.outcome}`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
