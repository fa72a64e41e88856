import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY_CHUNK, deliveryMessages, withBodies } from '../../../src/webview/delivery';
import type { ResultView } from '../../../src/webview/protocol';
import { largeResult, outcomeResult } from '../../e2e/panel-fixtures';

const viewOf = (result: ResultView['result']): ResultView => ({ kind: 'result', seq: 7, fileUri: 'file:///w/a.fbbatch', fileLabel: 'a.fbbatch', result });

describe('delivery of a result to the panel', () => {
  test('the first message is small whatever the body sizes; bodies follow for the same view', () => {
    const view = viewOf(largeResult(10, 200_000));
    const [first, second, ...more] = deliveryMessages(view);
    assert.equal(more.length, 0);
    assert.equal(first.type, 'view');
    assert.ok(JSON.stringify(first).length < 10_000, 'the view without bodies is a few KB');
    assert.equal(second.type === 'bodies' && second.seq, 7);
    assert.ok(first.type === 'view' && first.view.kind === 'result');
    assert.deepEqual(first.view.kind === 'result' && first.view.pendingBodies, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('putting the bodies back gives the original view', () => {
    const view = viewOf(outcomeResult());
    const [first, second] = deliveryMessages(view);
    assert.ok(first.type === 'view' && first.view.kind === 'result' && second.type === 'bodies');
    const merged = withBodies(first.view, second);
    assert.equal(merged.pendingBodies, undefined);
    assert.deepEqual(JSON.parse(JSON.stringify(merged)), JSON.parse(JSON.stringify(view)));
  });

  test('megabytes of bodies come in several messages; the view is complete after the last', () => {
    const view = viewOf(largeResult(10, 1024 * 1024));
    const [first, ...chunks] = deliveryMessages(view);
    assert.ok(chunks.length >= 2, '10 MB does not go in one message');
    for (const chunk of chunks) {
      const size = chunk.type === 'bodies' ? chunk.bodies.reduce((sum, [, raw]) => sum + raw.length, 0) : 0;
      assert.ok(size < BODY_CHUNK + 1024 * 1024, `a chunk of ${size} characters`);
    }
    assert.ok(first.type === 'view' && first.view.kind === 'result');
    let merged = first.view;
    for (const chunk of chunks) {
      assert.ok(chunk.type === 'bodies');
      assert.ok(merged.pendingBodies, 'still waiting before the last chunk');
      merged = withBodies(merged, chunk);
    }
    assert.equal(merged.pendingBodies, undefined);
    assert.deepEqual(merged.result.operations.map((op) => op.rawBody), view.result.operations.map((op) => op.rawBody));
  });

  test('views without bodies and running views go in one message', () => {
    assert.equal(deliveryMessages(viewOf(largeResult(0, 0))).length, 1);
    assert.equal(deliveryMessages({ kind: 'running', seq: 1, fileUri: 'file:///w/a.fbbatch', fileLabel: 'a', total: 3 }).length, 1);
  });
});
