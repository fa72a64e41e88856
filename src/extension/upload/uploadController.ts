// "Upload to Graph API (resumable)": one session per file, a cancellable progress notification,
// the handle at the end, and interrupted sessions kept for "Resume Interrupted Uploads".
import * as path from 'node:path';
import { vscode } from '../vscode';
import { formatBytes } from '../../core/format';
import { uploadProgressText } from '../../core/upload/progressText';
import type { UploadOptions, UploadOutcome, UploadProgress, UploadSessionRecord } from '../../core/upload/types';
import { describeError } from '../errors';
import { checkEndpoint } from '../../core/graph';
import { resumeUpload, startUpload, UploadError } from '../../core/upload';
import { requireDefaultToken } from '../secrets/tokenCommands';
import type { TokenStore } from '../secrets/tokenStore';
import { ensureTrusted, readRunSettings } from '../settings';
import { requireAppId } from './appId';
import type { UploadStore } from './history';

const FILE_FILTERS = { 'Uploadable files': ['pdf', 'jpg', 'jpeg', 'png', 'mp4', 'PDF', 'JPG', 'JPEG', 'PNG', 'MP4'] };

interface Prepared {
  readonly accessToken: string;
  readonly options: UploadOptions;
}

export class UploadController {
  constructor(
    private readonly tokens: TokenStore,
    private readonly store: UploadStore,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** From the explorer (clicked + selected files) or the palette (asks for a file). */
  async upload(clicked?: unknown, selected?: unknown): Promise<string[]> {
    const uris = await this.filesFrom(clicked, selected);
    if (uris.length === 0) return [];
    const prepared = await this.prepare();
    if (!prepared) return [];
    const appId = await requireAppId();
    if (!appId) {
      void vscode.window.showWarningMessage('Nothing was uploaded: an app id is needed (setting fbbatch.appId).');
      return [];
    }
    const handles: string[] = [];
    for (const uri of uris) {
      const handle = await this.withProgress(path.basename(uri.fsPath), prepared, (options) =>
        startUpload({ ...options, appId, filePath: uri.fsPath, onSession: (record) => void this.store.savePending(record) }),
      );
      if (handle) handles.push(handle);
    }
    return handles;
  }

  async resume(): Promise<string | undefined> {
    const pending = this.store.pending();
    if (pending.length === 0) {
      void vscode.window.showInformationMessage('There are no interrupted uploads to resume.');
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      pending.map((record) => ({
        label: path.basename(record.filePath),
        description: `${formatBytes(record.bytesConfirmed)} of ${formatBytes(record.fileSize)} on the server`,
        detail: `${record.filePath} · started ${new Date(record.createdAt).toLocaleString()} · app ${record.appId}`,
        record,
      })),
      { placeHolder: 'Which upload should continue?' },
    );
    if (!picked) return undefined;
    const prepared = await this.prepare();
    if (!prepared) return undefined;
    return this.withProgress(path.basename(picked.record.filePath), prepared, (options) => resumeUpload(picked.record, options));
  }

  private async filesFrom(clicked: unknown, selected: unknown): Promise<vscode.Uri[]> {
    if (Array.isArray(selected) && selected.length > 0 && selected.every((u) => u instanceof vscode.Uri)) return selected;
    if (clicked instanceof vscode.Uri) return [clicked];
    return (await vscode.window.showOpenDialog({ canSelectMany: true, filters: FILE_FILTERS, openLabel: 'Upload' })) ?? [];
  }

  private async prepare(): Promise<Prepared | undefined> {
    if (!(await ensureTrusted('Uploading'))) return undefined;
    const settings = readRunSettings();
    try {
      checkEndpoint(settings.graphUrl);
    } catch (error) {
      void vscode.window.showErrorMessage(describeError(error, []));
      return undefined;
    }
    const accessToken = await requireDefaultToken(this.tokens);
    if (!accessToken) {
      void vscode.window.showWarningMessage('Nothing was uploaded: an access token is needed (fbbatch: Set Default Access Token).');
      return undefined;
    }
    const client = { graphUrl: settings.graphUrl, apiVersion: settings.apiVersion, timeoutMs: settings.timeoutMs, proxyUrl: settings.proxyUrl };
    return { accessToken, options: { client, accessToken, maxRetries: settings.uploadMaxRetries } };
  }

  /** Runs one upload under a progress notification; returns the handle, or undefined when it did not finish. */
  private async withProgress(
    fileName: string,
    prepared: Prepared,
    start: (options: Prepared['options']) => Promise<UploadOutcome>,
  ): Promise<string | undefined> {
    try {
      const outcome = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Uploading ${fileName}`, cancellable: true },
        (progress, cancellation) => {
          const abort = new AbortController();
          cancellation.onCancellationRequested(() => abort.abort());
          let shown = 0;
          const onProgress = (p: UploadProgress): void => {
            progress.report({
              increment: p.percent - shown,
              message: uploadProgressText(p),
            });
            shown = p.percent;
          };
          const onRetry = (): void => progress.report({ message: 'Connection interrupted; asking the server where to continue…' });
          return start({ ...prepared.options, signal: abort.signal, onProgress, onRetry });
        },
      );
      await this.finished(fileName, outcome);
      return outcome.handle;
    } catch (error) {
      await this.failed(fileName, error, prepared);
      return undefined;
    }
  }

  private async finished(fileName: string, outcome: UploadOutcome): Promise<void> {
    const { record, handle } = outcome;
    await this.store.removePending(record.sessionId);
    await this.store.addFinished({ filePath: record.filePath, fileSize: record.fileSize, finishedAt: new Date().toISOString(), handle, appId: record.appId });
    this.log.info(`Uploaded ${record.filePath} (${formatBytes(record.fileSize)}) in ${outcome.attempts} attempt(s): handle ${handle}`);
    void vscode.window.showInformationMessage(`Uploaded ${fileName}. Handle: ${handle}`, 'Copy Handle').then(async (choice) => {
      if (choice) await vscode.env.clipboard.writeText(handle);
    });
  }

  private async failed(fileName: string, error: unknown, prepared: Prepared): Promise<void> {
    const message = describeError(error, [prepared.accessToken]);
    const record = error instanceof UploadError ? error.record : undefined;
    const cancelled = error instanceof UploadError && error.kind === 'cancelled';
    this.log.warn(`Upload of ${fileName} stopped: ${message}`);
    if (!record) {
      void vscode.window.showErrorMessage(message);
      return;
    }
    await this.keepOrDrop(record, cancelled, message);
  }

  private async keepOrDrop(record: UploadSessionRecord, cancelled: boolean, message: string): Promise<void> {
    await this.store.savePending(record);
    if (cancelled) {
      // The core's message already asks whether to keep the session.
      const choice = await vscode.window.showInformationMessage(
        message,
        'Keep for Later',
        'Discard',
      );
      if (choice !== 'Keep for Later') await this.store.removePending(record.sessionId);
      return;
    }
    const choice = await vscode.window.showWarningMessage(`${message} It was saved; resume it any time.`, 'Resume Now');
    if (choice === 'Resume Now') await vscode.commands.executeCommand('fbbatch.resumeUploads');
  }
}
