// What the webview keeps across reloads. VS Code holds webview state in memory and on disk, so a
// run with many large bodies is kept without the bodies past a budget (a re-run brings them back).
import type { OperationResult } from '../core/batch/result';
import type { PersistedPanelState, ResultView } from './protocol';

export const STATE_BODY_BUDGET = 4 * 1024 * 1024; // UTF-16 code units of bodies kept

export function persistableState(view: ResultView, budget = STATE_BODY_BUDGET): PersistedPanelState {
  let used = 0;
  const dropped: number[] = [];
  const operations = view.result.operations.map((op): OperationResult => {
    if (op.rawBody === undefined) return op;
    used += op.rawBody.length;
    if (used <= budget) return op;
    dropped.push(op.index);
    return { ...op, rawBody: undefined };
  });
  if (dropped.length === 0) return { version: 1, view };
  return { version: 1, view: { ...view, droppedBodies: dropped, result: { ...view.result, operations } } };
}
