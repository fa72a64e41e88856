// Interrupted uploads (cancelled, out of retries) and what a later resume does with the saved record;
// and every refusal, each with a message that says what to do and never shows the token.
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { resumeUpload, startUpload, type StartUploadOptions, type UploadSessionRecord } from '../../../src/core/upload';
import { instantClock, sha256Of, uploadFailure, uploadTestBed } from './helpers';

const MiB = 1024 * 1024;
const TOKEN = 'test-token';

const bed = uploadTestBed();
const files = bed.files;

function options(filePath: string, overrides: Partial<StartUploadOptions> = {}): StartUploadOptions {
  return {
    client: { graphUrl: bed.emulator.url, apiVersion: 'v24.0', timeoutMs: 10_000 },
    accessToken: TOKEN,
    appId: '1234567890',
    filePath,
    clock: instantClock(),
    random: () => 0,
    ...overrides,
  };
}

/** What a caller would write to disk and read back in another process. */
const saved = (record: UploadSessionRecord | undefined): UploadSessionRecord => JSON.parse(JSON.stringify(record)) as UploadSessionRecord;

/** The server's offset once it has stopped changing (the cancelled request's bytes are all stored). */
async function settledOffset(sessionId: string): Promise<number> {
  let last = -1;
  let same = 0;
  for (let i = 0; i < 100 && same < 3; i++) {
    const now = bed.emulator.uploadOffset(sessionId) ?? 0;
    same = now === last ? same + 1 : 0;
    last = now;
    await delay(150);
  }
  return last;
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const appendRequests = (): number => bed.emulator.requests.filter((r) => r.kind === 'upload-append').length;

describe('interrupted uploads and resume', { timeout: 60_000 }, () => {
  test('cancelling stops promptly and returns the record; resuming sends only the rest', async () => {
    const size = 16 * MiB; // larger than what loopback socket buffers hold, so a cancel leaves part unsent
    const path = files.random('cancel.mp4', size);
    bed.emulator.setFaults({ uploadBytesPerSecond: 250_000 }); // slow enough that a loaded machine still cancels mid-file
    const controller = new AbortController();
    let abortedAt = Number.POSITIVE_INFINITY;
    // Cancel once the server has stored a good part, whatever the machine's speed.
    const abortWhenStored = async (sessionId: string): Promise<void> => {
      for (let i = 0; i < 500 && (bed.emulator.uploadOffset(sessionId) ?? 0) < 300_000; i++) await delay(10);
      abortedAt = Date.now();
      controller.abort();
    };
    const failure = await uploadFailure(startUpload(options(path, { signal: controller.signal, onSession: (r) => void abortWhenStored(r.sessionId) })));
    assert.ok(Date.now() - abortedAt < 1000, `stopped ${Date.now() - abortedAt} ms after the abort`);
    assert.equal(failure.kind, 'cancelled');
    assert.ok(failure.record, 'a cancelled upload hands back its session record');
    assert.ok(!JSON.stringify(failure.record).includes(TOKEN));
    assert.match(failure.message, /cancelled.*Keep the session to resume it later/);
    // What the server kept of the stopped request, as it says after the cancel (not the count from before the request).
    assert.ok(failure.record!.bytesConfirmed >= 300_000, `the record says the server holds ${failure.record!.bytesConfirmed} bytes`);
    assert.match(failure.message, /was cancelled with \d+\.\d (KB|MB) of 16\.0 MB \(\d+%\) stored on the server/);

    bed.emulator.resetFaults();
    // Resume "later": once the server has stored what reached it before the cancel.
    const held = await settledOffset(failure.record!.sessionId);
    assert.ok(held > 0 && held < size, `the server kept ${held} bytes sent before the cancel`);
    const outcome = await resumeUpload(saved(failure.record), options(path));
    assert.equal(bed.emulator.uploadSha256(outcome.record.sessionId), sha256Of(path));
    assert.ok(outcome.bytesSent <= size - held, `the resume sent ${outcome.bytesSent} bytes; the server lacked ${size - held}`);
  });

  test('after the retries run out the error carries the record, and a later resume finishes', async () => {
    const size = 3 * MiB;
    const path = files.random('flaky.pdf', size);
    // One drop after 700 001 bytes, then the server keeps failing: no progress, so the retries run out.
    const failure = await uploadFailure(
      startUpload(
        options(path, {
          maxRetries: 1,
          onSession: () => bed.emulator.setFaults({ dropUploadAfterBytes: { bytes: 700_001 } }),
          onRetry: () => bed.emulator.setFaults({ transient5xx: { count: 100 } }),
        }),
      ),
    );
    assert.equal(failure.kind, 'interrupted');
    assert.match(failure.message, /session is kept/);
    assert.ok(failure.record);

    bed.emulator.resetFaults();
    const outcome = await resumeUpload(saved(failure.record), options(path));
    assert.equal(bed.emulator.uploadSha256(outcome.record.sessionId), sha256Of(path));
    assert.equal(outcome.bytesSent, size - 700_001, 'the resume sent exactly what the server lacked');
  });

  test('progress made between failures earns a fresh set of retries', async () => {
    const size = 3 * MiB;
    const path = files.random('progress.png', size);
    const outcome = await startUpload(
      options(path, { maxRetries: 1, onSession: () => bed.emulator.setFaults({ dropUploadAfterBytes: { bytes: 600_000, times: 4 } }) }),
    );
    assert.equal(bed.emulator.uploadSha256(outcome.record.sessionId), sha256Of(path));
    assert.equal(outcome.attempts, 5);
  });

  test('a file changed since the session started is refused before anything is sent', async () => {
    const path = files.random('changed.jpg', MiB);
    const failure = await uploadFailure(
      startUpload(options(path, { maxRetries: 0, onSession: () => bed.emulator.setFaults({ dropUploadAfterBytes: { bytes: 1000 } }) })),
    );
    bed.emulator.resetFaults();
    appendFileSync(path, 'more');
    const before = appendRequests();
    const changed = await uploadFailure(resumeUpload(saved(failure.record), options(path)));
    assert.equal(changed.kind, 'file-changed');
    assert.match(changed.message, /changed\.jpg" changed since the upload started .*Nothing was sent\. Start a new upload/);
    assert.equal(appendRequests(), before);
  });
});

describe('refusals say what to do', { timeout: 30_000 }, () => {
  test('unsupported type and empty file are refused without a request', async () => {
    const before = bed.emulator.requests.length;
    assert.equal((await uploadFailure(startUpload(options(files.text('a.gif', 'GIF89a'))))).kind, 'unsupported-type');
    assert.equal((await uploadFailure(startUpload(options(files.text('b.png', ''))))).kind, 'empty-file');
    assert.equal(bed.emulator.requests.length, before);
  });

  test('a wrong app id names the app and the setting', async () => {
    const failure = await uploadFailure(startUpload(options(files.random('app.png', 10), { appId: '999' })));
    assert.equal(failure.kind, 'wrong-app');
    assert.match(failure.message, /App 999 .*fbbatch\.appId/);
  });

  test('a bad token is refused, and no message shows it', async () => {
    const secret = 'EAAB-not-a-valid-token-1234567';
    const failure = await uploadFailure(startUpload(options(files.random('token.png', 10), { accessToken: secret })));
    assert.equal(failure.kind, 'bad-token');
    assert.match(failure.message, /set a new token/);
    assert.ok(!failure.message.includes(secret));
  });

  test('an unknown session cannot be resumed and says to start again', async () => {
    const path = files.random('unknown.pdf', 100);
    const { mtimeMs } = await import('node:fs').then((fs) => fs.statSync(path));
    const record: UploadSessionRecord = {
      filePath: path,
      fileSize: 100,
      fileMtimeMs: mtimeMs,
      fileType: 'application/pdf',
      appId: '1234567890',
      sessionId: 'upload:MTpub3RoZXJl?sig=abc',
      apiVersion: 'v24.0',
      createdAt: new Date().toISOString(),
      bytesConfirmed: 0,
    };
    const failure = await uploadFailure(resumeUpload(record, options(path)));
    assert.equal(failure.kind, 'session-unknown');
    assert.match(failure.message, /upload:MTpub3RoZXJl\?sig=abc.*start a new upload/);
    assert.equal(failure.record, undefined);

    const before = bed.emulator.requests.length;
    const damaged = { ...record, sessionId: 'upload:a b', fileSize: -1 };
    const refused = await uploadFailure(resumeUpload(damaged, options(path)));
    assert.match(refused.message, /damaged \(bad fileSize, sessionId\).*Start a new upload/);
    assert.equal(bed.emulator.requests.length, before, 'nothing was sent for a damaged record');
  });

  test('a plain-http Graph URL other than loopback is refused before anything is sent', async () => {
    const failure = await uploadFailure(
      startUpload(options(files.random('endpoint.png', 10), { client: { graphUrl: 'http://graph.example.com', apiVersion: 'v24.0', timeoutMs: 1000 } })),
    );
    assert.equal(failure.kind, 'endpoint-refused');
  });
});
