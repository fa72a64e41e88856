import assert from 'node:assert/strict';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { buildCli, runCli, tempFolder } from './helpers';

const VALID = `[
  { "method": "GET", "name": "me", "relative_url": "me?fields=id" },
  { "method": "GET", "relative_url": "?ids={result=me:$.id}" }
]
`;
// Line 3 col 52 (1-based): the reference to an operation that does not exist.
const BROKEN = `[
  { "method": "GET", "name": "me", "relative_url": "me" },
  { "method": "GET", "relative_url": "?ids={result=mee:$.id}" }
]
`;
const WARNING_ONLY = `[
  { "method": "get", "relative_url": "me" }
]
`;

describe('fbbatch check', () => {
  let dir: string;
  before(async () => {
    await buildCli();
    dir = tempFolder({
      'valid.fbbatch': VALID,
      'broken.fbbatch': BROKEN,
      'warn.fbbatch': WARNING_ONLY,
      'nested/deep/other.fbbatch': VALID,
      'nested/notes.txt': 'not a batch',
      'node_modules/dep/x.fbbatch': BROKEN,
    });
  });

  test('a valid file: no output on stdout, exit 0', async () => {
    const r = await runCli(['check', 'valid.fbbatch'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Checked 1 file: no problems/);
  });

  test('an error: path:line:col: severity code: message, exit 1', async () => {
    const r = await runCli(['check', 'broken.fbbatch'], { cwd: dir });
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1, r.stdout);
    assert.match(lines[0], /^broken\.fbbatch:3:52: error FB203: No operation is named "mee"\. Did you mean "me"\?/);
  });

  test('warnings alone still exit 0', async () => {
    const r = await runCli(['check', 'warn.fbbatch'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /^warn\.fbbatch:2:15: warning FB104: /);
  });

  test('--format json: LSP-style 0-based ranges per file', async () => {
    const r = await runCli(['check', '--format', 'json', 'broken.fbbatch', 'valid.fbbatch'], { cwd: dir });
    assert.equal(r.code, 1);
    const parsed = JSON.parse(r.stdout) as { file: string; diagnostics: { code: string; severity: string; message: string; range: unknown }[] }[];
    assert.deepEqual(parsed.map((f) => f.file), ['broken.fbbatch', 'valid.fbbatch']);
    assert.deepEqual(parsed[1].diagnostics, []);
    const [d] = parsed[0].diagnostics;
    assert.equal(d.code, 'FB203');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: 2, character: 51 }, end: { line: 2, character: 54 } });
  });

  test('a directory means every .fbbatch below it, skipping node_modules', async () => {
    const r = await runCli(['check', '--format', 'json', '.'], { cwd: dir });
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file);
    assert.deepEqual(files, ['broken.fbbatch', join('nested', 'deep', 'other.fbbatch'), 'valid.fbbatch', 'warn.fbbatch']);
    assert.equal(r.code, 1);
  });

  test('globs: * stays in one folder, ** goes down', async () => {
    const one = await runCli(['check', '--format', 'json', '*.fbbatch'], { cwd: dir });
    assert.equal((JSON.parse(one.stdout) as unknown[]).length, 3);
    const deep = await runCli(['check', '--format', 'json', 'nested/**/*.fbbatch', 'v?lid.fbbatch'], { cwd: dir });
    assert.deepEqual((JSON.parse(deep.stdout) as { file: string }[]).map((f) => f.file), [join('nested', 'deep', 'other.fbbatch'), 'valid.fbbatch']);
    assert.equal(deep.code, 0);
  });

  test('a missing file or a glob without matches: exit 2 with the reason on stderr', async () => {
    const missing = await runCli(['check', 'valid.fbbatch', 'nope.fbbatch'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.fbbatch: no such file or directory/);
    const none = await runCli(['check', 'zzz*.fbbatch'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /zzz\*\.fbbatch: no \.fbbatch files found/);
  });

  test('an unreadable file: exit 2', { skip: process.getuid?.() === 0 ? 'root reads every file' : false }, async () => {
    const locked = tempFolder({ 'locked.fbbatch': VALID });
    chmodSync(join(locked, 'locked.fbbatch'), 0o000);
    const r = await runCli(['check', 'locked.fbbatch'], { cwd: locked });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read the file \(permission denied\)/);
  });

  test('a folder name checks only what is below it', async () => {
    const r = await runCli(['check', 'nested'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /Checked 1 file/);
  });

  test('a dangling symlink is reported, exit 2', async () => {
    const linked = tempFolder({});
    symlinkSync(join(linked, 'gone.fbbatch'), join(linked, 'link.fbbatch'));
    const r = await runCli(['check', 'link.fbbatch'], { cwd: linked });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /link\.fbbatch: no such file or directory/);
  });

  test('{{token:NAME}} counts as stored when its FB_TOKEN_ variable is set', async () => {
    const named = tempFolder({ 't.fbbatch': '[ { "method": "GET", "relative_url": "me?access_token={{token:my-page}}" } ]' });
    const unset = await runCli(['check', 't.fbbatch'], { cwd: named });
    assert.equal(unset.code, 0);
    assert.match(unset.stdout, /^t\.fbbatch:1:\d+: information FB502: No token for \{\{token:my-page\}\} is set: set FB_TOKEN_MY_PAGE before "fbbatch run"\.$/m);
    const set = await runCli(['check', 't.fbbatch'], { cwd: named, env: { FB_TOKEN_MY_PAGE: 'EAAsomePageTokenValue123' } });
    assert.equal(set.stdout, '');
  });

  test('a literal token is reported with terminal advice, never with its value', async () => {
    const token = 'EAABsbCS1iHgBAZBq0xyzxyzxyz12345';
    const folder = tempFolder({ 't.fbbatch': `[ { "method": "GET", "relative_url": "me?access_token=${token}" } ]` });
    const r = await runCli(['check', 't.fbbatch'], { cwd: folder });
    assert.match(r.stdout, /^t\.fbbatch:1:\d+: warning FB501: .*Put it in an FB_TOKEN_<NAME> environment variable and write \{\{token:name\}\} instead\.$/m);
    assert.doesNotMatch(r.stdout, /quick fix/);
    assert.ok(!r.stdout.includes(token) && !r.stderr.includes(token));
  });

  test('usage errors exit 2 without a stack trace', async () => {
    for (const args of [['check'], ['check', '--format', 'xml', 'valid.fbbatch'], ['check', '--bogus', 'valid.fbbatch']]) {
      const r = await runCli(args, { cwd: dir });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^fbbatch: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });

  test('attachments are checked relative to the file, outside --root is flagged', async () => {
    const withAttachment = `{ "attachments": { "f": "./pic.png" }, "batch": [ { "method": "POST", "relative_url": "me/photos", "attached_files": "f" } ] }`;
    const project = tempFolder({ 'sub/a.fbbatch': withAttachment });
    const missing = await runCli(['check', 'sub/a.fbbatch'], { cwd: project });
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /error FB402/);
    const present = tempFolder({ 'sub/a.fbbatch': withAttachment, 'sub/pic.png': 'x' });
    const ok = await runCli(['check', 'sub/a.fbbatch'], { cwd: present });
    assert.equal(ok.code, 0, ok.stdout);
    const outside = await runCli(['check', '--root', join(present, 'elsewhere'), 'sub/a.fbbatch'], { cwd: present });
    assert.match(outside.stdout, /warning FB403/);
  });
});
