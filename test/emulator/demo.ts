// `npm run demo`: the main job on an embedded default. Starts the local Graph API emulator and runs
// the example batches and an example upload through the real CLI against it, printing what it prints.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_APP_ID, DEFAULT_TOKEN, startEmulator } from './index';

// Asynchronous: the emulator answers from this same process, so its event loop must keep running.
function fbbatch(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  console.log(`\n$ fbbatch ${args.join(' ')}`);
  const child = spawn(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fbbatch-demo-'));
  const emulator = await startEmulator({ dataDir });
  console.log(`Local Graph API emulator on ${emulator.url} (test token "${DEFAULT_TOKEN}", app id ${DEFAULT_APP_ID})`);
  const env = { FB_ACCESS_TOKEN: DEFAULT_TOKEN, FB_GRAPH_URL: emulator.url, FB_APP_ID: DEFAULT_APP_ID };
  try {
    const steps = [['check', 'examples'], ['run', 'examples/friends.fbbatch'], ['run', 'examples/photos.fbbatch'], ['upload', 'examples/cat.png']];
    const statuses: number[] = [];
    for (const step of steps) statuses.push(await fbbatch(step, env));
    const failed = statuses.filter((s) => s !== 0).length;
    console.log(failed === 0 ? '\nDemo finished: every step succeeded.' : `\nDemo finished: ${failed} step(s) failed (see above).`);
    process.exitCode = failed === 0 ? 0 : 1;
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
