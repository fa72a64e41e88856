// The panel host (src/extension/panel) on a recording stand-in for the `vscode` API: panel
// options, CSP, what it posts (redacted, view before bodies), message validation, and actions.
import { before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fake from './fake-vscode-api';
import { outcomeResult } from '../../e2e/panel-fixtures';
import type * as PanelHost from '../../../src/extension/panel/index';
import { useVscodeStandIn } from '../vscode-stand-in';

type Host = typeof PanelHost;
let host: Host;
const context = { extensionUri: fake.Uri.file('/ext') } as unknown as Parameters<Host['ResponsePanel']['show']>[0];
const fileUri = fake.Uri.file('/work/batches/me.fbbatch') as unknown as Parameters<PanelHost.ResponsePanel['showResult']>[0];
const TOKEN = 'EAAGsecretTOKEN1234567';

before(async () => {
  useVscodeStandIn(fake);
  host = await import('../../../src/extension/panel/index');
});

function panel(): fake.FakePanel {
  const last = fake.record.panels.at(-1);
  assert.ok(last);
  return last;
}

/** The messages posted since `from`, as the webview would receive them (JSON round trip). */
function postedSince(from = 0): Array<{ type: string; [key: string]: unknown }> {
  return JSON.parse(JSON.stringify(panel().posted.slice(from)));
}

beforeEach(() => {
  host.ResponsePanel.existing?.dispose();
});

describe('response panel host', () => {
  test('opens one panel beside the editor with locked-down webview options, and reuses it', () => {
    const first = host.ResponsePanel.show(context);
    const created = panel();
    assert.equal(created.viewType, 'fbbatch.responses');
    assert.deepEqual(created.showOptions, { viewColumn: fake.ViewColumn.Beside, preserveFocus: true });
    assert.deepEqual(JSON.parse(JSON.stringify(created.options)), {
      enableScripts: true, enableForms: false, retainContextWhenHidden: false, localResourceRoots: [{ scheme: 'file', path: '/ext/dist' }],
    });
    assert.match(created.webview.html, /script-src 'nonce-[A-Za-z0-9+/]{24}'; style-src https:\/\/fake\.vscode-resource;/);
    assert.match(created.webview.html, /src="https:\/\/fake\.vscode-resource\/ext\/dist\/webview\.js"/);
    const again = host.ResponsePanel.show(context);
    assert.equal(again, first);
    assert.equal(fake.record.panels.at(-1), created);
    assert.deepEqual(created.revealed, [[undefined, true]], 'brought forward where it is, without taking focus');
  });

  test('posts the view before its bodies, with secrets masked, and reposts when the webview is ready', () => {
    const shown = host.ResponsePanel.show(context);
    const result = outcomeResult();
    const leaky = { ...result, operations: result.operations.map((op) => (op.index === 0 ? { ...op, rawBody: `{"echo":"${TOKEN}","next":"https://x/?access_token=${TOKEN}"}` } : op)) };
    shown.showRunning(fileUri, 7);
    shown.showResult(fileUri, leaky, [TOKEN]);
    const messages = postedSince();
    assert.deepEqual(messages.map((m) => m.type), ['view', 'view', 'bodies']);
    assert.equal(JSON.stringify(messages).includes(TOKEN), false, 'the token never reaches the webview');
    assert.equal(panel().title, 'Responses: me.fbbatch');
    assert.equal(shown.state.view?.kind, 'result');
    assert.equal(shown.state.view?.fileLabel, 'batches/me.fbbatch');
    const count = panel().posted.length;
    panel().send({ type: 'ready' });
    assert.deepEqual(postedSince(count).map((m) => m.type), ['view', 'bodies']);
  });

  test('a run that stopped before anything was sent replaces "Running…" with its message, secrets masked', () => {
    const shown = host.ResponsePanel.show(context);
    shown.showRunning(fileUri, 3);
    const from = panel().posted.length;
    shown.showStopped(fileUri, `Attachment "f" (./gone-${TOKEN}.png) cannot be sent: the file does not exist.`, [TOKEN]);
    const [message] = postedSince(from);
    assert.equal(message.type, 'view');
    const view = message.view as { kind: string; message: string };
    assert.equal(view.kind, 'stopped');
    assert.match(view.message, /^Attachment "f" \(\.\/gone-.*\.png\) cannot be sent: the file does not exist\.$/);
    assert.equal(view.message.includes(TOKEN), false);
    assert.equal(shown.state.view?.kind, 'stopped');
  });

  test('re-run and retry reach onDidRequest with the file and the incomplete operations; junk is ignored', () => {
    const shown = host.ResponsePanel.show(context);
    shown.showResult(fileUri, outcomeResult());
    const requests: PanelHost.PanelRunRequest[] = [];
    const subscription = host.ResponsePanel.onDidRequest((request) => requests.push(request));
    panel().send({ type: 'rerun', fileUri: 'file:///elsewhere.fbbatch' });
    panel().send({ type: 'runCommand', command: 'rm -rf' });
    panel().send('rerun');
    assert.equal(requests.length, 0);
    panel().send({ type: 'rerun' });
    panel().send({ type: 'retryIncomplete' });
    subscription.dispose();
    assert.deepEqual(requests.map((r) => [r.kind, r.fileUri.toString(), r.operationIndexes]), [
      ['rerun', 'file:///work/batches/me.fbbatch', []],
      ['retryIncomplete', 'file:///work/batches/me.fbbatch', [3, 6]],
    ]);
  });

  test('copy, open, jump and save act on the result the host holds', async () => {
    const shown = host.ResponsePanel.show(context);
    shown.showResult(fileUri, outcomeResult());
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    panel().send({ type: 'copyBody', index: 0 });
    await settle();
    assert.match(fake.record.clipboard, /^\{\n {2}"id": "1001",\n {2}"name": "Ada Lovelace"/);
    panel().send({ type: 'openBody', index: 1 });
    await settle();
    assert.equal(fake.record.openedDocuments.at(-1)?.language, 'json');
    assert.match(fake.record.openedDocuments.at(-1)?.content ?? '', /"OAuthException"/);
    panel().send({ type: 'revealOperation', index: 1 });
    await settle();
    assert.deepEqual(fake.record.shownSelections.at(-1), { uri: 'file:///work/batches/me.fbbatch', start: 64, end: 120 });
    fake.record.saveDialogAnswer = fake.Uri.file('/work/batches/me.response.json');
    panel().send({ type: 'saveResponse' });
    await settle();
    const saved = fake.record.written.at(-1);
    assert.equal(saved?.uri, 'file:///work/batches/me.response.json');
    assert.deepEqual(JSON.parse(saved?.text ?? 'null'), JSON.parse(JSON.stringify(outcomeResult())));
    panel().send({ type: 'copyBody', index: 3 }); // a timed-out operation has no body
    await settle();
    assert.equal(fake.record.infoMessages.at(-1), 'Operation 3 has no body.');
    const writeFile = fake.workspace.fs.writeFile;
    fake.workspace.fs.writeFile = async () => {
      throw new Error('EACCES: permission denied');
    };
    panel().send({ type: 'saveResponse' });
    await settle();
    fake.workspace.fs.writeFile = writeFile;
    assert.equal(fake.record.errorMessages.at(-1), 'Could not save the response: EACCES: permission denied');
  });

  test('a panel restored after a reload takes its state back and keeps working', () => {
    const serializers = fake.record.serializers;
    const registration = host.registerResponsePanelSerializer(context);
    const serializer = serializers.get('fbbatch.responses');
    assert.ok(serializer);
    const restored = new fake.FakePanel('fbbatch.responses', {}, {});
    const view = { kind: 'result', seq: 41, fileUri: 'file:///work/batches/me.fbbatch', fileLabel: 'batches/me.fbbatch', result: outcomeResult() };
    void serializer.deserializeWebviewPanel(restored, { version: 1, view });
    const revived = host.ResponsePanel.existing;
    assert.equal(revived?.state.view?.seq, 41);
    assert.match(restored.webview.html, /Content-Security-Policy/);
    revived?.showRunning(fileUri, 7);
    assert.equal(revived?.state.view?.seq, 42, 'numbering continues, so the webview does not skip the new view');
    const empty = new fake.FakePanel('fbbatch.responses', {}, {});
    void serializer.deserializeWebviewPanel(empty, { version: 1, view: { nonsense: true } });
    assert.equal(host.ResponsePanel.existing?.state.view, undefined);
    registration.dispose();
  });

  test('after the user closes the panel, show() opens a new one', () => {
    const first = host.ResponsePanel.show(context);
    panel().dispose();
    assert.equal(host.ResponsePanel.existing, undefined);
    first.showResult(fileUri, outcomeResult()); // late result for the closed panel: dropped quietly
    const second = host.ResponsePanel.show(context);
    assert.notEqual(second, first);
  });
});
