// Several cold activations of the product inside real VS Code, for the benchmark: VS Code activates
// an extension once per extension host, so each sample needs a host of its own. One code-server
// session serves them all; reloading the window gives the next one (a new extension host process,
// the same way a user's reload or a new window does).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../launch/paths';
import { LayerFailure } from '../launch/steps';
import { isActivationSample, RUNNER_ENV, type ActivationSample } from '../protocol';
import { startSession } from './session';

const LAYER = 'activation';
const SAMPLE_TIMEOUT_MS = 60_000;

function samplesIn(file: string): ActivationSample[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const parsed: unknown = JSON.parse(line);
      if (!isActivationSample(parsed)) throw new LayerFailure(LAYER, `the runner wrote an activation sample in an unexpected shape: ${line}`);
      return parsed;
    });
}

async function waitForSamples(file: string, count: number, serverRunning: () => boolean): Promise<ActivationSample[]> {
  const deadline = Date.now() + SAMPLE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const samples = samplesIn(file);
    if (samples.length >= count) return samples;
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
  const session = await startSession({
    layer: LAYER,
    codeServerBin: options.codeServerBin,
    vsixFiles: [options.productVsix, options.runnerVsix],
    workspaceFrom: FIXTURES_DIR,
    settings: {},
    env: { [RUNNER_ENV.activationSamples]: file },
  });
  try {
    let samples = await waitForSamples(file, 1, session.serverRunning);
    while (samples.length < options.count) {
      await session.page.reload();
      samples = await waitForSamples(file, samples.length + 1, session.serverRunning);
    }
    return samples;
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
