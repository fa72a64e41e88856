import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { execFile } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ProxyAgent } from 'undici';
import { Readable } from 'node:stream';
import { dispatcherFor, exchange, GraphConfigError, GraphTransportError, sendGraphRequest, type GraphClientOptions } from '../../../src/core/graph';

const run = promisify(execFile);

let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    if (req.url?.startsWith('/slow')) {
      const timer = setTimeout(() => res.end('late'), 5000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (req.url === '/stalls-mid-body') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[{"code":200,');
      const timer = setTimeout(() => res.end('"body":"{}"}]'), 5000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (req.url === '/bom') return void res.end(Buffer.from('\ufeff{"ok":true}'));
    if (req.url === '/split') {
      // A two-byte character split between two writes, so it arrives in two chunks.
      const bytes = Buffer.from(`{"message":"${'é'.repeat(3000)}"}`);
      res.write(bytes.subarray(0, 1001));
      return void setTimeout(() => res.end(bytes.subarray(1001)), 30);
    }
    if (req.url === '/early-hints') {
      res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
      return void res.end('the final answer');
    }
    res.setHeader('X-App-Usage', '{"call_count":3}');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.end(`${req.method} ${req.url} ${req.headers['user-agent']}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = (extra: Partial<GraphClientOptions> = {}): GraphClientOptions => ({ graphUrl: base, apiVersion: 'v24.0', timeoutMs: 2000, ...extra });

describe('sendGraphRequest', () => {
  test('returns status, lower-case headers and text, with the user agent', async () => {
    const response = await sendGraphRequest(client({ userAgent: 'fbbatch-test' }), { method: 'GET', url: `${base}/v24.0/me` });
    assert.equal(response.status, 200);
    assert.equal(response.text, 'GET /v24.0/me fbbatch-test');
    assert.equal(response.headers['x-app-usage'], '{"call_count":3}');
    assert.equal(response.headers['set-cookie'], 'a=1, b=2');
    assert.ok(response.elapsedMs >= 0);
  });

  test('refuses a non-loopback plain HTTP URL before sending', async () => {
    await assert.rejects(sendGraphRequest(client(), { method: 'GET', url: 'http://example.com/v24.0/me' }), GraphConfigError);
  });

  test('times out with a plain message', async () => {
    const started = Date.now();
    await assert.rejects(
      sendGraphRequest(client({ timeoutMs: 100 }), { method: 'GET', url: `${base}/slow` }),
      (e: unknown) => e instanceof GraphTransportError && e.kind === 'timeout' && /within 0\.1 s/.test(e.message),
    );
    assert.ok(Date.now() - started < 1500);
  });

  test('cancels promptly when the signal aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(
      sendGraphRequest(client(), { method: 'GET', url: `${base}/slow`, signal: controller.signal }),
      (e: unknown) => e instanceof GraphTransportError && e.kind === 'cancelled',
    );
  });

  test('reads the whole answer as UTF-8: a character split across chunks stays whole, a byte order mark is dropped', async () => {
    const split = await sendGraphRequest(client(), { method: 'GET', url: `${base}/split` });
    assert.deepEqual(JSON.parse(split.text), { message: 'é'.repeat(3000) });
    const bom = await sendGraphRequest(client(), { method: 'GET', url: `${base}/bom` });
    assert.deepEqual(JSON.parse(bom.text), { ok: true });
  });

  test('an interim answer (103 Early Hints) is skipped for the final one', async () => {
    const response = await sendGraphRequest(client(), { method: 'GET', url: `${base}/early-hints` });
    assert.equal(response.status, 200);
    assert.equal(response.text, 'the final answer');
  });

  test('an answer that stops halfway: a timeout, or a cancellation when the signal aborts meanwhile', async () => {
    await assert.rejects(
      sendGraphRequest(client({ timeoutMs: 150 }), { method: 'GET', url: `${base}/stalls-mid-body` }),
      (e: unknown) => e instanceof GraphTransportError && e.kind === 'timeout',
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    await assert.rejects(
      sendGraphRequest(client(), { method: 'GET', url: `${base}/stalls-mid-body`, signal: controller.signal }),
      (e: unknown) => e instanceof GraphTransportError && e.kind === 'cancelled',
    );
    assert.ok(Date.now() - started < 1500);
  });

  test('one signal serves many requests: each takes its abort listener away when it is done', async () => {
    const controller = new AbortController();
    for (let i = 0; i < 5; i++) await sendGraphRequest(client(), { method: 'GET', url: `${base}/v24.0/me`, signal: controller.signal });
    await assert.rejects(sendGraphRequest(client({ timeoutMs: 100 }), { method: 'GET', url: `${base}/slow`, signal: controller.signal }));
    assert.equal(getEventListeners(controller.signal, 'abort').length, 0);
  });

  test('cancels at once while the connection is still being made (a TLS handshake that never finishes)', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const silent = createTcpServer((socket) => sockets.add(socket.on('error', () => undefined)));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    try {
      await assert.rejects(
        sendGraphRequest(client({ graphUrl: url }), { method: 'GET', url: `${url}/v24.0/me`, signal: controller.signal }),
        (e: unknown) => e instanceof GraphTransportError && e.kind === 'cancelled',
      );
      assert.ok(Date.now() - started < 1500, 'not after undici\'s 10 s connect timeout');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  test('a request its dispatcher refuses outright: rejected, with no abort listener left and its body stream closed', async () => {
    const controller = new AbortController();
    const body = Readable.from(['never sent']);
    const proxy = new ProxyAgent('http://127.0.0.1:9');
    // undici's ProxyAgent refuses a Proxy-Authorization header before it takes the request.
    await assert.rejects(exchange(proxy, new URL(`${base}/v24.0/me`), { method: 'POST', headers: { 'proxy-authorization': 'Basic eA==' }, body, signal: controller.signal, timeoutMs: 1000 }));
    assert.equal(getEventListeners(controller.signal, 'abort').length, 0);
    assert.equal(body.destroyed, true);
    await proxy.close();
  });

  test("works through a global dispatcher that another copy of undici installed (Node's own fetch)", async () => {
    const fixture = fileURLToPath(new URL('./foreign-dispatcher.fixture.ts', import.meta.url));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', fixture, `${base}/v24.0/me`], { cwd: fileURLToPath(new URL('../../..', import.meta.url)), timeout: 20_000 });
    assert.deepEqual(JSON.parse(stdout), { foreign: true, status: 200, text: 'POST /v24.0/me fbbatch', cookies: 'a=1, b=2' });
  });

  test('a refused connection is a network error that carries no token', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await assert.rejects(
      sendGraphRequest(client(), { method: 'POST', url: `http://127.0.0.1:${port}/v24.0/x?access_token=SECRET123`, secrets: ['SECRET123'] }),
      (e: unknown) => e instanceof GraphTransportError && e.kind === 'network' && /connection was refused/.test(e.message) && !e.message.includes('SECRET123'),
    );
  });
});

describe('dispatcherFor', () => {
  test('uses a proxy agent for remote hosts, never for loopback, and the caller’s own dispatcher first', () => {
    const options = client({ proxyUrl: 'http://127.0.0.1:3128' });
    assert.ok(dispatcherFor(options, new URL('https://graph.facebook.com')) instanceof ProxyAgent);
    assert.equal(dispatcherFor(options, new URL('http://127.0.0.1:1')), undefined);
    const own = new ProxyAgent('http://127.0.0.1:9');
    assert.equal(dispatcherFor({ ...options, dispatcher: own }, new URL('https://graph.facebook.com')), own);
  });

  test('a proxy URL that cannot be used: a configuration error before anything is sent, without its password', async () => {
    assert.throws(() => dispatcherFor(client({ proxyUrl: 'not a url' }), new URL('https://graph.facebook.com')), /Only http:\/\/ and https:\/\/ proxies are supported\. Fix the proxy setting \(http\.proxy, or HTTPS_PROXY\)\./);
    const malformed = client({ graphUrl: 'https://graph.facebook.com', proxyUrl: 'http://alice:s3cr%zzet@proxy.corp:3128' });
    await assert.rejects(sendGraphRequest(malformed, { method: 'GET', url: 'https://graph.facebook.com/v24.0/me' }), (e: unknown) =>
      e instanceof GraphConfigError && /The URL of the proxy at proxy\.corp:3128 is not valid/.test(e.message) && !/alice|s3cr/.test(e.message));
  });

  test('a proxy that refuses the tunnel or cannot be reached: said of the proxy, in the host\'s own names; a refusal is not retried', async () => {
    let proxyStatus = 407;
    const proxy = createTcpServer((socket) => socket.once('data', () => socket.end(`HTTP/1.1 ${proxyStatus} No\r\nContent-Length: 0\r\n\r\n`)));
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const at = `127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const send = (proxyUrl: string, extra: Partial<GraphClientOptions> = {}) =>
      sendGraphRequest(client({ graphUrl: 'https://graph.facebook.com', proxyUrl, ...extra }), { method: 'GET', url: 'https://graph.facebook.com/v24.0/me' });
    const failure = async (promise: Promise<unknown>): Promise<GraphTransportError> => {
      const error = await promise.then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof GraphTransportError, String(error));
      return error;
    };
    const cli = { graphUrl: '--graph-url', timeout: '--timeout', proxy: 'HTTPS_PROXY', appId: '--app-id' };
    try {
      const asks = await failure(send(`http://${at}`));
      assert.equal(asks.kind, 'proxy');
      assert.equal(asks.message, `The proxy at ${at} wants a user name and password (HTTP 407).`);
      assert.match(asks.advice, /^Give them in the proxy setting \(http\.proxy, or HTTPS_PROXY\), as http:\/\/user:password@host:port/);
      const wrong = await failure(send(`http://alice:s3cret@${at}`));
      assert.equal(wrong.message, `The proxy at ${at} did not accept the user name and password in its URL (HTTP 407).`);
      proxyStatus = 403;
      const refused = await failure(send(`http://${at}`, { settingNames: cli }));
      assert.equal(refused.kind, 'proxy');
      assert.equal(refused.message, `The proxy at ${at} refused to connect to the Graph API at graph.facebook.com (HTTP 403).`);
      assert.match(refused.advice, /^Check HTTPS_PROXY, or ask whoever runs the proxy/);
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
    const gone = await failure(send(`http://${at}`));
    assert.equal(gone.kind, 'network');
    assert.match(gone.message, new RegExp(`^Could not reach the proxy at ${at.replace(/\./g, '\\.')}: the connection was refused`));
  });
});
