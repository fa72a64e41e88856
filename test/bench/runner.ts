// Runner rows, against the emulator: the core runner beside the least a client could do — one raw
// undici POST of the same pre-encoded body — and, for a big file, beside its slowest chunk alone.
// Both sides run from the bundled core (runner-core.ts), the code the extension and the CLI ship.
import { createRequire } from 'node:module';
import type { RunBatchOptions } from '../../src/core/batch';
import type { BatchSpec, OperationSpec } from '../../src/core/batch/spec';
import { DEFAULT_TOKEN, startEmulator, type Emulator } from '../emulator';
import { generateBatchFile } from './fixtures';
import { formatNumber, interleaved, nowMs, ratioCheck, summarize, timed, type BenchRow } from './stats';

const API_VERSION = 'v24.0';
// Enough runs for the JIT to have compiled both sides before timing starts: the runner has far more
// code on its path than a bare POST, and with a handful of warm-up runs its first timed samples
// still ran unoptimised (a steady state is what a user who runs a file again and again sees).
const WARM_UP_RUNS = 100;
const PAGE_TOKEN = 'page-token';

export interface RunnerBenchOptions {
  readonly repetitions: number;
  /** The emulator's per-operation latency for the 500-operation row. */
  readonly latencyMs: number;
}

type RunnerCore = typeof import('./runner-core');

function specOf(core: RunnerCore, operations: number): BatchSpec {
  return core.toBatchSpec(core.parseBatchDocument(generateBatchFile(operations)));
}

function runOptions(emulator: Emulator): RunBatchOptions {
  return {
    client: { graphUrl: emulator.url, apiVersion: API_VERSION, timeoutMs: 60_000 },
    accessToken: DEFAULT_TOKEN,
    namedTokens: () => PAGE_TOKEN,
    retries: 0,
  };
}

/** The request body the runner would send for these operations, encoded once, ahead of time. */
async function preEncoded(core: RunnerCore, spec: BatchSpec, operations: readonly OperationSpec[]): Promise<{ headers: Record<string, string>; body: string }> {
  const fill = (op: OperationSpec): OperationSpec => core.fillTokenPlaceholders(op, () => PAGE_TOKEN, new Set());
  const encoded = await core.encodeBatchRequest(operations, spec, DEFAULT_TOKEN, undefined, undefined, fill);
  const body = encoded.body();
  if (typeof body !== 'string') throw new Error('the benchmark batch unexpectedly needs multipart');
  return { headers: { ...encoded.headers }, body };
}

async function rawPost(core: RunnerCore, url: string, encoded: { headers: Record<string, string>; body: string }): Promise<void> {
  const response = await core.request(url, { method: 'POST', headers: encoded.headers, body: encoded.body });
  const text = await response.body.text();
  if (response.statusCode !== 200) throw new Error(`the emulator answered ${response.statusCode}: ${text.slice(0, 200)}`);
}

/** Failures and timeouts abort the benchmark: the emulator runs without faults here. */
async function expectAllAnswered(run: Promise<{ counts: Record<string, number> }>): Promise<void> {
  const { counts } = await run;
  const bad = counts['graph-error'] + counts['parent-failed'] + counts['not-sent'] + counts['timed-out'];
  if (bad > 0) throw new Error(`the benchmark batch did not run cleanly: ${JSON.stringify(counts)}`);
}

async function singleBatchRow(core: RunnerCore, emulator: Emulator, repetitions: number): Promise<BenchRow> {
  const spec = specOf(core, 50);
  const url = core.buildGraphUrl(emulator.url, API_VERSION);
  const encoded = await preEncoded(core, spec, spec.operations);
  const samples = await interleaved(
    { ours: () => expectAllAnswered(core.runBatch(spec, runOptions(emulator))), peer: () => rawPost(core, url, encoded) },
    repetitions,
    WARM_UP_RUNS,
  );
  const ours = summarize(samples.ours);
  const peer = summarize(samples.peer);
  const ratio = ours.median / peer.median;
  return {
    id: 'run-50',
    what: 'run a 50-operation batch against the emulator',
    oursLabel: 'runBatch (plan, fill tokens, encode, send, classify)',
    peerLabel: 'one raw undici POST of the same pre-encoded body',
    ours,
    peer,
    ratio,
    checks: [ratioCheck(ratio, 1.15)],
    notes: [],
    extra: { oursSamples: samples.ours, peerSamples: samples.peer, bodyBytes: encoded.body.length },
  };
}

async function groupsRow(core: RunnerCore, emulator: Emulator, options: RunnerBenchOptions): Promise<BenchRow> {
  const spec = specOf(core, 500);
  const url = core.buildGraphUrl(emulator.url, API_VERSION);
  const chunks = await Promise.all(core.planBatch(spec.operations).requests.map((r) => preEncoded(core, spec, r.operations)));
  emulator.setFaults({ operationLatencyMs: options.latencyMs });
  try {
    // The peer: every chunk sent alone, one after another; the slowest one is the bar.
    const slowestChunk = async (): Promise<number> => {
      let slowest = 0;
      for (const chunk of chunks) slowest = Math.max(slowest, await timed(() => rawPost(core, url, chunk)));
      return slowest;
    };
    const oursTimes: number[] = [];
    const peerTimes: number[] = [];
    await expectAllAnswered(core.runBatch(spec, runOptions(emulator))); // warm-up
    await slowestChunk();
    for (let i = 0; i < options.repetitions; i++) {
      oursTimes.push(await timed(() => expectAllAnswered(core.runBatch(spec, runOptions(emulator)))));
      peerTimes.push(await slowestChunk());
    }
    const ours = summarize(oursTimes);
    const peer = summarize(peerTimes);
    const ratio = ours.median / peer.median;
    return {
      id: 'run-500-groups',
      what: `run 500 operations in independent groups (${chunks.length} requests), emulator latency ${options.latencyMs} ms per operation`,
      oursLabel: `runBatch, default settings (${core.DEFAULT_MAX_CONCURRENT_REQUESTS} requests in flight)`,
      peerLabel: 'the slowest single chunk sent alone (raw undici POST)',
      ours,
      peer,
      ratio,
      checks: [ratioCheck(ratio, 1.3)],
      notes: [],
      extra: { requests: chunks.length, latencyMs: options.latencyMs, oursSamples: oursTimes, peerSamples: peerTimes },
    };
  } finally {
    emulator.resetFaults();
  }
}

/** `corePath`: the bundled runner-core.ts (build.ts). */
export async function benchRunner(options: RunnerBenchOptions, corePath: string): Promise<BenchRow[]> {
  const core = createRequire(import.meta.url)(corePath) as RunnerCore;
  const emulator = await startEmulator();
  try {
    const started = nowMs();
    // A run takes about 1 ms and garbage collection lands on either side; with 280 samples the ratio
    // still moved ±5% between runs on this machine, so 700 (a few seconds) keep the median steady.
    const rows = [await singleBatchRow(core, emulator, options.repetitions * 100)];
    rows.push(await groupsRow(core, emulator, options));
    process.stderr.write(`  runner rows took ${formatNumber((nowMs() - started) / 1000)} s\n`);
    return rows;
  } finally {
    await emulator.close();
  }
}
