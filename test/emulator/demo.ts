// `npm run demo`: the main job on an embedded default. Starts the local Graph API emulator and runs
// the example batches and an example upload through the real CLI against it, printing what it prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_APP_ID, DEFAULT_TOKEN, startEmulator } from './index';

function fbbatch(args: string[], env: NodeJS.ProcessEnv): number {
  console.log(`\n$ fbbatch ${args.join(' ')}`);
  const result = spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fbbatch-demo-'));
  const emulator = await startEmulator({ dataDir });
  console.log(`Local Graph API emulator on ${emulator.url} (test token "${DEFAULT_TOKEN}", app id ${DEFAULT_APP_ID})`);
  const env = { FB_ACCESS_TOKEN: DEFAULT_TOKEN, FB_GRAPH_URL: emulator.url, FB_APP_ID: DEFAULT_APP_ID };
  try {
    const statuses = [
      fbbatch(['check', 'examples'], env),
      fbbatch(['run', 'examples/friends.fbbatch'], env),
      fbbatch(['run', 'examples/photos.fbbatch'], env),
      fbbatch(['upload', 'examples/cat.png'], env),
    ];
    const failed = statuses.filter((s) => s !== 0).length;
    console.log(failed === 0 ? '\nDemo finished: every step succeeded.' : `\nDemo finished: ${failed} step(s) failed (see above).`);
    process.exitCode = failed === 0 ? 0 : 1;
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
