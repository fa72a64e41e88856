// The token never shows up where others can read it: the settings, and the state the extension
// exposes (panel, last run, upload history). The launcher also scans the settings files and logs
// on disk after the suite (launch/tokenScan.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { TEST_TOKEN } from '../settings';
import { openFixture, productApi, storeTestToken, workspaceUri } from './helpers';

describe('the access token stays secret', () => {
  before(async () => {
    await productApi();
    await storeTestToken();
  });

  it('is in no fbbatch setting, in any scope', () => {
    const config = vscode.workspace.getConfiguration('fbbatch');
    const keys = ['graphApiUrl', 'apiVersion', 'appId', 'timeoutSeconds', 'retries'];
    assert.ok(!JSON.stringify(keys.map((k) => config.inspect(k))).includes(TEST_TOKEN));
  });

  it('is in none of the state the extension exposes after a run and an upload', async () => {
    const doc = await openFixture('valid.fbbatch');
    await vscode.commands.executeCommand('fbbatch.runBatch', doc.uri);
    await vscode.commands.executeCommand('fbbatch.uploadFile', workspaceUri('photo.png'));
    const api = await productApi();
    const exposed = JSON.stringify({ panel: api.panelView(), run: api.lastRun(doc.uri.toString()), uploads: api.uploadHistory(), pending: api.pendingUploads() });
    assert.ok(api.lastRun(doc.uri.toString()) && api.uploadHistory().length > 0, 'a run and an upload were recorded');
    assert.ok(!exposed.includes(TEST_TOKEN));
  });
});
