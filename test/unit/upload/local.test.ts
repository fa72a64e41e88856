// The parts of an upload that need no server: file checks, types, progress throttling, verdicts.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { uploadFailure } from './helpers';
import { uploadFileType } from '../../../src/core/upload/fileType';
import { assertUnchanged, inspectLocalFile } from '../../../src/core/upload/localFile';
import { ProgressMeter } from '../../../src/core/upload/progress';
import type { UploadProgress } from '../../../src/core/upload/types';
import { judgeAnswer } from '../../../src/core/upload/verdict';
import { EDITOR_SETTING_NAMES } from '../../../src/core/graph';

const dir = mkdtempSync(join(tmpdir(), 'fbbatch-upload-local-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}


describe('file type by extension', () => {
  test('maps the five supported extensions, ignoring case', () => {
    assert.equal(uploadFileType('a/B.PDF'), 'application/pdf');
    assert.equal(uploadFileType('x.JPG'), 'image/jpeg');
    assert.equal(uploadFileType('x.jpeg'), 'image/jpeg');
    assert.equal(uploadFileType('x.Png'), 'image/png');
    assert.equal(uploadFileType('clip.mp4'), 'video/mp4');
  });
  test('rejects everything else', () => {
    assert.equal(uploadFileType('x.gif'), undefined);
    assert.equal(uploadFileType('pdf'), undefined);
    assert.equal(uploadFileType('x.pdf.txt'), undefined);
  });
});

describe('local file checks', () => {
  test('unsupported type names the file and the accepted types', async () => {
    const error = await uploadFailure(inspectLocalFile(file('notes.txt', 'hello')));
    assert.equal(error.kind, 'unsupported-type');
    assert.match(error.message, /notes\.txt/);
    assert.match(error.message, /\.pdf, \.jpg, \.jpeg, \.png, \.mp4/);
  });
  test('empty file is refused before anything is sent', async () => {
    const error = await uploadFailure(inspectLocalFile(file('empty.png', '')));
    assert.equal(error.kind, 'empty-file');
    assert.match(error.message, /empty/);
  });
  test('missing file says so', async () => {
    const error = await uploadFailure(inspectLocalFile(join(dir, 'gone.pdf')));
    assert.equal(error.kind, 'file-unreadable');
    assert.match(error.message, /does not exist/);
  });
  test('a changed size or modification time is noticed', async () => {
    const path = file('doc.pdf', 'abc');
    const before = await inspectLocalFile(path);
    await assertUnchanged(path, before, 'x');
    utimesSync(path, new Date(), new Date(before.mtimeMs + 5000));
    assert.equal((await uploadFailure(assertUnchanged(path, before, 'Nothing was sent.'))).kind, 'file-changed');
    writeFileSync(path, 'abcd');
    const error = await uploadFailure(assertUnchanged(path, before, 'Nothing was sent.'));
    assert.match(error.message, /size went from 3 to 4 bytes\)\. Nothing was sent\./);
  });
});

describe('progress meter', () => {
  function meter(total: number, interval = 100): { events: UploadProgress[]; at: { t: number }; m: ProgressMeter } {
    const events: UploadProgress[] = [];
    const at = { t: 0 };
    return { events, at, m: new ProgressMeter(total, () => at.t, (p) => events.push(p), interval) };
  }

  test('emits at most once per interval, and always the end once', () => {
    const { events, at, m } = meter(1000);
    for (let i = 1; i <= 100; i++) {
      at.t = i * 5; // 500 ms of updates, 5 ms apart
      m.update(i * 10);
    }
    m.update(1000);
    assert.ok(events.length <= 7, `${events.length} events`);
    assert.equal(events.at(-1)?.percent, 100);
    assert.equal(events.filter((e) => e.bytesDone === 1000).length, 1);
  });

  test('the rate follows the bytes per second', () => {
    const { events, at, m } = meter(10_000_000);
    for (let i = 0; i <= 20; i++) {
      at.t = i * 100;
      m.update(i * 100_000); // 1 MB/s
    }
    const last = events.at(-1);
    assert.ok(last && Math.abs(last.bytesPerSecond - 1_000_000) < 1000, `rate ${last?.bytesPerSecond}`);
    assert.equal(last?.percent, 20);
  });

  test('a pause does not drag the rate down', () => {
    const { events, at, m } = meter(10_000_000);
    for (let i = 0; i <= 5; i++) {
      at.t = i * 100;
      m.update(i * 100_000);
    }
    m.pause();
    at.t += 10_000; // a 10 s backoff
    m.update(500_000);
    at.t += 100;
    m.update(600_000);
    assert.ok((events.at(-1)?.bytesPerSecond ?? 0) > 900_000);
  });
});

describe('verdicts on Graph errors', () => {
  const answer = (status: number, error: Record<string, unknown>) =>
    ({ ok: false, status, error: { message: 'm', ...error } }) as const;
  const send = { stage: 'send', appId: '1', sessionId: 'upload:s?sig=x', settingNames: EDITOR_SETTING_NAMES } as const;

  test('throttling and 5xx are retried, throttling with a longer wait', () => {
    const throttled = judgeAnswer(answer(400, { code: 4, is_transient: true }), send);
    assert.ok(throttled.retry && (throttled.minDelayMs ?? 0) >= 5000);
    assert.equal(judgeAnswer(answer(503, { code: 2 }), send).retry, true);
    assert.equal(judgeAnswer(answer(502, {}), send).retry, true);
  });
  test('token, app and session problems stop with their own kind', () => {
    const kind = (v: ReturnType<typeof judgeAnswer>) => (v.retry ? 'retry' : v.error.kind);
    assert.equal(kind(judgeAnswer(answer(400, { code: 190 }), send)), 'bad-token');
    assert.equal(kind(judgeAnswer(answer(400, { code: 100, error_subcode: 33 }), { stage: 'create', appId: '9', settingNames: EDITOR_SETTING_NAMES })), 'wrong-app');
    assert.equal(kind(judgeAnswer(answer(400, { code: 100, error_subcode: 9104 }), send)), 'session-unknown');
    assert.equal(kind(judgeAnswer(answer(400, { code: 100 }), send)), 'server-error');
  });
});
