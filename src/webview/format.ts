// Text the panel shows, computed without the DOM so unit tests and the host can use it.
import type { BatchRunResult, GraphError, OperationResult } from '../core/batch/result';
import { OUTCOME_ORDER, OUTCOME_STYLES, type Tone } from './outcomes';

import { formatBytes, formatDuration } from '../core/format';

export { formatBytes, formatDuration };

export interface CountChip {
  readonly label: string;
  readonly count: number;
  readonly tone: Tone;
}

/** Non-zero outcome counts, problems first. */
export function countChips(result: BatchRunResult): CountChip[] {
  return OUTCOME_ORDER.filter((outcome) => (result.counts[outcome] ?? 0) > 0).map((outcome) => ({
    label: OUTCOME_STYLES[outcome].label,
    count: result.counts[outcome],
    tone: OUTCOME_STYLES[outcome].tone,
  }));
}

/** e.g. "12 operations in 2 requests · 1.24 s" */
export function summaryLine(result: BatchRunResult): string {
  const ops = result.operations.length;
  const requests = new Set(result.operations.map((op) => op.requestIndex).filter((i) => i !== undefined)).size;
  const opsText = `${ops} operation${ops === 1 ? '' : 's'}`;
  const requestsText = requests > 1 ? ` in ${requests} requests` : '';
  return `${opsText}${requestsText} · ${formatDuration(result.elapsedMs)}`;
}

/** "GET me/friends" with the operation's name when it has one. */
export function operationTitle(op: OperationResult): string {
  return `${op.method} ${op.relativeUrl}`;
}

/** The status column: the HTTP code, or a dash for a null entry. */
export function statusText(op: OperationResult): string {
  return op.code === undefined ? '—' : String(op.code);
}

/** A Graph error in one line: the user-facing message, then the facts support asks for. */
export function errorDetail(error: GraphError): string {
  const facts = [
    error.type,
    error.code !== undefined ? `code ${error.code}` : undefined,
    error.error_subcode !== undefined ? `subcode ${error.error_subcode}` : undefined,
    error.fbtrace_id ? `trace ${error.fbtrace_id}` : undefined,
  ].filter((fact): fact is string => Boolean(fact));
  const title = error.error_user_title ? `${error.error_user_title}: ` : '';
  const message = error.error_user_msg ?? error.message;
  const transient = error.is_transient ? ' Temporary: retrying may help.' : '';
  return `${title}${message}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}${transient}`;
}
