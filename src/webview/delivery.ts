// How the host delivers a result: first the view without bodies (small, so the panel paints at
// once whatever the body sizes), then the bodies in a second message. Pure data helpers.
import type { OperationResult } from '../core/batch/result';
import type { BodiesMessage, ExtensionToWebview, PanelView, ResultView } from './protocol';

export function deliveryMessages(view: PanelView): ExtensionToWebview[] {
  if (view.kind !== 'result') return [{ type: 'view', view }];
  const bodies: Array<readonly [number, string]> = [];
  for (const op of view.result.operations) if (op.rawBody !== undefined) bodies.push([op.index, op.rawBody]);
  if (bodies.length === 0) return [{ type: 'view', view }];
  const light: ResultView = {
    ...view,
    pendingBodies: bodies.map(([index]) => index),
    result: { ...view.result, operations: view.result.operations.map((op): OperationResult => (op.rawBody === undefined ? op : { ...op, rawBody: undefined })) },
  };
  return [{ type: 'view', view: light }, { type: 'bodies', seq: view.seq, bodies }];
}

/** The view with its bodies back in place (what the webview keeps for a reload). */
export function withBodies(view: ResultView, message: BodiesMessage): ResultView {
  const bodies = new Map(message.bodies);
  return {
    ...view,
    pendingBodies: undefined,
    result: { ...view.result, operations: view.result.operations.map((op) => (bodies.has(op.index) ? { ...op, rawBody: bodies.get(op.index) } : op)) },
  };
}
