// Lenses above the batch: run it, and after a run its summary and a retry of what did not complete.
import { MAX_OPERATIONS_PER_REQUEST } from '../batch/spec';
import type { BatchDocument } from '../document/model';
import type { OffsetRange } from '../text';
import type { CodeLens } from './types';

export interface CodeLensState {
  readonly hasIncomplete: boolean;
  readonly lastRun?: { readonly succeeded: number; readonly failed: number; readonly incomplete: number };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Where the lenses sit: the `"batch"` property, or the bare array. */
function batchAnchor(doc: BatchDocument): OffsetRange | undefined {
  const node = doc.batchNode;
  if (node === undefined) return undefined;
  const property = doc.topProperties.find((p) => p.key === 'batch' && p.value === node);
  return property?.range ?? { start: node.offset, end: node.offset + node.length };
}

export function getCodeLenses(doc: BatchDocument, state: CodeLensState): CodeLens[] {
  const range = batchAnchor(doc);
  if (range === undefined) return [];
  const count = doc.operations.length;
  const requests = Math.ceil(count / MAX_OPERATIONS_PER_REQUEST);
  const size = requests > 1 ? `${plural(count, 'operation')}, ${plural(requests, 'request')}` : plural(count, 'operation');
  const lenses: CodeLens[] = [{ range, title: `▶ Run batch (${size})`, command: 'fbbatch.runBatch' }];
  const run = state.lastRun;
  if (run !== undefined) {
    const parts = [`${run.succeeded} succeeded`, `${run.failed} failed`];
    if (run.incomplete > 0) parts.push(`${run.incomplete} incomplete`);
    lenses.push({ range, title: `Last run: ${parts.join(', ')}`, command: 'fbbatch.showPanel' });
  }
  if (state.hasIncomplete) {
    const incomplete = run !== undefined && run.incomplete > 0 ? ` (${run.incomplete})` : '';
    lenses.push({ range, title: `↻ Retry incomplete${incomplete}`, command: 'fbbatch.retryIncomplete' });
  }
  return lenses;
}
