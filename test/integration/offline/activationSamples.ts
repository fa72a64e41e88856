// Several cold activations of the product inside real VS Code, for the benchmark: VS Code activates
// an extension once per extension host, so each sample needs a host of its own. One code-server
// session serves them all; reloading the window gives the next one (a new extension host process,
// the same way a user's reload or a new window does). The runner alternates the moment of each
// sample (protocol.ts, sampleMoment).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS_DIR, FIXTURES_DIR } from '../launch/paths';
import { LayerFailure } from '../launch/steps';
import { isActivationSample, RUNNER_ENV, type ActivationSample } from '../protocol';
import { startSession } from './session';

const LAYER = 'activation';
const SAMPLE_TIMEOUT_MS = 60_000;

/** The complete lines so far: the runner may be writing the next one. */
function samplesIn(file: string): ActivationSample[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(0, -1)
    .map((line) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        parsed = undefined;
      }
      if (!isActivationSample(parsed)) throw new LayerFailure(LAYER, `the runner wrote an activation sample in an unexpected shape: ${line.slice(0, 200)}`);
      return parsed;
    });
}

/** Waits for sample number `count`; a host sampling twice, or a host left over writing too, fails. */
async function waitForSample(file: string, count: number, serverRunning: () => boolean): Promise<ActivationSample[]> {
  const deadline = Date.now() + SAMPLE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const samples = samplesIn(file);
    if (samples.length > count) throw new LayerFailure(LAYER, `${samples.length} activation samples after ${count} extension hosts: an earlier host measured again.`);
    if (samples.length === count) {
      const hosts = new Set(samples.map((s) => s.hostPid));
      if (hosts.size < count) throw new LayerFailure(LAYER, 'one extension host wrote two activation samples.');
      return samples;
    }
    if (!serverRunning()) throw new LayerFailure(LAYER, 'code-server stopped before the runner measured the activation.');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new LayerFailure(LAYER, `no activation sample ${count} within ${SAMPLE_TIMEOUT_MS / 1000} s (is the test-runner extension activating?).`);
}

export interface ActivationSamplesOptions {
  readonly codeServerBin: string;
  readonly productVsix: string;
  readonly runnerVsix: string;
  readonly count: number;
}

/** `count` cold activations, each in a fresh extension host, in the order they were taken. */
export async function sampleActivations(options: ActivationSamplesOptions): Promise<ActivationSample[]> {
  const dir = mkdtempSync(join(tmpdir(), 'fbbatch-activation-'));
  const file = join(dir, 'samples.jsonl');
  try {
    const session = await startSession({
      layer: LAYER,
      codeServerBin: options.codeServerBin,
      vsixFiles: [options.productVsix, options.runnerVsix],
      workspaceFrom: FIXTURES_DIR,
      settings: {},
      env: { [RUNNER_ENV.activationSamples]: file },
    });
    let failed = true;
    try {
      let samples = await waitForSample(file, 1, session.serverRunning);
      while (samples.length < options.count) {
        await session.page.reload();
        samples = await waitForSample(file, samples.length + 1, session.serverRunning);
      }
      failed = false;
      return samples;
    } finally {
      await session.close(failed ? ARTIFACTS_DIR : undefined);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
