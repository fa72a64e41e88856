// Uploading a workspace file through the Resumable Upload API while the connection drops once:
// the upload resumes where the server stopped and ends with the file's handle.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { emulator, requestLog } from './emulator';
import { productApi, storeTestToken, workspaceUri } from './helpers';

describe('uploading a file', () => {
  before(async () => {
    await productApi();
    await storeTestToken();
  });
  afterEach(() => emulator.resetFaults());

  it('survives a dropped connection and returns the handle of the complete file', async () => {
    const uri = workspaceUri('photo.png');
    const bytes = readFileSync(uri.fsPath);
    await emulator.setFaults({ dropUploadAfterBytes: { bytes: Math.floor(bytes.length / 2) } });
    const handles = await vscode.commands.executeCommand<string[]>('fbbatch.uploadFile', uri);
    assert.equal(handles.length, 1);
    assert.match(handles[0], /^\S+$/);

    // The emulator saw the drop, then a request that finished the file.
    const appends = (await requestLog()).filter((r) => r.kind === 'upload-append');
    assert.ok(appends.some((r) => r.fault === 'drop'), `appends: ${JSON.stringify(appends)}`);
    const last = appends[appends.length - 1];
    assert.equal(last.status, 200);
    const sessionId = decodeURIComponent(last.path.slice(last.path.indexOf('upload:')));
    const stored = await emulator.storedUpload(sessionId);
    assert.equal(stored.sha256, createHash('sha256').update(bytes).digest('hex'));

    const api = await productApi();
    assert.equal(api.uploadHistory()[0]?.handle, handles[0]);
    assert.deepEqual(api.pendingUploads(), []);
  });
});
