// Starting and stopping: in milliseconds, with open connections, and the standalone command.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from './index';
import { createUpload, runBatch, timed } from './support';


describe('lifecycle', () => {
  test('starts and stops in milliseconds on a free loopback port', async () => {
    const [emulator, started] = await timed(() => startEmulator());
    assert.match(emulator.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    await runBatch(emulator.url, [{ method: 'GET', relative_url: 'me' }]);
    const [, closed] = await timed(() => emulator.close());
    assert.ok(started < 500 && closed < 500, `start ${started} ms, close ${closed} ms`);
    await assert.rejects(fetch(`${emulator.url}/v24.0/me`));
  });

  test('close() ends open keep-alive and half-sent requests instead of waiting for them', async () => {
    const emulator = await startEmulator();
    const id = await createUpload(emulator.url, 1000);
    const hanging = request(`${emulator.url}/v24.0/${id}`, { method: 'POST', headers: { Authorization: 'OAuth test-token', file_offset: '0', 'Content-Length': '1000' } });
    const failed = new Promise((resolve) => hanging.on('error', resolve));
    hanging.write(Buffer.alloc(10));
    await new Promise((r) => setTimeout(r, 50));
    const [, closed] = await timed(() => emulator.close());
    assert.ok(closed < 500, `close took ${closed} ms`);
    await failed;
  });

  test('keeps uploads in a dataDir it was given, and accepts the configured tokens only', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'emu-data-'));
    try {
      const emulator = await startEmulator({ dataDir, validTokens: ['other-token'] });
      assert.equal((await fetch(`${emulator.url}/v24.0/me?access_token=other-token`)).status, 200);
      assert.equal((await fetch(`${emulator.url}/v24.0/me?access_token=test-token`)).status, 400);
      const query = new URLSearchParams({ file_length: '10', file_type: 'image/png', access_token: 'other-token' });
      await fetch(`${emulator.url}/v24.0/1234567890/uploads?${query}`, { method: 'POST' });
      await emulator.close();
      assert.equal(readdirSync(dataDir).filter((name) => name.endsWith('.bin')).length, 1);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('main.ts prints the URL and token, serves, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/emulator/main.ts', '--port', '0', '--latency', '5'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 15_000);
        child.stdout.on('data', (data: Buffer) => {
          output += data.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
          if (match && output.includes('test-token')) {
            clearTimeout(timer);
            resolve(match[0]);
          }
        });
      });
      const [entry] = await runBatch(url, [{ method: 'GET', relative_url: 'me' }]);
      assert.equal(entry?.code, 200);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
