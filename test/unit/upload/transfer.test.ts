// Uploads against the local emulator, with its faults: each ends with the emulator holding a
// byte-exact copy (same SHA-256) of the local file.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startUpload, type UploadProgress, type UploadRetryEvent, type UploadSessionRecord } from '../../../src/core/upload';
import { instantClock, sha256Of, uploadTestBed } from './helpers';

const MiB = 1024 * 1024;
const TOKEN = 'test-token';
const APP_ID = '1234567890';

const bed = uploadTestBed();
const files = bed.files;

function options(filePath: string, extra: { timeoutMs?: number } = {}) {
  const retries: UploadRetryEvent[] = [];
  const progress: UploadProgress[] = [];
  const sessions: UploadSessionRecord[] = [];
  return {
    retries,
    progress,
    sessions,
    upload: {
      client: { graphUrl: bed.emulator.url, apiVersion: 'v24.0', timeoutMs: extra.timeoutMs ?? 10_000 },
      accessToken: TOKEN,
      appId: APP_ID,
      filePath,
      clock: instantClock(),
      random: () => 0,
      onRetry: (event: UploadRetryEvent) => retries.push(event),
      onProgress: (event: UploadProgress) => progress.push(event),
      onSession: (record: UploadSessionRecord) => sessions.push(record),
    },
  };
}

describe('upload against the emulator', { timeout: 60_000 }, () => {
  test('a plain upload stores the exact file in one request and reports progress', async () => {
    const path = files.random('plain.mp4', 3 * MiB + 17);
    const run = options(path);
    const outcome = await startUpload(run.upload);
    assert.match(outcome.handle, /^\S+$/);
    assert.equal(bed.emulator.uploadSha256(outcome.record.sessionId), sha256Of(path));
    assert.equal(outcome.bytesSent, 3 * MiB + 17);
    assert.equal(outcome.attempts, 1);
    assert.equal(outcome.recoveredHandle, false);
    assert.equal(run.sessions.length, 1);
    assert.equal(run.sessions[0]?.sessionId, outcome.record.sessionId);
    assert.ok(!JSON.stringify(run.sessions[0]).includes(TOKEN), 'the record must not hold the token');
    assert.equal(run.progress.at(-1)?.percent, 100);
    assert.equal(run.progress.at(-1)?.totalBytes, 3 * MiB + 17);
  });

  for (const dropAt of [1, 65_537, Math.floor(0.6 * 4 * MiB) + 3]) {
    test(`a connection dropped after ${dropAt} bytes resumes from the server's offset`, async () => {
      const size = 4 * MiB + 5;
      const path = files.random(`drop-${dropAt}.pdf`, size);
      const run = options(path);
      const outcome = await startUpload({ ...run.upload, onSession: () => bed.emulator.setFaults({ dropUploadAfterBytes: { bytes: dropAt } }) });
      assert.equal(bed.emulator.uploadSha256(outcome.record.sessionId), sha256Of(path));
      assert.equal(outcome.attempts, 2);
      assert.equal(run.retries.length, 1);
      // The resume starts at the server's offset and sends exactly the rest; what the first attempt
      // had already handed to the connection (socket buffers) counts as sent but is at most the file.
      const appends = bed.emulator.requests.filter((r) => r.kind === 'upload-append').slice(-2);
      assert.deepEqual(appends.map((r) => [r.fileOffset, r.bytesStored]), [[0, dropAt], [dropAt, size - dropAt]]);
      assert.ok(outcome.bytesSent >= size && outcome.bytesSent <= 2 * size - dropAt, `sent ${outcome.bytesSent} bytes`);
    });
  }

  test('transient 5xx answers are retried with backoff', async () => {
    const path = files.random('busy.png', 200_000);
    const run = options(path);
    const outcome = await startUpload({ ...run.upload, onSession: () => bed.emulator.setFaults({ transient5xx: { count: 2, status: 503 } }) });
    assert.equal(bed.emulator.uploadSha256(outcome.record.sessionId), sha256Of(path));
    assert.equal(run.retries.length, 2);
    assert.ok(run.retries[1]!.delayMs > run.retries[0]!.delayMs, 'backoff grows');
  });

  test('a lost final answer recovers the handle without sending the file again', async () => {
    const size = 2 * MiB;
    const path = files.random('lost.mp4', size);
    const run = options(path);
    const outcome = await startUpload({ ...run.upload, onSession: () => bed.emulator.setFaults({ loseFinalUploadResponse: {} }) });
    assert.equal(bed.emulator.uploadSha256(outcome.record.sessionId), sha256Of(path));
    assert.equal(outcome.recoveredHandle, true);
    assert.equal(outcome.bytesSent, size, 'no byte was sent twice');
    const appends = bed.emulator.requests.filter((r) => r.kind === 'upload-append');
    assert.deepEqual(appends.slice(-2).map((r) => r.fileOffset), [0, size]);
  });

  test('a slow server is waited for while bytes keep moving', async () => {
    const size = 600_000;
    const path = files.random('slow.pdf', size);
    const run = options(path, { timeoutMs: 2000 });
    bed.emulator.setFaults({ uploadBytesPerSecond: 1_000_000, responseDelayMs: 200 });
    const outcome = await startUpload({ ...run.upload, clock: undefined });
    assert.equal(bed.emulator.uploadSha256(outcome.record.sessionId), sha256Of(path));
    assert.equal(outcome.attempts, 1);
    assert.ok(outcome.elapsedMs >= 500, `took ${outcome.elapsedMs} ms`);
  });

  test('a server that goes quiet is given up on after the timeout, then resumed', async () => {
    const size = 300_000;
    const path = files.random('stall.pdf', size);
    const run = options(path, { timeoutMs: 300 });
    const clock = instantClock(() => bed.emulator.setFaults({ responseDelayMs: 0 }));
    const outcome = await startUpload({ ...run.upload, clock, onSession: () => bed.emulator.setFaults({ responseDelayMs: 1500 }) });
    assert.equal(bed.emulator.uploadSha256(outcome.record.sessionId), sha256Of(path));
    assert.match(run.retries[0]!.reason, /stalled \(nothing moved for 0\.3 s\)/);
    assert.equal(outcome.attempts, 2);
  });

  test('the ?sig= of the session id travels as a real query string', async () => {
    const path = files.random('sig.png', 1000);
    const outcome = await startUpload(options(path).upload);
    assert.match(outcome.record.sessionId, /^upload:[^?]+\?sig=/);
    const append = bed.emulator.requests.filter((r) => r.kind === 'upload-append').at(-1);
    assert.ok(append && !/%3F/i.test(append.path) && /sig=/.test(append.query), JSON.stringify(append));
    assert.equal(append.status, 200);
  });
});
