// Activation: wires the language features (no network code), the commands, the response panel and
// the public read-only API. The HTTP stack is loaded on the first run or upload (network/load.ts).
import { vscode } from './vscode';
import type { FbbatchApi } from './api';
import { registerLanguageFeatures } from './language/register';
import { ResponsePanel, registerResponsePanelSerializer } from './panel';
import type { Controllers } from './network/entry';
import { loadNetwork } from './network/load';
import { LastRuns } from './run/lastRuns';
import { newBatchFile } from './run/newBatchFile';
import { storeTokenFromFile } from './secrets/storeTokenFromFile';
import { registerTokenCommands } from './secrets/tokenCommands';
import { TokenStore } from './secrets/tokenStore';
import { UploadStore } from './upload/history';
import { showUploadHistory } from './upload/historyView';

export function activate(context: vscode.ExtensionContext): FbbatchApi {
  const log = vscode.window.createOutputChannel('fbbatch', { log: true });
  const tokens = new TokenStore(context.secrets, context.globalState);
  const lastRuns = new LastRuns();
  const uploads = new UploadStore(context.globalState);
  let controllers: Controllers | undefined;
  const load = (): Controllers =>
    (controllers ??= loadNetwork().createControllers({ tokens, lastRuns, uploads, log, showPanel: () => ResponsePanel.show(context) }));

  context.subscriptions.push(
    log,
    tokens,
    lastRuns,
    registerResponsePanelSerializer(context),
    ...registerLanguageFeatures(tokens, lastRuns),
    ...registerTokenCommands(tokens),
    vscode.commands.registerCommand('fbbatch.runBatch', (uri?: unknown) => load().runner.run(uri, 'all')),
    vscode.commands.registerCommand('fbbatch.retryIncomplete', (uri?: unknown) => load().runner.run(uri, 'incomplete')),
    vscode.commands.registerCommand('fbbatch.showPanel', () => ResponsePanel.show(context)),
    vscode.commands.registerCommand('fbbatch.newBatchFile', newBatchFile),
    vscode.commands.registerCommand('fbbatch.storeTokenFromFile', (args?: unknown) => storeTokenFromFile(tokens, args)),
    vscode.commands.registerCommand('fbbatch.uploadFile', (clicked?: unknown, selected?: unknown) => load().uploader.upload(clicked, selected)),
    vscode.commands.registerCommand('fbbatch.resumeUploads', () => load().uploader.resume()),
    vscode.commands.registerCommand('fbbatch.showUploadHistory', () => showUploadHistory(uploads)),
    ResponsePanel.onDidRequest((request) => load().runner.run(request.fileUri, request.kind === 'rerun' ? 'all' : 'incomplete')),
  );

  return {
    lastRun: (uri) => lastRuns.get(uri)?.result,
    panelView: () => ResponsePanel.existing?.state.view,
    uploadHistory: () => uploads.history(),
    pendingUploads: () => uploads.pending().map(({ filePath, sessionId, bytesConfirmed }) => ({ filePath, sessionId, bytesConfirmed })),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
