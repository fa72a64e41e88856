import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { PAGE_ID, SPECIAL_TOKENS, startEmulator, type Emulator } from '../emulator';
import { buildCli, runCli, SECRET_TOKEN, tempFolder, type CliResult } from './helpers';

const BATCH = `// two operations, the second uses the first's result
[
  { "method": "GET", "name": "friends", "relative_url": "me/friends?limit=2" },
  { "method": "GET", "relative_url": "?ids={result=friends:$.data.*.id}&fields=name" }
]
`;
const WITH_FAILURE = `[
  { "method": "GET", "relative_url": "me?fields=id" },
  { "method": "GET", "relative_url": "no-such-object-42" }
]
`;
const INVALID = `[ { "method": "GET", "relative_url": "me?ids={result=nobody:$.id}" } ]`;
const NAMED_TOKEN = `[ { "method": "GET", "relative_url": "me?fields=id&access_token={{token:my-page}}" } ]`;

function assertNoToken(r: CliResult, ...tokens: string[]): void {
  for (const token of [SECRET_TOKEN, ...tokens]) {
    assert.ok(!r.stdout.includes(token) && !r.stderr.includes(token), `token "${token}" leaked`);
  }
}

describe('fbbatch run (against the emulator)', () => {
  let emulator: Emulator;
  let dir: string;
  let env: Record<string, string>;

  before(async () => {
    await buildCli();
    emulator = await startEmulator({ validTokens: [SECRET_TOKEN] });
    env = { FB_ACCESS_TOKEN: SECRET_TOKEN, FB_GRAPH_URL: emulator.url };
    dir = tempFolder({ 'ok.fbbatch': BATCH, 'fail.fbbatch': WITH_FAILURE, 'invalid.fbbatch': INVALID, 'named.fbbatch': NAMED_TOKEN });
  });
  after(() => emulator.close());
  beforeEach(() => {
    emulator.resetFaults();
    emulator.requests.length = 0;
  });

  test('every operation succeeds (or is omitted by design): a table, explanations, a summary, exit 0', async () => {
    const r = await runCli(['run', 'ok.fbbatch'], { cwd: dir, env });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0], /^#\s+name\s+request\s+status\s+outcome\s+time$/);
    assert.match(lines[1], /^1\s+friends\s+GET me\/friends\?limit=2\s+-\s+omitted\s+\d+ ms$/);
    assert.match(lines[2], /^2\s+GET \?ids=\{result=friends:\$\.data\.\*\.id\}.*200\s+success/);
    assert.match(r.stdout, /^#1 \(friends\) omitted: It succeeded; the API left out its body because/m);
    assert.match(lines.at(-1) ?? '', /^2 operations in 1 request, \d+ ms: 1 success, 1 omitted\.$/);
    assert.equal(emulator.requests.filter((q) => q.kind === 'batch').length, 1);
    assertNoToken(r);
  });

  test('--json prints the classified results; --out saves them whole', async () => {
    const r = await runCli(['run', '--json', '--out', 'results.json', 'ok.fbbatch'], { cwd: dir, env });
    assert.equal(r.code, 0, r.stderr);
    const printed = JSON.parse(r.stdout) as { operations: { outcome: string; rawBody?: string }[]; counts: Record<string, number> };
    assert.deepEqual(printed.operations.map((o) => o.outcome), ['omitted', 'success']);
    assert.equal(printed.counts.success, 1);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')), printed);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left behind');
    assertNoToken(r);
  });

  test('--out into a folder that cannot be written: the results still print, then the reason, exit 1', async () => {
    const r = await runCli(['run', '--out', dir, 'ok.fbbatch'], { cwd: dir, env });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /1 success, 1 omitted\.$/m);
    assert.match(r.stderr, /^fbbatch run: could not save the results to .* \(it is a directory\)\.$/m);
  });

  test('a failing operation: its error explained, exit 1', async () => {
    const r = await runCli(['run', 'fail.fbbatch'], { cwd: dir, env });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^2\s+GET no-such-object-42\s+400\s+graph-error/m);
    assert.match(r.stdout, /^#2 graph-error: The Graph API refused the operation \(code 100\): .*no-such-object-42/m);
    assert.match(r.stdout, /1 success, 1 graph-error\.$/m);
  });

  test('a whole-batch 400 (token refused): the request error, exit 2, token never shown', async () => {
    const badToken = 'EAAthisTokenIsNotKnownToTheEmulator77';
    const r = await runCli(['run', 'ok.fbbatch'], { cwd: dir, env: { ...env, FB_ACCESS_TOKEN: badToken } });
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stdout, /^Request 1 failed: The Graph API rejected the whole request \(HTTP 400\)/m);
    assert.match(r.stdout, /2 not-sent\.$/m);
    assertNoToken(r, badToken);
  });

  test('operations the batch ran out of time for: exit 1', async () => {
    emulator.setFaults({ batchTimeoutAfter: 1 });
    const r = await runCli(['run', 'fail.fbbatch'], { cwd: dir, env });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^#2 timed-out: The batch ran out of time/m);
  });

  test('a transient 503 is retried; with --retries 0 it is not (exit 1)', async () => {
    emulator.setFaults({ transient5xx: { count: 1 } });
    const retried = await runCli(['run', 'ok.fbbatch'], { cwd: dir, env });
    assert.equal(retried.code, 0, retried.stdout);
    emulator.setFaults({ transient5xx: { count: 1 } });
    const once = await runCli(['run', '--retries', '0', 'ok.fbbatch'], { cwd: dir, env });
    assert.equal(once.code, 1, once.stdout);
    assert.match(once.stdout, /Request 1 failed: .*HTTP 503/);
  });

  test('validation errors stop the run before anything is sent: exit 2', async () => {
    const r = await runCli(['run', 'invalid.fbbatch'], { cwd: dir, env });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^invalid\.fbbatch:1:\d+: error FB203: No operation is named "nobody"/m);
    assert.match(r.stderr, /nothing was sent/);
    assert.equal(emulator.requests.length, 0);
  });

  test('{{token:NAME}} comes from FB_TOKEN_<NAME>; a missing one stops the run (exit 2)', async () => {
    const missing = await runCli(['run', 'named.fbbatch'], { cwd: dir, env });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /uses \{\{token:my-page\}\}, but FB_TOKEN_MY_PAGE is not set/);
    assert.equal(emulator.requests.length, 0);
    const r = await runCli(['run', '--json', 'named.fbbatch'], { cwd: dir, env: { ...env, FB_TOKEN_MY_PAGE: SPECIAL_TOKENS.page } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const [op] = (JSON.parse(r.stdout) as { operations: { rawBody: string }[] }).operations;
    assert.equal((JSON.parse(op.rawBody) as { id: string }).id, PAGE_ID);
    assertNoToken(r, SPECIAL_TOKENS.page);
  });

  test('no FB_ACCESS_TOKEN, or an unreadable file: exit 2', async () => {
    const noToken = await runCli(['run', 'ok.fbbatch'], { cwd: dir, env: { FB_GRAPH_URL: emulator.url } });
    assert.equal(noToken.code, 2);
    assert.match(noToken.stderr, /set the FB_ACCESS_TOKEN environment variable/);
    const missing = await runCli(['run', 'gone.fbbatch'], { cwd: dir, env });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read gone\.fbbatch \(it does not exist\)/);
  });

  test('plain HTTP is refused except to this machine', async () => {
    const r = await runCli(['run', '--graph-url', 'http://graph.example.com', 'ok.fbbatch'], { cwd: dir, env });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Refusing to send an access token over plain HTTP/);
    assert.doesNotMatch(r.stderr, /fbbatch\.graphApiUrl/);
  });

  test('no connection, or no answer in time: the advice names the options and variables to check', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await runCli(['run', '--retries', '0', '--graph-url', `http://127.0.0.1:${port}`, 'ok.fbbatch'], { cwd: dir, env });
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(refused.stdout, /Could not reach the Graph API at 127\.0\.0\.1:\d+: the connection was refused.*Check the network connection, HTTPS_PROXY and --graph-url \(or FB_GRAPH_URL\)/);
    emulator.setFaults({ operationLatencyMs: 3000 });
    const late = await runCli(['run', '--retries', '0', '--timeout', '1', 'ok.fbbatch'], { cwd: dir, env });
    assert.equal(late.code, 1, late.stderr);
    assert.match(late.stdout, /did not answer within 1 s\..*raise --timeout\./);
    for (const r of [refused, late]) assert.doesNotMatch(r.stdout + r.stderr, /fbbatch\.|http\.proxy/);
  });

  test('HTTPS_PROXY carries the request: a CONNECT to the Graph API host, the token never in the clear, a refusal not retried', async () => {
    const seen: Buffer[] = [];
    const proxy = createServer((socket: Socket) => {
      socket.on('data', (chunk) => {
        seen.push(chunk);
        socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = proxy.address() as AddressInfo;
      // A host under .invalid: were the proxy ignored, nothing could be reached directly either.
      const proxied = { FB_ACCESS_TOKEN: SECRET_TOKEN, FB_GRAPH_URL: 'https://graph.facebook.invalid', HTTPS_PROXY: `127.0.0.1:${port}` };
      const r = await runCli(['run', 'ok.fbbatch'], { cwd: dir, env: proxied });
      assert.equal(r.code, 1, r.stderr);
      const received = Buffer.concat(seen).toString('latin1');
      assert.match(received, /^CONNECT graph\.facebook\.invalid:443 HTTP\/1\.1\r\n/);
      assert.equal(received.match(/CONNECT /g)?.length, 1, 'a refusal is not sent again');
      assert.ok(!received.includes(SECRET_TOKEN), 'the token reached the proxy in the clear');
      assert.match(r.stdout, new RegExp(`The proxy at 127\\.0\\.0\\.1:${port} refused to connect to the Graph API at graph\\.facebook\\.invalid \\(HTTP 403\\)\\. Check HTTPS_PROXY`));
      assertNoToken(r);
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  test('Ctrl+C cancels the request in flight: a message, exit 130', async () => {
    emulator.setFaults({ operationLatencyMs: 4000 });
    const started = Date.now();
    let interruptedAt = Number.POSITIVE_INFINITY;
    const r = await runCli(['run', 'ok.fbbatch'], {
      cwd: dir,
      env,
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (emulator.requests.some((q) => q.kind === 'batch') || Date.now() - started > 8000) {
            clearInterval(poll);
            interruptedAt = Date.now();
            child.kill('SIGINT');
          }
        }, 20);
      },
    });
    assert.equal(r.code, 130, r.stdout + r.stderr);
    assert.match(r.stderr, /Interrupted: cancelling requests in flight/);
    assert.match(r.stdout, /2 not-sent\.$/m);
    assert.ok(Date.now() - interruptedAt < 2000, 'stopped without waiting for the answer');
  });
});
