// "Run batch" against the emulator: the classified outcome of every operation, and what the
// response panel shows.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BatchRunResult } from '../../../src/core/batch/result';
import { emulator, requestLog } from './emulator';
import { openFixture, productApi, storeTestToken } from './helpers';

async function runBatch(file: string): Promise<{ uri: vscode.Uri; result: BatchRunResult }> {
  const doc = await openFixture(file);
  await vscode.window.showTextDocument(doc);
  const result = await vscode.commands.executeCommand<BatchRunResult | undefined>('fbbatch.runBatch', doc.uri);
  assert.ok(result, `the run of ${file} gave no result`);
  return { uri: doc.uri, result };
}

describe('running a batch', () => {
  before(async () => {
    await productApi();
    await storeTestToken();
  });
  afterEach(() => emulator.resetFaults());

  // The API answers null for an operation whose result a later one used (omit_response_on_success).
  it('runs valid.fbbatch: the referenced operation is omitted, the second succeeds', async () => {
    const { uri, result } = await runBatch('valid.fbbatch');
    assert.deepEqual(result.operations.map((o) => [o.index, o.outcome, o.code ?? null]), [[0, 'omitted', null], [1, 'success', 200]]);
    assert.deepEqual(result.failures, []);
    const api = await productApi();
    assert.deepEqual(api.lastRun(uri.toString()), result);
    const view = api.panelView();
    assert.equal(view?.kind, 'result');
    assert.equal(view.fileUri, uri.toString());
    assert.equal(view.result.operations.length, 2);
    // The file's CodeLens now sums up the run and opens the panel.
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10);
    const summary = lenses.find((l) => l.command?.command === 'fbbatch.showPanel');
    assert.match(summary?.command?.title ?? '', /Last run: 2 succeeded/);
  });

  it('tells a timed-out operation apart when the batch runs out of time', async () => {
    await emulator.setFaults({ batchTimeoutAfter: 1 });
    const { result } = await runBatch('valid.fbbatch');
    assert.equal(result.operations[1].outcome, 'timed-out', result.operations[1].explanation);
    assert.match(result.operations[1].explanation, /time/i);
  });

  it('retries the timed-out operation once the API has time again', async () => {
    await emulator.setFaults({ batchTimeoutAfter: 1 });
    const { uri } = await runBatch('valid.fbbatch');
    await emulator.resetFaults();
    const retried = await vscode.commands.executeCommand<BatchRunResult | undefined>('fbbatch.retryIncomplete', uri);
    assert.ok(retried, 'the retry gave no result');
    assert.equal(retried.operations.find((o) => o.index === 1)?.outcome, 'success');
  });

  it('refuses to send a file with errors', async () => {
    const doc = await openFixture('broken.fbbatch');
    await vscode.window.showTextDocument(doc);
    const sentBefore = (await requestLog()).filter((r) => r.kind === 'batch').length;
    assert.equal(await vscode.commands.executeCommand('fbbatch.runBatch', doc.uri), undefined);
    assert.equal((await requestLog()).filter((r) => r.kind === 'batch').length, sentBefore, 'nothing reached the API');
  });

  it('a run that stops before anything is sent says why in the panel instead of "Running…"', async () => {
    // An unusable proxy for an HTTPS Graph URL: refused when the first request is prepared, before any connection.
    const fbbatch = vscode.workspace.getConfiguration('fbbatch');
    const http = vscode.workspace.getConfiguration('http');
    const originalUrl = fbbatch.inspect<string>('graphApiUrl')?.globalValue;
    const originalProxy = http.inspect<string>('proxy')?.globalValue;
    await fbbatch.update('graphApiUrl', 'https://graph.facebook.invalid', vscode.ConfigurationTarget.Global);
    await http.update('proxy', 'socks5://127.0.0.1:1', vscode.ConfigurationTarget.Global);
    try {
      const doc = await openFixture('valid.fbbatch');
      await vscode.window.showTextDocument(doc);
      const result = await vscode.commands.executeCommand<BatchRunResult | undefined>('fbbatch.runBatch', doc.uri);
      assert.equal(result, undefined);
      const view = (await productApi()).panelView();
      assert.equal(view?.kind, 'stopped');
      assert.match(view.message, /Only http:\/\/ and https:\/\/ proxies are supported\. Fix the proxy setting \(http\.proxy, or HTTPS_PROXY\)\./);
    } finally {
      await http.update('proxy', originalProxy, vscode.ConfigurationTarget.Global);
      await fbbatch.update('graphApiUrl', originalUrl, vscode.ConfigurationTarget.Global);
    }
  });
});
