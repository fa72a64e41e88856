// Server behaviours the emulator does not produce (throttled uploads, a handle that never comes
// back), scripted with undici's MockAgent: nothing leaves the process.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { MockAgent } from 'undici';
import { startUpload, type StartUploadOptions, type UploadRetryEvent } from '../../../src/core/upload';
import { instantClock, TempFiles, uploadFailure } from './helpers';

const ORIGIN = 'http://127.0.0.1:9';
const SESSION = 'upload:MTpzY3JpcHRlZA?sig=AbC';
const files = new TempFiles();
after(() => files.remove());

function scriptedServer(): { agent: MockAgent; pool: ReturnType<MockAgent['get']> } {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const pool = agent.get(ORIGIN);
  pool.intercept({ path: (p) => p.startsWith('/v24.0/1234567890/uploads?'), method: 'POST' }).reply(200, { id: SESSION });
  return { agent, pool };
}

function options(agent: MockAgent, filePath: string, extra: Partial<StartUploadOptions> = {}): StartUploadOptions {
  return {
    client: { graphUrl: ORIGIN, apiVersion: 'v24.0', timeoutMs: 5000, dispatcher: agent },
    accessToken: 'test-token',
    appId: '1234567890',
    filePath,
    random: () => 0,
    ...extra,
  };
}

const sessionPath = `/v24.0/${SESSION}`;

describe('scripted server answers', () => {
  test('a throttled upload waits at least 5 s (or Retry-After), then resumes from the server offset', async () => {
    const path = files.random('throttled.png', 5000);
    const { agent, pool } = scriptedServer();
    pool
      .intercept({ path: sessionPath, method: 'POST' })
      .reply(400, { error: { message: '(#4) Application request limit reached', type: 'OAuthException', code: 4, is_transient: true } }, { headers: { 'retry-after': '7' } });
    pool.intercept({ path: sessionPath, method: 'GET' }).reply(200, { id: SESSION, file_offset: 0 });
    pool.intercept({ path: sessionPath, method: 'POST', headers: { file_offset: '0' } }).reply(200, { h: '2:handle' });
    const clock = instantClock();
    const retries: UploadRetryEvent[] = [];
    const outcome = await startUpload(options(agent, path, { clock, onRetry: (e) => retries.push(e) }));
    assert.equal(outcome.handle, '2:handle');
    assert.deepEqual(clock.sleeps, [7000]);
    assert.match(retries[0]!.reason, /throttling.*\(#4\) Application request limit reached/);
    await agent.close();
  });

  test('a complete file whose handle never comes back is a clear error naming the session, not a second upload', async () => {
    const path = files.random('nohandle.mp4', 4000);
    const { agent, pool } = scriptedServer();
    pool.intercept({ path: sessionPath, method: 'POST', headers: { file_offset: '0' } }).reply(503, 'gateway hiccup');
    pool.intercept({ path: sessionPath, method: 'GET' }).reply(200, { id: SESSION, file_offset: 4000 });
    pool.intercept({ path: sessionPath, method: 'POST', headers: { file_offset: '4000' } }).reply(200, { id: SESSION, file_offset: 4000 });
    const failure = await uploadFailure(startUpload(options(agent, path, { clock: instantClock() })));
    assert.equal(failure.kind, 'handle-lost');
    assert.match(failure.message, /holds all 4000 bytes .* upload session upload:MTpzY3JpcHRlZA\?sig=AbC/);
    assert.match(failure.message, /not sent a second time/);
    await agent.close();
  });

  test('a server offset beyond the file is refused as another file\'s session', async () => {
    const path = files.random('mismatch.pdf', 100);
    const { agent, pool } = scriptedServer();
    pool.intercept({ path: sessionPath, method: 'POST' }).reply(500, { error: { message: 'oops', code: 1, is_transient: true } });
    pool.intercept({ path: sessionPath, method: 'GET' }).reply(200, { id: SESSION, file_offset: 101 });
    const failure = await uploadFailure(startUpload(options(agent, path, { clock: instantClock() })));
    assert.equal(failure.kind, 'offset-mismatch');
    await agent.close();
  });
});
