import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { DEFAULT_APP_ID, startEmulator, type Emulator } from '../emulator';
import { buildCli, runCli, SECRET_TOKEN, tempFolder, type CliResult } from './helpers';

const FILE_SIZE = 300_000;

function hasScript(): boolean {
  return spawnSync('script', ['--version']).status === 0;
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

describe('fbbatch upload (against the emulator)', () => {
  let emulator: Emulator;
  let dir: string;
  let content: Buffer;
  let env: Record<string, string>;

  /** The session id the CLI used, as the emulator saw it (`upload:...?sig=...`). */
  const sessionId = (): string => {
    const append = emulator.requests.find((q) => q.kind === 'upload-append' || q.kind === 'upload-status');
    assert.ok(append, 'an upload request reached the emulator');
    return `${append.path.replace(/^\/v[\d.]+\//, '')}${append.query}`;
  };

  const assertUploaded = (r: CliResult): void => {
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^[^\s]+\n$/, 'only the handle on stdout');
    assert.equal(emulator.uploadSha256(sessionId()), sha256(content), 'the server holds exactly the file');
    assert.ok(!r.stdout.includes(SECRET_TOKEN) && !r.stderr.includes(SECRET_TOKEN), 'token leaked');
  };

  const storedSessions = (stateDir: string): { sessionId: string }[] =>
    (JSON.parse(readFileSync(join(stateDir, 'uploads.json'), 'utf8')) as { sessions: { sessionId: string }[] }).sessions;

  before(async () => {
    await buildCli();
    emulator = await startEmulator({ validTokens: [SECRET_TOKEN] });
    content = randomBytes(FILE_SIZE);
    dir = tempFolder({ 'photo.png': content, 'notes.txt': 'hello' });
    env = { FB_ACCESS_TOKEN: SECRET_TOKEN, FB_GRAPH_URL: emulator.url, FB_APP_ID: DEFAULT_APP_ID };
  });
  after(() => emulator.close());
  beforeEach(() => {
    emulator.resetFaults();
    emulator.requests.length = 0;
  });

  test('prints the handle and nothing else on stdout; the bytes arrive exactly', async () => {
    const r = await runCli(['upload', 'photo.png', '--app-id', DEFAULT_APP_ID], { cwd: dir, env });
    assertUploaded(r);
    assert.match(r.stderr, /Uploaded photo\.png \(293\.0 KB\)/);
  });

  test('a connection dropped mid-upload is resumed: still the handle, byte-exact', async () => {
    emulator.setFaults({ dropUploadAfterBytes: { bytes: 100_000 } });
    const r = await runCli(['upload', 'photo.png'], { cwd: dir, env });
    assertUploaded(r);
    assert.match(r.stderr, /resuming in \d+ s \(retry 1 of 5\)/);
    assert.ok(emulator.requests.some((q) => q.fault === 'drop'), 'the fault happened');
  });

  test('a lost final answer: the handle is asked for again', async () => {
    emulator.setFaults({ loseFinalUploadResponse: {} });
    assertUploaded(await runCli(['upload', 'photo.png'], { cwd: dir, env }));
  });

  test('interrupted for good: exit 1, the resume command; --resume finishes it byte-exact', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'fbbatch-state-'));
    emulator.setFaults({ dropUploadAfterBytes: { bytes: 120_000, times: Infinity } });
    const first = await runCli(['upload', '--retries', '0', 'photo.png'], { cwd: dir, env: { ...env, FBBATCH_STATE_DIR: stateDir } });
    assert.equal(first.code, 1, first.stderr);
    assert.equal(first.stdout, '');
    const id = sessionId();
    assert.ok(first.stderr.includes(`fbbatch upload photo.png --resume '${id}' --graph-url ${emulator.url}`), first.stderr);
    assert.deepEqual(storedSessions(stateDir).map((s) => s.sessionId), [id]);
    assert.equal(emulator.uploadOffset(id), 120_000);

    emulator.resetFaults();
    const resumed = await runCli(['upload', 'photo.png', '--resume', id], { cwd: dir, env: { ...env, FBBATCH_STATE_DIR: stateDir } });
    assertUploaded(resumed);
    assert.deepEqual(storedSessions(stateDir), [], 'the finished session is forgotten');
    const appended = emulator.requests.filter((q) => q.kind === 'upload-append');
    assert.equal(appended.at(-1)?.fileOffset, 120_000, 'continued where the server stood');
  });

  test('--resume refuses an unknown session, another file or a changed file (exit 2)', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'fbbatch-state-'));
    const own = tempFolder({ 'a.png': content, 'b.png': content });
    const stateEnv = { ...env, FBBATCH_STATE_DIR: stateDir };
    const unknown = await runCli(['upload', 'a.png', '--resume', 'upload:nothing?sig=x'], { cwd: own, env: stateEnv });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /No interrupted upload with session id "upload:nothing\?sig=x"/);

    emulator.setFaults({ dropUploadAfterBytes: { bytes: 50_000, times: Infinity } });
    const first = await runCli(['upload', '--retries', '0', 'a.png'], { cwd: own, env: stateEnv });
    assert.equal(first.code, 1);
    const id = sessionId();
    emulator.resetFaults();
    const other = await runCli(['upload', 'b.png', '--resume', id], { cwd: own, env: stateEnv });
    assert.equal(other.code, 2);
    assert.match(other.stderr, /belongs to .*a\.png, not .*b\.png/);
    writeFileSync(join(own, 'a.png'), randomBytes(FILE_SIZE));
    utimesSync(join(own, 'a.png'), new Date(), new Date(Date.now() + 5000));
    const changed = await runCli(['upload', 'a.png', '--resume', id], { cwd: own, env: stateEnv });
    assert.equal(changed.code, 2, changed.stderr);
    assert.match(changed.stderr, /changed/);
  });

  test('a file type the API does not take, or no app id: exit 2 before anything is sent', async () => {
    const text = await runCli(['upload', 'notes.txt'], { cwd: dir, env });
    assert.equal(text.code, 2, text.stderr);
    assert.equal(text.stdout, '');
    const noApp = await runCli(['upload', 'photo.png'], { cwd: dir, env: { FB_ACCESS_TOKEN: SECRET_TOKEN, FB_GRAPH_URL: emulator.url } });
    assert.equal(noApp.code, 2);
    assert.match(noApp.stderr, /pass --app-id ID or set FB_APP_ID/);
    assert.equal(emulator.requests.length, 0);
  });

  test('an app that cannot take the upload: exit 1, and the advice names --app-id, not an editor setting', async () => {
    const r = await runCli(['upload', 'photo.png', '--app-id', '999000999'], { cwd: dir, env });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /App 999000999 cannot receive this upload .*Check --app-id \(or FB_APP_ID\), and that/);
    assert.doesNotMatch(r.stderr, /fbbatch\./);
  });

  test('on a terminal, a progress bar redrawn in place on stderr', { skip: hasScript() ? false : 'needs script(1) for a pseudo-terminal' }, async () => {
    const cli = await buildCli();
    const r = await runCli([], {
      cwd: dir,
      env,
      command: ['script', '-qec', `'${process.execPath}' '${cli}' upload photo.png > handle.txt`, '/dev/null'],
    });
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /\r\x1b\[K\[#{30}\] 100% · 293\.0 KB of 293\.0 KB sent · waiting for the server to confirm/);
    assert.match(r.stdout, /Uploaded photo\.png/);
    assert.match(readFileSync(join(dir, 'handle.txt'), 'utf8'), /^[^\s]+\n$/);
  });

  test('Ctrl+C stops the upload: exit 130 and how to resume', async () => {
    emulator.setFaults({ uploadBytesPerSecond: 20_000 });
    const started = Date.now();
    const r = await runCli(['upload', 'photo.png'], {
      cwd: dir,
      env,
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (emulator.requests.some((q) => q.kind === 'upload-append') || Date.now() - started > 8000) {
            clearInterval(poll);
            setTimeout(() => child.kill('SIGINT'), 200);
          }
        }, 20);
      },
    });
    assert.equal(r.code, 130, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /To resume it later, run:\n {2}fbbatch upload photo\.png --resume 'upload:/);
  });
});
