// Activation row. The figure that counts is the one inside real VS Code: a full run installs the
// packaged extension into code-server (the offline harness of test/integration) and takes the median
// of several cold activations, one per fresh extension host, with the host idle; as many taken at
// start-up, in turn with them, are reported beside. Beside it, always: the size of the
// activation bundle as it ships and a cold require + activate() of it in a fresh node process with a
// stub `vscode` module (vscode-stub.cjs), which times our code only, not VS Code's extension host.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildRunnerVsix, packageProduct } from '../integration/launch/build';
import { PRODUCT_VSIX } from '../integration/launch/paths';
import { ensureCodeServer } from '../integration/offline/codeServer';
import { sampleActivations } from '../integration/offline/activationSamples';
import { SAMPLE_WHEN_QUIET, whyNotMeasured, type ActivationSample, type SampleMoment } from '../integration/protocol';
import { BENCH_BUILD_DIR } from './build';
import { formatNumber, limitCheck, median, summarize, type BenchRow, type Check, type Measure } from './stats';

interface ChildTiming {
  readonly requireMs: number;
  readonly activateMs: number;
  readonly returnedApi: boolean;
  readonly subscriptions: number;
  readonly calls: number;
}

function isChildTiming(value: unknown): value is ChildTiming {
  const v = value as Partial<ChildTiming> | null;
  return typeof v?.requireMs === 'number' && typeof v.activateMs === 'number';
}

function stubRuns(extensionBundle: string, repetitions: number): ChildTiming[] {
  // Where the bundle's require('vscode') looks first.
  const stub = join(BENCH_BUILD_DIR, 'node_modules', 'vscode', 'index.js');
  mkdirSync(join(BENCH_BUILD_DIR, 'node_modules', 'vscode'), { recursive: true });
  copyFileSync(join(__dirname, 'vscode-stub.cjs'), stub);
  const child = join(__dirname, 'activate-child.cjs');
  const runs: ChildTiming[] = [];
  for (let i = 0; i < repetitions + 1; i++) {
    const parsed: unknown = JSON.parse(execFileSync(process.execPath, [child, extensionBundle, stub], { encoding: 'utf8', timeout: 30_000 }));
    if (!isChildTiming(parsed)) throw new Error(`the activation probe printed something unexpected: ${JSON.stringify(parsed)}`);
    if (i > 0) runs.push(parsed); // the first run warms the disk cache
  }
  return runs;
}

/** The packaged extension in code-server, `samples` times, each in a fresh extension host. */
async function samplesInVsCode(samples: number): Promise<ActivationSample[]> {
  const codeServerBin = await ensureCodeServer();
  await packageProduct(); // dist/fbbatch.vsix, as the tests install it
  return sampleActivations({ codeServerBin, productVsix: PRODUCT_VSIX, runnerVsix: await buildRunnerVsix(), count: samples });
}

const list = (values: readonly number[]) => values.map(formatNumber).join(', ');

/** The figures of one moment's samples (those that measured something). */
function moment(samples: readonly ActivationSample[], which: SampleMoment) {
  const taken = samples.filter((s) => s.moment === which && whyNotMeasured(s) === undefined);
  const medianOf = (pick: (s: ActivationSample) => number | undefined) => median(taken.map((s) => pick(s) ?? NaN));
  const activate = taken.map((s) => s.activateMs ?? NaN);
  return {
    measure: summarize(activate),
    parts: `loading the bundle ${formatNumber(medianOf((s) => s.requireMs))} ms, our activate() ${formatNumber(medianOf((s) => s.activateCallMs))} ms`,
    samples: `${list(activate)} ms`,
    roundTrip: formatNumber(medianOf((s) => s.workbenchRoundTripMs)),
    waitedS: formatNumber(medianOf((s) => s.settled?.waitedMs) / 1000),
    stillBusy: taken.filter((s) => s.settled?.quiet === false).length,
  };
}

/** The real figure's part of the row: its measure, its checks and what to know about it. */
function realVsCode(samples: readonly ActivationSample[], bundleBytes: number): { ours: Measure; checks: Check[]; notes: string[] } {
  const failed = samples.map(whyNotMeasured).find((reason) => reason !== undefined);
  const idle = moment(samples, 'idle');
  const startUp = moment(samples, 'start-up');
  const loaded = [...new Set(samples.flatMap((s) => s.loadedModules))].sort();
  const { quietMs, limitMs } = SAMPLE_WHEN_QUIET;
  const notes = [
    `inside ${samples[0]?.runtime ?? 'VS Code'} (code-server, offline harness): await extension.activate() from cold, each sample in a fresh extension host (one session, the window reloaded between samples), ${idle.measure.n} idle and ${startUp.measure.n} at start-up, taken in turn`,
    `idle (the figure checked): once the host's thread had been free for ${quietMs / 1000} s, as when a user opens a .fbbatch file in a running VS Code (waited median ${idle.waitedS} s${idle.stillBusy ? `; ${idle.stillBusy} hosts still busy after ${limitMs / 1000} s, measured anyway` : ''}); samples in the order taken: ${idle.samples}`,
    `idle, median parts across samples: ${idle.parts}; VS Code fetches the extension context's stored state from the workbench meanwhile (a no-op round trip to the workbench: ${idle.roundTrip} ms, median, right after)`,
    `at start-up (the runner's onStartupFinished, VS Code's built-in extensions activating in the same host, as when VS Code reopens a .fbbatch editor): median ${formatNumber(startUp.measure.median)} ms (p95 ${formatNumber(startUp.measure.p95)}); samples ${startUp.samples}; median parts ${startUp.parts}`,
    `activation loaded ${loaded.join(', ') || 'nothing of ours'} from the extension`,
  ];
  if (failed) notes.push(`a sample failed: ${failed}`);
  const installed = samples[0]?.bundleBytes;
  if (installed !== undefined && installed !== bundleBytes) notes.push(`the installed bundle is ${installed} bytes, the bench's build ${bundleBytes} bytes`);
  const networkLoaded = samples.some((s) => s.networkLoaded);
  return {
    ours: idle.measure,
    checks: [
      limitCheck(`activate ≤ 25 ms (median of ${idle.measure.n} idle hosts, inside VS Code)`, failed ? NaN : idle.measure.median, 25, 'ms'),
      { target: 'activation does not load the HTTP stack', actual: networkLoaded ? 'dist/network.js loaded' : 'not loaded', met: !networkLoaded },
    ],
    notes,
  };
}

export interface ActivationPlan {
  /** Cold starts of the bundle in node with the stub. */
  readonly stubRepetitions: number;
  /** Cold activations inside VS Code at each moment, idle and start-up (0: none, as in --quick: a session takes longer than its minute). */
  readonly vsCodeSamplesPerMoment: number;
}

async function vsCodeFigures(samples: number): Promise<{ samples?: ActivationSample[]; failure?: string }> {
  if (samples === 0) return {};
  try {
    return { samples: await samplesInVsCode(samples) };
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

export async function benchActivation(extensionBundle: string, plan: ActivationPlan): Promise<BenchRow> {
  const runs = stubRuns(extensionBundle, plan.stubRepetitions);
  const total = summarize(runs.map((r) => r.requireMs + r.activateMs));
  const requireOnly = summarize(runs.map((r) => r.requireMs));
  const activateOnly = summarize(runs.map((r) => r.activateMs));
  const bundleBytes = statSync(extensionBundle).size;
  const kb = bundleBytes / 1000;
  const sizeCheck = limitCheck('activation bundle ≤ 100 KB', kb, 100, 'KB');
  const stubNotes = [
    `bundle ${formatNumber(kb)} KB; in node with a stub vscode (our code only): median require ${formatNumber(requireOnly.median)} ms + activate() ${formatNumber(activateOnly.median)} ms = ${formatNumber(total.median)} ms (p95 ${formatNumber(total.p95)}, n=${total.n})`,
    `activate() registered ${runs[0]?.subscriptions ?? 0} disposables (${runs[0]?.calls ?? 0} register*/create* calls) and ${runs.every((r) => r.returnedApi) ? 'returned' : 'did NOT return'} the API`,
  ];
  const real = await vsCodeFigures(2 * plan.vsCodeSamplesPerMoment);
  const extra = { bundleBytes, stub: { total, require: requireOnly, activate: activateOnly }, vsCodeSamples: real.samples };
  if (real.samples) {
    const measured = realVsCode(real.samples, bundleBytes);
    return {
      id: 'activation',
      what: `activation inside real VS Code (offline harness, ${real.samples[0]?.runtime ?? 'VS Code'})`,
      oursLabel: 'the packaged extension: await extension.activate(), cold, the host idle',
      peerLabel: '—',
      ours: measured.ours,
      checks: [sizeCheck, ...measured.checks],
      notes: [...measured.notes, ...stubNotes],
      extra,
    };
  }
  const missing = real.failure
    ? `inside VS Code: not measured, the session failed: ${real.failure.split('\n')[0]}`
    : 'inside VS Code: measured by the full run only (a VS Code session takes longer than --quick has)';
  return {
    id: 'activation',
    what: 'activation in node with a stub vscode (no figure from real VS Code in this run)',
    oursLabel: 'dist/extension.js --production: cold require + activate()',
    peerLabel: '—',
    ours: total,
    checks: [
      sizeCheck,
      limitCheck('activate ≤ 25 ms (stub: require + activate)', total.median, 25, 'ms'),
      ...(real.failure ? [{ target: 'activate inside VS Code', actual: 'not measured', met: false }] : []),
    ],
    notes: [...stubNotes, missing],
    extra,
  };
}
