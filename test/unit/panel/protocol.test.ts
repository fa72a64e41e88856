import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isExtensionMessage, isPersistedPanelState, isWebviewMessage } from '../../../src/webview/protocol';

describe('isWebviewMessage: the host accepts only the panel protocol', () => {
  test('accepts every message the panel sends', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'rerun' },
      { type: 'retryIncomplete' },
      { type: 'saveResponse' },
      { type: 'copyBody', index: 0 },
      { type: 'openBody', index: 12 },
      { type: 'revealOperation', index: 49 },
    ]) {
      assert.equal(isWebviewMessage(message), true, JSON.stringify(message));
    }
  });

  test('rejects anything else', () => {
    for (const message of [
      null, undefined, 'rerun', 42, [], [{ type: 'rerun' }],
      {},
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'rerun', fileUri: 'file:///etc/passwd' }, // extra keys could smuggle a target
      { type: 'copyBody' },
      { type: 'copyBody', index: '1' },
      { type: 'copyBody', index: -1 },
      { type: 'copyBody', index: 1.5 },
      { type: 'copyBody', index: Number.NaN },
      { type: 'copyBody', index: 1e12 },
      { type: 'openBody', index: 1, body: '<script>' },
      { type: 'saveResponse', path: '/tmp/x.json' },
    ]) {
      assert.equal(isWebviewMessage(message), false, JSON.stringify(message));
    }
  });
});

describe('state and view checks', () => {
  const view = { kind: 'result', seq: 3, fileUri: 'file:///w/a.fbbatch', fileLabel: 'a.fbbatch', result: { operations: [], failures: [] } };

  test('isPersistedPanelState accepts what the webview keeps and rejects stale or foreign state', () => {
    assert.equal(isPersistedPanelState({ version: 1, view }), true);
    assert.equal(isPersistedPanelState({ version: 2, view }), false);
    assert.equal(isPersistedPanelState({ version: 1, view: { ...view, kind: 'running' } }), false);
    assert.equal(isPersistedPanelState({ version: 1, view: { ...view, result: { operations: 'x', failures: [] } } }), false);
    assert.equal(isPersistedPanelState(undefined), false);
  });

  test('isExtensionMessage accepts views only', () => {
    assert.equal(isExtensionMessage({ type: 'view', view }), true);
    assert.equal(isExtensionMessage({ type: 'view', view: { kind: 'stopped', seq: 4, fileUri: view.fileUri, fileLabel: view.fileLabel, message: 'Bad proxy.' } }), true);
    assert.equal(isExtensionMessage({ type: 'view', view: { ...view, kind: 'other' } }), false);
    assert.equal(isExtensionMessage({ type: 'other' }), false);
  });
});
