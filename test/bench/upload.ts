// Upload rows: the fbbatch CLI (a child process, so its peak memory is its own) beside
// `curl --data-binary @file` posting the same file to a fresh session of the same emulator; then a
// resume after the connection drops at 60%, counting the bytes sent twice.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_APP_ID, DEFAULT_TOKEN, startEmulator, type Emulator } from '../emulator';
import { canMeasureRss, runChild, type ChildRun } from './child';
import { formatNumber, ratioCheck, summarize, type BenchRow, type Check } from './stats';

const MIB = 1024 * 1024;
const API_VERSION = 'v24.0';
const CHILD_TIMEOUT_MS = 5 * 60_000;

export interface UploadBenchOptions {
  readonly bytes: number;
  readonly repetitions: number;
  readonly cliPath: string;
}

/**
 * Random-looking content written 1 MiB at a time (never the whole file in memory); each block
 * differs. Flushed to disk before anything is timed: otherwise the kernel writes the fresh 1 GiB back
 * during the first uploads, and whichever side runs then comes out up to twice as slow.
 */
function writeTestFile(path: string, bytes: number): void {
  const block = randomBytes(MIB);
  const fd = openSync(path, 'w');
  try {
    for (let written = 0, i = 0; written < bytes; i++) {
      block.writeUInt32LE(i, 0);
      const size = Math.min(MIB, bytes - written);
      writeSync(fd, block, 0, size);
      written += size;
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

async function createSession(emulator: Emulator, bytes: number): Promise<string> {
  const query = new URLSearchParams({ file_name: 'bench.mp4', file_length: String(bytes), file_type: 'video/mp4', access_token: DEFAULT_TOKEN });
  const response = await fetch(`${emulator.url}/${API_VERSION}/${DEFAULT_APP_ID}/uploads?${query}`, { method: 'POST' });
  const json = (await response.json()) as { id?: unknown };
  if (typeof json.id !== 'string') throw new Error(`the emulator did not open an upload session: ${JSON.stringify(json)}`);
  return json.id;
}

async function curlUpload(emulator: Emulator, file: string, bytes: number): Promise<ChildRun> {
  const sessionId = await createSession(emulator, bytes);
  const run = await runChild(
    'curl',
    // -T streams the file; `--data-binary @file` would be the same request, but curl reads that
    // into memory first and refuses files of 1 GB and more ("out of memory").
    ['-sS', '-o', '/dev/null', '-w', '%{http_code}', '-X', 'POST', '-T', file,
      '-H', `Authorization: OAuth ${DEFAULT_TOKEN}`, '-H', 'file_offset: 0', '-H', 'Expect:', `${emulator.url}/${API_VERSION}/${sessionId}`],
    process.env,
    CHILD_TIMEOUT_MS,
  );
  if (run.code !== 0 || !run.stdout.startsWith('200')) throw new Error(`curl failed (exit ${run.code}, HTTP ${run.stdout}): ${withoutTimeReport(run.stderr)}`);
  return run;
}

async function cliUpload(emulator: Emulator, cliPath: string, file: string, stateDir: string, ioFile?: string): Promise<ChildRun> {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    FB_ACCESS_TOKEN: DEFAULT_TOKEN,
    FBBATCH_STATE_DIR: stateDir,
    ...(ioFile ? { FBBATCH_BENCH_IO_FILE: ioFile } : {}),
  };
  const preload = ioFile ? ['--require', join(__dirname, 'io-counter.cjs')] : [];
  const run = await runChild(process.execPath, [...preload, cliPath, 'upload', file, '--app-id', DEFAULT_APP_ID, '--graph-url', emulator.url], env, CHILD_TIMEOUT_MS);
  if (run.code !== 0 || !run.stdout.trim()) throw new Error(`the CLI upload failed (exit ${run.code}): ${withoutTimeReport(run.stderr)}`);
  return run;
}

/** The child's own words, without GNU time's report. */
const withoutTimeReport = (stderr: string): string => stderr.split(/\s*Command being timed/)[0].slice(-800);

/** Upload bytes the emulator keeps on disk: removed after each run so 1 GiB runs do not pile up. */
function clearDir(dir: string): void {
  for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
}

const mbPerSecond = (bytes: number, ms: number): number => bytes / MIB / (ms / 1000);

async function throughputRow(emulator: Emulator, options: UploadBenchOptions, file: string, work: string): Promise<BenchRow> {
  // One upload by either side, the emulator's copy removed after it (1 GiB runs must not pile up).
  const upload = async (who: 'cli' | 'curl'): Promise<ChildRun> => {
    const run = who === 'cli' ? await cliUpload(emulator, options.cliPath, file, join(work, 'state')) : await curlUpload(emulator, file, options.bytes);
    clearDir(join(work, 'emulator'));
    return run;
  };
  // One untimed upload each first: the first runs after the file is written came out slow on both sides.
  await upload('cli');
  await upload('curl');
  const ours: ChildRun[] = [];
  const peer: ChildRun[] = [];
  for (let i = 0; i < options.repetitions; i++) {
    // Alternate which goes first, so page-cache warmth and machine noise fall on both.
    const order = i % 2 === 0 ? (['cli', 'curl'] as const) : (['curl', 'cli'] as const);
    for (const who of order) (who === 'cli' ? ours : peer).push(await upload(who));
  }
  const oursRate = summarize(ours.map((r) => mbPerSecond(options.bytes, r.wallMs)), 'MiB/s');
  const peerRate = summarize(peer.map((r) => mbPerSecond(options.bytes, r.wallMs)), 'MiB/s');
  const ratio = oursRate.median / peerRate.median;
  const checks: Check[] = [ratioCheck(ratio, 0.9, '≥')];
  const rss = ours.map((r) => r.peakRssBytes ?? NaN);
  const peakRss = Math.max(...rss);
  // The target is in MB (10^6 bytes); MiB shown beside it.
  if (canMeasureRss()) checks.push({ target: 'peak RSS < 100 MB', actual: `${(peakRss / 1e6).toFixed(1)} MB`, met: peakRss < 100e6 });
  const curlRss = Math.max(...peer.map((r) => r.peakRssBytes ?? NaN));
  const idle = await runChild(process.execPath, [options.cliPath, '--version'], process.env, CHILD_TIMEOUT_MS);
  const rssNote = canMeasureRss()
    ? `peak RSS: CLI ${formatNumber(peakRss / 1e6)} MB (${formatNumber(peakRss / MIB)} MiB; the same CLI printing --version: ${formatNumber((idle.peakRssBytes ?? NaN) / 1e6)} MB), curl ${formatNumber(curlRss / 1e6)} MB`
    : 'peak RSS not measured: /usr/bin/time is not installed';
  return {
    id: 'upload-throughput',
    what: `upload ${formatNumber(options.bytes / MIB)} MiB on loopback`,
    oursLabel: 'fbbatch upload (CLI, child process)',
    peerLabel: 'curl -X POST -T file (streamed), same emulator',
    ours: oursRate,
    peer: peerRate,
    ratio,
    checks,
    notes: [
      rssNote,
      'throughput = file size ÷ wall time of the whole process (start-up included, both sides)',
      'curl runs with -T (streamed) instead of --data-binary @file, which curl refuses at 1 GiB',
    ],
    extra: { bytes: options.bytes, cliWallMs: ours.map((r) => r.wallMs), curlWallMs: peer.map((r) => r.wallMs), cliPeakRssBytes: rss, curlPeakRssBytes: curlRss, cliIdleRssBytes: idle.peakRssBytes },
  };
}

async function resumeRow(emulator: Emulator, options: UploadBenchOptions, file: string, work: string): Promise<BenchRow> {
  const dropAt = Math.floor(options.bytes * 0.6);
  emulator.requests.length = 0;
  emulator.setFaults({ dropUploadAfterBytes: { bytes: dropAt, times: 1 } });
  const ioFile = join(work, 'cli-io.txt');
  let run: ChildRun;
  try {
    run = await cliUpload(emulator, options.cliPath, file, join(work, 'state'), ioFile);
  } finally {
    emulator.resetFaults();
    clearDir(join(work, 'emulator'));
  }
  const appends = emulator.requests.filter((r) => r.kind === 'upload-append');
  const stored = appends.reduce((sum, r) => sum + (r.bytesStored ?? 0), 0);
  const wchar = Number(/^wchar: (\d+)$/m.exec(readFileSync(ioFile, 'utf8'))?.[1] ?? NaN);
  // What the CLI wrote (file bytes + a few KB of headers and progress) beyond the file itself.
  const resent = Math.max(0, wchar - options.bytes);
  const resentPercent = (resent / options.bytes) * 100;
  return {
    id: 'upload-resume',
    what: `resume after a drop at 60% (${formatNumber(dropAt / MIB)} MiB of ${formatNumber(options.bytes / MIB)} MiB)`,
    oursLabel: 'fbbatch upload resuming by itself',
    peerLabel: 'the file size',
    ours: summarize([resent / MIB], 'MiB re-sent'),
    ratio: resent / options.bytes,
    checks: [{ target: 're-sent ≤ 2% of the file', actual: `${formatNumber(resentPercent)}%`, met: resentPercent <= 2 }],
    notes: [
      `${appends.length} upload requests; the emulator stored ${stored - options.bytes} bytes twice`,
      're-sent = bytes the CLI wrote to the socket (wchar) − file size; includes headers and progress lines',
      `wall time ${formatNumber(run.wallMs / 1000)} s including the back-off before resuming`,
    ],
    extra: { dropAt, wchar, storedTotal: stored, appends: appends.map((r) => ({ fileOffset: r.fileOffset, bytesStored: r.bytesStored, status: r.status, fault: r.fault })) },
  };
}

export async function benchUpload(options: UploadBenchOptions): Promise<BenchRow[]> {
  const work = mkdtempSync(join(tmpdir(), 'fbbatch-bench-'));
  try {
    const file = join(work, 'bench.mp4');
    writeTestFile(file, options.bytes);
    mkdirSync(join(work, 'emulator'));
    const emulator = await startEmulator({ dataDir: join(work, 'emulator') });
    try {
      return [await throughputRow(emulator, options, file, work), await resumeRow(emulator, options, file, work)];
    } finally {
      await emulator.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
