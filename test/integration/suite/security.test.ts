// A cloned repository must not be able to send the user's token elsewhere: the Graph API URL is a
// user-only setting, and the product refuses to send a token over plain HTTP to another host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, productApi, storeTestToken } from './helpers';

describe('where the token may go', () => {
  before(async () => {
    await productApi();
    await storeTestToken();
  });

  it('a workspace cannot set fbbatch.graphApiUrl (application scope)', async () => {
    const config = vscode.workspace.getConfiguration('fbbatch');
    await assert.rejects(
      Promise.resolve(config.update('graphApiUrl', 'https://attacker.example', vscode.ConfigurationTarget.Workspace)),
      /user settings|application/i,
    );
    assert.equal(vscode.workspace.getConfiguration('fbbatch').inspect('graphApiUrl')?.workspaceValue, undefined);
  });

  it('a plain-HTTP Graph URL to a non-loopback host is refused before anything is sent', async () => {
    const config = vscode.workspace.getConfiguration('fbbatch');
    const original = config.inspect<string>('graphApiUrl')?.globalValue;
    const doc = await openFixture('valid.fbbatch');
    const before = (await productApi()).lastRun(doc.uri.toString());
    await config.update('graphApiUrl', 'http://graph.example.invalid', vscode.ConfigurationTarget.Global);
    try {
      const result = await vscode.commands.executeCommand('fbbatch.runBatch', doc.uri);
      assert.equal(result, undefined, 'the run must not happen');
      assert.equal((await productApi()).lastRun(doc.uri.toString()), before, 'no new result was recorded');
    } finally {
      await config.update('graphApiUrl', original, vscode.ConfigurationTarget.Global);
    }
  });
});
