// The upload request's watchdog: it gives up when nothing moves for the timeout, and the answer
// arriving (its head, then each piece of its body) counts as movement, as the file's bytes do.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sendFileFrom, StalledError } from '../../../src/core/upload/attempt';
import { TempFiles } from './helpers';

const files = new TempFiles();
let server: Server;
let base = '';
/** How long the server waits before its head, and again before the rest of its body. */
let pauseMs = 0;

before(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const timers = [
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"success":');
          timers.push(setTimeout(() => res.end('true}'), pauseMs));
        }, pauseMs),
      ];
      res.on('close', () => timers.forEach(clearTimeout));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  files.remove();
  await new Promise((resolve) => server.close(resolve));
});

const upload = (timeoutMs: number) => {
  const filePath = files.random('attempt.pdf', 64 * 1024);
  return sendFileFrom({ client: { graphUrl: base, apiVersion: 'v24.0', timeoutMs }, accessToken: 'test-token', sessionId: 'upload:abc', filePath, fileSize: 64 * 1024, offset: 0, onBytes: () => undefined });
};

describe('sendFileFrom', () => {
  test('a slow answer is waited for while it keeps coming: its head and the rest of its body each get a quiet period of their own', async () => {
    pauseMs = 300;
    assert.deepEqual(await upload(450), { ok: true, status: 200, json: { success: true } });
  });

  test('an answer that stops coming for longer than the timeout is given up on', async () => {
    pauseMs = 600;
    await assert.rejects(upload(300), (e: unknown) => e instanceof StalledError);
  });
});
