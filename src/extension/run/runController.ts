// The "Run Batch" and "Retry Incomplete Operations" commands: validate, gather tokens, send with a
// cancellable progress notification, then show the classified answer in the response panel.
import * as path from 'node:path';
import { vscode } from '../vscode';
import type { BatchRunResult } from '../../core/batch/result';
import type { BatchSpec } from '../../core/batch/spec';
import { parseBatchDocument } from '../../core/document/parse';
import { toBatchSpec } from '../../core/document/to-spec';
import { validateBatchDocument } from '../../core/language/diagnostics';
import { languageContextFor } from '../language/context';
import { fileAttachmentReader, placeholderNames, retryIncomplete, runBatch } from '../../core/batch';
import { checkEndpoint, redactSecrets } from '../../core/graph';
import type { ResponsePanel } from '../panel';
import { requireDefaultToken, requireNamedToken } from '../secrets/tokenCommands';
import type { TokenStore } from '../secrets/tokenStore';
import { ensureTrusted, readRunSettings } from '../settings';
import { describeError } from '../errors';
import type { LastRuns } from './lastRuns';
import { summarizeRun } from './summary';

type RunMode = 'all' | 'incomplete';

export class RunController {
  private running = false;

  constructor(
    private readonly tokens: TokenStore,
    private readonly lastRuns: LastRuns,
    private readonly log: vscode.LogOutputChannel,
    /** The panel lives in the activation bundle (one instance); it is handed in, not imported. */
    private readonly showPanel: () => ResponsePanel,
  ) {}

  async run(target: unknown, mode: RunMode): Promise<BatchRunResult | undefined> {
    const document = await this.documentFor(target);
    if (!document) {
      void vscode.window.showInformationMessage('Open a .fbbatch file to run it.');
      return undefined;
    }
    if (this.running) {
      void vscode.window.showInformationMessage('A batch is already running; wait for it or cancel it from its notification.');
      return undefined;
    }
    if (!(await ensureTrusted('Running a batch'))) return undefined;
    this.running = true;
    await vscode.commands.executeCommand('setContext', 'fbbatch.running', true);
    try {
      return await this.runDocument(document, mode);
    } catch (error) {
      const secrets = await this.tokens.allValues();
      const message = describeError(error, secrets);
      this.log.error(`Run of ${vscode.workspace.asRelativePath(document.uri)} failed: ${message}`);
      void vscode.window.showErrorMessage(message);
      return undefined;
    } finally {
      this.running = false;
      await vscode.commands.executeCommand('setContext', 'fbbatch.running', false);
    }
  }

  private async documentFor(target: unknown): Promise<vscode.TextDocument | undefined> {
    const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
    if (!uri) return undefined;
    const document = await vscode.workspace.openTextDocument(uri);
    return document.languageId === 'fbbatch' || uri.path.endsWith('.fbbatch') ? document : undefined;
  }

  /** The spec to send: the file as it is now, or for a retry the spec of the run being retried. */
  private specFor(document: vscode.TextDocument, mode: RunMode): BatchSpec | undefined {
    const previous = this.lastRuns.get(document.uri.toString());
    if (mode === 'incomplete') {
      if (previous && this.lastRuns.hasIncomplete(document.uri.toString())) return previous.spec;
      void vscode.window.showInformationMessage('Nothing to retry: the last run of this file has no incomplete operations.');
      return undefined;
    }
    const doc = parseBatchDocument(document.getText());
    const ctx = languageContextFor(document.uri, this.tokens, this.lastRuns);
    const errors = validateBatchDocument(doc, ctx).filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      const first = errors[0];
      const line = document.positionAt(first.range.start).line + 1;
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
      void vscode.window
        .showErrorMessage(`The batch was not sent: line ${line}: ${first.message}${more}`, 'Show Problems')
        .then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
      return undefined;
    }
    return toBatchSpec(doc);
  }

  private async runDocument(document: vscode.TextDocument, mode: RunMode): Promise<BatchRunResult | undefined> {
    const spec = this.specFor(document, mode);
    if (!spec) return undefined;
    const settings = readRunSettings();
    checkEndpoint(settings.graphUrl);
    const accessToken = await requireDefaultToken(this.tokens);
    if (!accessToken) {
      void vscode.window.showWarningMessage('The batch was not sent: it needs an access token (fbbatch: Set Default Access Token).');
      return undefined;
    }
    const namedTokens = new Map<string, string>();
    for (const name of placeholderNames(spec.operations)) {
      const token = await requireNamedToken(this.tokens, name);
      if (!token) {
        void vscode.window.showWarningMessage(`The batch was not sent: it uses {{token:${name}}}, and no token "${name}" is stored.`);
        return undefined;
      }
      namedTokens.set(name, token);
    }

    const uri = document.uri;
    const previous = this.lastRuns.get(uri.toString());
    const panel = this.showPanel();
    panel.showRunning(uri, spec.operations.length);
    const label = vscode.workspace.asRelativePath(uri);
    const options = {
      client: { graphUrl: settings.graphUrl, apiVersion: settings.apiVersion, timeoutMs: settings.timeoutMs, proxyUrl: settings.proxyUrl },
      accessToken,
      namedTokens: (name: string) => namedTokens.get(name),
      attachments: fileAttachmentReader(path.dirname(uri.fsPath)),
      maxConcurrentRequests: settings.maxConcurrentRequests,
      retries: settings.retries,
      autoRetryIncomplete: settings.autoRetryIncomplete,
    };
    const secrets = [accessToken, ...namedTokens.values()];
    let result: BatchRunResult;
    try {
      result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `${mode === 'all' ? 'Running' : 'Retrying incomplete operations of'} ${label}`, cancellable: true },
        async (progress, cancellation) => {
          const abort = new AbortController();
          cancellation.onCancellationRequested(() => abort.abort());
          let reported = 0;
          const onProgress = (done: number, total: number): void => {
            const percent = total > 0 ? (done / total) * 100 : 100;
            progress.report({ increment: percent - reported, message: `${done} of ${total} operations` });
            reported = percent;
          };
          const run = { ...options, signal: abort.signal, onProgress };
          return mode === 'incomplete' && previous
            ? retryIncomplete(previous.result, spec, run)
            : runBatch(spec, run);
        },
      );
    } catch (error) {
      // A panel left saying "Running…" would wait forever: it says why the run stopped instead.
      panel.showStopped(uri, describeError(error, secrets), secrets);
      throw error;
    }

    this.lastRuns.set(uri.toString(), { result, spec });
    panel.showResult(uri, result, secrets);
    await vscode.commands.executeCommand('setContext', 'fbbatch.hasIncomplete', this.lastRuns.hasIncomplete(uri.toString()));
    const summary = summarizeRun(result);
    this.log.info(`${label}: ${summary.text}`);
    if (summary.problem) void vscode.window.showWarningMessage(redactSecrets(summary.problem, secrets));
    return result;
  }
}
