// Drives an existing upload session to its end: send from the server's offset, and after any
// transient failure ask the server what it holds and continue from there (bounded, with backoff).
import { basename } from 'node:path';
import { formatBytes } from '../format';
import { backoffDelay, settingNamesOf, systemClock, type GraphClientOptions } from '../graph';
import { sendFileFrom } from './attempt';
import { UploadError } from './errors';
import { assertUnchanged, type LocalFileIdentity } from './localFile';
import { ProgressMeter } from './progress';
import { querySession, type SessionCall } from './protocol';
import type { UploadOptions, UploadOutcome, UploadSessionRecord } from './types';
import { judgeAnswer, judgeThrown, VerdictError, type Verdict } from './verdict';

export const DEFAULT_MAX_RETRIES = 5;
const DEFAULT_PROGRESS_INTERVAL_MS = 100;

/**
 * `knownOffset` is the server's offset when it is known without asking (0 for a new session);
 * undefined makes the first step a query.
 */
export async function driveSession(options: UploadOptions, initial: UploadSessionRecord, knownOffset: number | undefined): Promise<UploadOutcome> {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const client: GraphClientOptions = { ...options.client, apiVersion: initial.apiVersion };
  const call: SessionCall = { client, accessToken: options.accessToken, sessionId: initial.sessionId, signal: options.signal };
  const meter = new ProgressMeter(initial.fileSize, () => clock.now(), options.onProgress, options.progressIntervalMs ?? DEFAULT_PROGRESS_INTERVAL_MS);
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const size = initial.fileSize;
  let record = initial;
  let offset = knownOffset;
  let failures = 0;
  let bytesSent = 0;
  let attempts = 0;

  for (;;) {
    let verdict: Verdict;
    try {
      if (offset === undefined) offset = await confirmedOffset(call, record);
      // Progress confirmed by the server earns a fresh set of retries and a short backoff again.
      if (offset > record.bytesConfirmed) failures = 0;
      record = { ...record, bytesConfirmed: offset };
      meter.update(offset);
      await assertUnchanged(record.filePath, identityOf(record), 'Nothing more was sent.');
      const from = offset;
      let sentNow = 0;
      attempts += 1;
      const answer = await sendFileFrom({
        ...call,
        filePath: record.filePath,
        fileSize: size,
        offset: from,
        onBytes: (bytes) => {
          bytesSent += bytes;
          sentNow += bytes;
          meter.update(from + sentNow);
        },
      });
      const handle = answer.ok ? answer.json.h : undefined;
      if (typeof handle === 'string' && handle !== '') {
        await assertUnchanged(record.filePath, identityOf(record), 'The uploaded copy may mix old and new content: do not use its handle.');
        record = { ...record, bytesConfirmed: size };
        meter.update(size);
        const elapsedMs = clock.now() - started;
        return { handle, record, bytesSent, attempts, elapsedMs, recoveredHandle: from === size };
      }
      if (answer.ok) {
        if (from === size) throw handleLost(record, 'its answer had no handle');
        verdict = { retry: true, reason: 'the server answered without a file handle' };
      } else {
        verdict = judgeAnswer(answer, { stage: 'send', appId: record.appId, sessionId: record.sessionId, settingNames: settingNamesOf(client) });
        // Asking for the handle of a complete file was refused for good: say so rather than send it again.
        const refused = verdict.retry ? verdict.resync === true : verdict.error.kind === 'server-error';
        if (from === size && refused) throw handleLost(record, `it answered ${JSON.stringify(answer.error.message)}`);
      }
    } catch (error) {
      verdict = judgeThrown(error);
    }
    offset = undefined;
    if (options.signal?.aborted) throw await cancelledAfterAsking(call, record);
    if (!verdict.retry) throw attachRecord(verdict.error, record);
    failures += 1;
    if (failures > maxRetries) throw interrupted(record, verdict.reason, failures);
    const delayMs = Math.min(
      Math.max(backoffDelay(failures - 1, { ...options, retries: maxRetries }), verdict.minDelayMs ?? 0),
      Math.max(options.maxDelayMs ?? 30_000, verdict.minDelayMs ?? 0),
    );
    options.onRetry?.({ retry: failures, maxRetries, delayMs, reason: verdict.reason });
    meter.pause();
    await clock.sleep(delayMs, options.signal);
    if (options.signal?.aborted) throw await cancelledAfterAsking(call, record);
  }
}

/** The server's own count of the bytes it holds: the only offset an upload continues from. */
async function confirmedOffset(call: SessionCall, record: UploadSessionRecord): Promise<number> {
  const answer = await querySession(call);
  if (!answer.ok) throw new VerdictError(judgeAnswer(answer, { stage: 'query', appId: record.appId, sessionId: record.sessionId, settingNames: settingNamesOf(call.client) }));
  const raw = answer.json.file_offset;
  const offset = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) {
    throw new VerdictError({ retry: true, reason: 'the server answered the offset query without a valid file_offset' });
  }
  if (offset > record.fileSize) {
    throw new UploadError(
      'offset-mismatch',
      `Upload session ${record.sessionId} holds ${offset} bytes, more than "${basename(record.filePath)}" has (${record.fileSize}); it belongs to another file. Start a new upload.`,
    );
  }
  return offset;
}

function identityOf(record: UploadSessionRecord): LocalFileIdentity {
  return { size: record.fileSize, mtimeMs: record.fileMtimeMs };
}

function handleLost(record: UploadSessionRecord, what: string): UploadError {
  return new UploadError(
    'handle-lost',
    `The server holds all ${record.fileSize} bytes of "${basename(record.filePath)}" in upload session ${record.sessionId}, ` +
      `but the answer with the file handle was lost and asking again did not return it (${what}). The file was not sent a second time. ` +
      'Look the upload up by its session id, or start a new upload to get a handle.',
  );
}

/** How long a cancelled upload waits for the server to say what it kept (the user asked to stop). */
const CANCEL_QUERY_TIMEOUT_MS = 3000;

/**
 * The cancellation, with the server's count of what it kept: bytes of the stopped request are
 * stored up to the moment it stopped, so the count from before the request would say too little.
 * If the server does not answer quickly, the last confirmed count stands.
 */
async function cancelledAfterAsking(call: SessionCall, record: UploadSessionRecord): Promise<UploadError> {
  const quick: SessionCall = { ...call, signal: undefined, client: { ...call.client, timeoutMs: Math.min(call.client.timeoutMs, CANCEL_QUERY_TIMEOUT_MS) } };
  try {
    const offset = await confirmedOffset(quick, record);
    return cancelled({ ...record, bytesConfirmed: Math.max(offset, record.bytesConfirmed) });
  } catch {
    return cancelled(record);
  }
}

function cancelled(record: UploadSessionRecord): UploadError {
  const percent = record.fileSize > 0 ? ` (${Math.floor((record.bytesConfirmed / record.fileSize) * 100)}%)` : '';
  return new UploadError(
    'cancelled',
    `The upload of "${basename(record.filePath)}" was cancelled with ${formatBytes(record.bytesConfirmed)} of ${formatBytes(record.fileSize)}${percent} stored on the server. ` +
      'Keep the session to resume it later, or discard it.',
    { record },
  );
}

function interrupted(record: UploadSessionRecord, reason: string, tries: number): UploadError {
  return new UploadError(
    'interrupted',
    `The upload of "${basename(record.filePath)}" stopped after ${tries} failed tries in a row: ${reason}. ` +
      `The server had confirmed ${record.bytesConfirmed} of ${record.fileSize} bytes; the session is kept, so the upload can resume from there later.`,
    { record },
  );
}

/** A refused token can be replaced and the session continued; other stops end the session for good. */
function attachRecord(error: UploadError, record: UploadSessionRecord): UploadError {
  if (error.kind === 'cancelled') return cancelled(record);
  if (error.kind !== 'bad-token') return error;
  return new UploadError(error.kind, error.message, { record, status: error.status });
}
