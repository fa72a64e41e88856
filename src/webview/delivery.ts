// How the host delivers a result: first the view without bodies (small, so the panel paints at
// once whatever the body sizes), then the bodies in messages of a few megabytes each (so no single
// message keeps the panel busy for long). Pure data helpers.
import type { OperationResult } from '../core/batch/result';
import type { BodiesMessage, ExtensionToWebview, PanelView, ResultView } from './protocol';

/** Characters of bodies per message. */
export const BODY_CHUNK = 4 * 1024 * 1024;

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
  const messages: ExtensionToWebview[] = [{ type: 'view', view: light }];
  let chunk: Array<readonly [number, string]> = [];
  let size = 0;
  for (const body of bodies) {
    chunk.push(body);
    size += body[1].length;
    if (size >= BODY_CHUNK) {
      messages.push({ type: 'bodies', seq: view.seq, bodies: chunk });
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) messages.push({ type: 'bodies', seq: view.seq, bodies: chunk });
  return messages;
}

/** The view with these bodies back in place; once none is pending, it is what the webview keeps. */
export function withBodies(view: ResultView, message: BodiesMessage): ResultView {
  const bodies = new Map(message.bodies);
  const pending = view.pendingBodies?.filter((index) => !bodies.has(index));
  return {
    ...view,
    pendingBodies: pending && pending.length > 0 ? pending : undefined,
    result: { ...view.result, operations: view.result.operations.map((op) => (bodies.has(op.index) ? { ...op, rawBody: bodies.get(op.index) } : op)) },
  };
}
