import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { buildCli, ROOT, runCli } from './helpers';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('fbbatch help, version and usage errors', () => {
  before(() => buildCli());

  test('--version prints the package version', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await runCli([flag]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `${version}\n`);
    }
  });

  test('--help lists every command; each command has its own help', async () => {
    const general = await runCli(['--help']);
    assert.equal(general.code, 0);
    for (const name of ['check', 'run', 'upload', 'jsonpath']) {
      assert.match(general.stdout, new RegExp(`^  ${name} `, 'm'));
      const own = await runCli([name, '--help']);
      assert.equal(own.code, 0, name);
      assert.match(own.stdout, new RegExp(`^Usage: fbbatch ${name} `));
      assert.match(own.stdout, /Exit codes: 0 /);
      assert.deepEqual(await runCli(['help', name]).then((r) => r.stdout), own.stdout);
    }
  });

  test('no command: the help on stderr, exit 2', async () => {
    const r = await runCli([]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Usage: fbbatch <command>/);
  });

  test('an unknown command or option: plain words, exit 2, no stack trace', async () => {
    const unknown = await runCli(['chek', 'x.fbbatch']);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stderr, 'fbbatch: "chek" is not an fbbatch command. Commands: check, run, upload, jsonpath. See "fbbatch --help".\n');
    const option = await runCli(['run', '--jsn', 'x.fbbatch']);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /^fbbatch: Unknown option '--jsn'\. See "fbbatch run --help"\.\n$/);
  });

  test('a bad option value is a usage error', async () => {
    const r = await runCli(['run', '--timeout', 'soon', 'x.fbbatch'], { env: { FB_ACCESS_TOKEN: 'EAAxxxxxxxxxxxx' } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--timeout must be a number from 1 to 3600 \(got "soon"\)/);
  });
});
