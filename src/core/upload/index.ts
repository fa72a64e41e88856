/**
 * Resumable uploads to the Graph API (`/{app-id}/uploads`), shared by the extension and the CLI.
 *
 *   startUpload({ client, accessToken, appId, filePath, signal?, onProgress?, onSession?, onRetry?, maxRetries?, clock? })
 *     → Promise<UploadOutcome>   creates a session, calls onSession(record) at once, streams the file.
 *   resumeUpload(record, { client, accessToken, ... })
 *     → Promise<UploadOutcome>   checks the file is unchanged (size + mtime), asks the server for its
 *                                offset and continues from there.
 *
 * The file is streamed from disk in one request per attempt (constant memory). After a network
 * failure, a stall (nothing moving for client.timeoutMs), a 5xx or throttling, the upload asks the
 * server how many bytes it holds and continues from there, up to maxRetries times in a row without
 * progress. When the answer to the last request is lost, the handle is asked for again without
 * re-sending bytes. Every failure is an UploadError with a `kind` and a redacted plain-words
 * `message`; when the session can be continued later it carries `record` (which never holds the
 * token): save it and pass it to resumeUpload. Cancelling (signal) also yields the record; the
 * caller decides whether to keep it.
 */
import { resolve } from 'node:path';
import { checkEndpoint, GraphConfigError, redactSecrets, retryWithBackoff, settingNamesOf, systemClock } from '../graph';
import { UploadError } from './errors';
import { assertUnchanged, inspectLocalFile, type LocalFile } from './localFile';
import { createSession } from './protocol';
import { assertUsableRecord, SESSION_ID_PATTERN } from './record';
import { DEFAULT_MAX_RETRIES, driveSession } from './session';
import type { StartUploadOptions, UploadOptions, UploadOutcome, UploadSessionRecord } from './types';
import { judgeAnswer, judgeThrown, type Verdict } from './verdict';

export { UploadError, type UploadErrorKind } from './errors';
export { SUPPORTED_EXTENSIONS, uploadFileType } from './fileType';
export type {
  StartUploadOptions,
  UploadOptions,
  UploadOutcome,
  UploadProgress,
  UploadRetryEvent,
  UploadSessionRecord,
} from './types';

export async function startUpload(options: StartUploadOptions): Promise<UploadOutcome> {
  return redactedFailures(options.accessToken, async () => {
    checkEndpoint(options.client.graphUrl, settingNamesOf(options.client));
    const file = await inspectLocalFile(resolve(options.filePath));
    const sessionId = await openSession(options, file);
    const record: UploadSessionRecord = {
      filePath: file.path,
      fileSize: file.size,
      fileMtimeMs: file.mtimeMs,
      fileType: file.fileType,
      appId: options.appId,
      sessionId,
      apiVersion: options.client.apiVersion,
      createdAt: new Date((options.clock ?? systemClock).now()).toISOString(),
      bytesConfirmed: 0,
    };
    options.onSession?.(record);
    return driveSession(options, record, 0);
  });
}

export async function resumeUpload(record: UploadSessionRecord, options: UploadOptions): Promise<UploadOutcome> {
  return redactedFailures(options.accessToken, async () => {
    checkEndpoint(options.client.graphUrl, settingNamesOf(options.client));
    assertUsableRecord(record);
    await assertUnchanged(record.filePath, { size: record.fileSize, mtimeMs: record.fileMtimeMs }, 'Nothing was sent.');
    return driveSession(options, record, undefined);
  });
}

/** `POST /{app-id}/uploads`, retried on transient failures (a lost answer only leaves an unused session). */
async function openSession(options: StartUploadOptions, file: LocalFile): Promise<string> {
  type Outcome = { readonly sessionId: string } | { readonly verdict: Verdict };
  const outcome = await retryWithBackoff<Outcome>(
    async () => {
      try {
        const answer = await createSession(options.client, {
          appId: options.appId,
          accessToken: options.accessToken,
          fileName: file.name,
          fileLength: file.size,
          fileType: file.fileType,
          signal: options.signal,
        });
        if (!answer.ok) return { verdict: judgeAnswer(answer, { stage: 'create', appId: options.appId, settingNames: settingNamesOf(options.client) }) };
        const id = answer.json.id;
        if (typeof id === 'string' && SESSION_ID_PATTERN.test(id)) return { sessionId: id };
        return { verdict: { retry: false, error: new UploadError('server-error', 'The server did not return a usable upload session id. Try again later.') } };
      } catch (error) {
        return { verdict: judgeThrown(error) };
      }
    },
    {
      retries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      baseDelayMs: options.baseDelayMs,
      maxDelayMs: options.maxDelayMs,
      random: options.random,
      clock: options.clock,
      signal: options.signal,
      shouldRetry: (o) => 'verdict' in o && o.verdict.retry,
      minDelayMs: (o) => ('verdict' in o && o.verdict.retry ? o.verdict.minDelayMs : undefined),
      onRetry: (retry, delayMs, o) => {
        if ('verdict' in o && o.verdict.retry) options.onRetry?.({ retry, maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES, delayMs, reason: o.verdict.reason });
      },
    },
  );
  if ('sessionId' in outcome) return outcome.sessionId;
  if (options.signal?.aborted) throw new UploadError('cancelled', `The upload of "${file.name}" was cancelled before anything was sent.`);
  const { verdict } = outcome;
  if (!verdict.retry) throw verdict.error;
  throw new UploadError('interrupted', `Could not start the upload of "${file.name}": ${verdict.reason}. Nothing was uploaded; try again later.`);
}

/** Every failure leaves as an UploadError whose message holds no token. */
async function redactedFailures<T>(accessToken: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const clean = (text: string): string => redactSecrets(text, [accessToken]);
    if (error instanceof UploadError) throw new UploadError(error.kind, clean(error.message), { record: error.record, status: error.status });
    if (error instanceof GraphConfigError) throw new UploadError('endpoint-refused', clean(error.message));
    const detail = error instanceof Error ? error.message : String(error);
    throw new UploadError('server-error', `The upload failed unexpectedly: ${clean(detail)}`);
  }
}
