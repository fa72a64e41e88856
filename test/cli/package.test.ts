// `npx fbbatch check` from the package as npm installs it: pack, install offline into a fresh
// project, run the bin. The CLI bundle carries its dependencies, so the staged package.json drops
// them: the install then needs no registry and no cache, and proves the bundle is self-contained.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { before, describe, test } from 'node:test';
import { buildCli, ROOT } from './helpers';

const run = promisify(execFile);

describe('the fbbatch bin from the packed package', () => {
  let project: string;
  let npmEnv: NodeJS.ProcessEnv;

  before(async () => {
    const work = mkdtempSync(join(tmpdir(), 'fbbatch-pkg-'));
    npmEnv = {
      PATH: process.env.PATH,
      HOME: work,
      npm_config_cache: join(work, 'npm-cache'),
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    };
    const stage = join(work, 'stage');
    mkdirSync(join(stage, 'dist'), { recursive: true });
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    delete manifest.dependencies;
    writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
    copyFileSync(await buildCli(), join(stage, 'dist', 'cli.js'));
    const packed = await run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: stage, env: npmEnv, timeout: 60_000 });
    const tarball = join(work, packed.stdout.trim().split('\n').at(-1) ?? '');
    project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-fbbatch', version: '1.0.0', private: true }));
    await run('npm', ['install', '--ignore-scripts', tarball], { cwd: project, env: npmEnv, timeout: 60_000 });
    writeFileSync(join(project, 'good.fbbatch'), '[ { "method": "GET", "relative_url": "me" } ]\n');
    writeFileSync(join(project, 'bad.fbbatch'), '[ { "method": "GET", "relative_url": "me", "body": "x=1" } ]\n');
  });

  test('npx fbbatch check: exit 0 on a valid file', async () => {
    const r = await run('npx', ['--no', '--', 'fbbatch', 'check', 'good.fbbatch'], { cwd: project, env: npmEnv, timeout: 30_000 });
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Checked 1 file: no problems/);
  });

  test('npx fbbatch check: the problem and exit 1 on an invalid file', async () => {
    await assert.rejects(
      run('npx', ['--no', '--', 'fbbatch', 'check', 'bad.fbbatch'], { cwd: project, env: npmEnv, timeout: 30_000 }),
      (error: { code?: number; stdout?: string }) => {
        assert.equal(error.code, 1);
        assert.match(error.stdout ?? '', /^bad\.fbbatch:1:44: error FB110: /);
        return true;
      },
    );
  });

  test('npx fbbatch --version', async () => {
    const r = await run('npx', ['--no', '--', 'fbbatch', '--version'], { cwd: project, env: npmEnv, timeout: 30_000 });
    assert.equal(r.stdout.trim(), (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
