// npm run bench [-- --quick]: every hot path beside a named peer, in one run on this machine.
// Prints a Markdown table and writes test/artifacts/bench/latest.json (+ .md; also full.* or quick.*).
// --quick: fewer repetitions, a 64 MiB upload and a short limit for the slow panel peer (< 1 min).
// --only=editor,runner,upload,activation,panel: just those sections.
// Each section runs in a node process of its own (this script again, with --section=NAME): what one
// leaves behind — a heap grown by 5,000-operation documents, compiled code, garbage — must not slow
// the next, e.g. the emulator that receives the upload rows' gigabyte in the bench's own process.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchActivation } from './activation';
import { benchBundlePaths, buildBenchBundles, type BenchBundles } from './build';
import { benchPanelRender } from './panel-render';
import { markdownTable, type BenchReport } from './report';
import { benchRunner } from './runner';
import { limitCheck, nowMs, ratioCheck, type BenchRow, type Measure } from './stats';
import { benchUpload } from './upload';
import { benchEditor } from './validation';

const OUT_DIR = resolve('test/artifacts/bench');
const MIB = 1024 * 1024;

const FULL = {
  editor: { smallRepetitions: 61, largeRepetitions: 15, completionPasses: 3 },
  runner: { repetitions: 7, latencyMs: 50 },
  upload: { bytes: 1024 * MIB, repetitions: 11 },
  activation: { stubRepetitions: 9, vsCodeSamplesPerMoment: 7 },
  panel: { repetitions: 5, peerRepetitions: 1, peerLimitMs: 120_000 },
};

const QUICK: typeof FULL = {
  editor: { smallRepetitions: 9, largeRepetitions: 5, completionPasses: 1 },
  runner: { repetitions: 3, latencyMs: 20 },
  upload: { bytes: 64 * MIB, repetitions: 3 },
  activation: { stubRepetitions: 3, vsCodeSamplesPerMoment: 0 },
  panel: { repetitions: 1, peerRepetitions: 1, peerLimitMs: 8_000 },
};

const single = (value: number, n: number): Measure => ({ median: value, p95: NaN, min: value, max: value, n: n === 1 ? 1 : 0, unit: 'ms' });

async function panelRow(options: typeof FULL.panel): Promise<BenchRow> {
  const result = await benchPanelRender(options);
  const ratio = result.oursFirstPaintMs / result.peerFirstPaintMs;
  return {
    id: 'panel-render',
    what: 'panel render, 50 operations with 1 MB bodies (headless Chromium)',
    oursLabel: `the response panel, first paint (median of ${options.repetitions})`,
    peerLabel: result.peerFinished ? 'highlight.js rendering every body' : `highlight.js rendering every body (stopped at ${options.peerLimitMs / 1000} s)`,
    ours: single(result.oursFirstPaintMs, options.repetitions),
    peer: single(result.peerFirstPaintMs, options.peerRepetitions),
    ratio,
    checks: [ratioCheck(ratio, 0.2), limitCheck('first paint ≤ 200 ms', result.oursFirstPaintMs, 200, 'ms')],
    notes: [
      `every body in place in our panel after ${Math.round(result.oursAllBodiesMs)} ms (median)`,
      ...(result.peerFinished ? [] : [`the peer had not painted after ${options.peerLimitMs / 1000} s; its figure is that limit (a lower bound), so the ratio is an upper bound`]),
    ],
  };
}

/** A section that fails still leaves a row saying so, and the run goes on. */
async function section(name: string, work: () => Promise<BenchRow[]>): Promise<BenchRow[]> {
  const started = nowMs();
  process.stderr.write(`bench: ${name}…\n`);
  try {
    const rows = await work();
    process.stderr.write(`bench: ${name} done in ${((nowMs() - started) / 1000).toFixed(1)} s\n`);
    return rows;
  } catch (error) {
    return [failedRow(name, error instanceof Error ? error.message : String(error))];
  }
}

function failedRow(name: string, message: string): BenchRow {
  process.stderr.write(`bench: ${name} FAILED: ${message}\n`);
  return { id: name, what: name, oursLabel: 'failed', peerLabel: '—', checks: [{ target: 'runs', actual: 'failed', met: false }], notes: [`failed: ${message.split('\n')[0]}`] };
}

type Plan = typeof FULL;

const SECTIONS: Readonly<Record<string, (plan: Plan, bundles: BenchBundles) => Promise<BenchRow[]>>> = {
  editor: (plan) => benchEditor(plan.editor),
  runner: (plan, bundles) => benchRunner(plan.runner, bundles.runnerCore),
  upload: (plan, bundles) => benchUpload({ ...plan.upload, cliPath: bundles.cli }),
  activation: async (plan, bundles) => [await benchActivation(bundles.extension, plan.activation)],
  panel: async (plan) => [await panelRow(plan.panel)],
};

/** Runs one section in a fresh node process (this script with --section) and reads back its rows. */
function inOwnProcess(name: string, quick: boolean): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'fbbatch-bench-rows-'));
  const rowsFile = join(dir, 'rows.json');
  const args = [...process.execArgv, process.argv[1], `--section=${name}`, `--rows-out=${rowsFile}`, ...(quick ? ['--quick'] : [])];
  return new Promise<BenchRow[]>((resolveRows) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', (error) => resolveRows([failedRow(name, error.message)]));
    child.once('close', (code) => {
      try {
        resolveRows(JSON.parse(readFileSync(rowsFile, 'utf8')) as BenchRow[]);
      } catch {
        resolveRows([failedRow(name, `its process ended (exit ${code}) without writing its rows`)]);
      }
    });
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** `--section=NAME --rows-out=FILE`: the child side of inOwnProcess. */
async function runSectionHere(name: string, plan: Plan): Promise<void> {
  const rowsFile = process.argv.find((arg) => arg.startsWith('--rows-out='))?.slice('--rows-out='.length);
  const work = SECTIONS[name];
  const rows = work ? await section(name, () => work(plan, benchBundlePaths())) : [failedRow(name, 'no such section')];
  if (rowsFile) writeFileSync(rowsFile, JSON.stringify(rows));
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** `--only=editor,upload`: just those sections (a partial run; the README table comes from a whole one). */
function sectionsWanted(): (name: string) => boolean {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
  return (name) => only === undefined || only.includes(name);
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const plan = quick ? QUICK : FULL;
  const sectionHere = process.argv.find((arg) => arg.startsWith('--section='))?.slice('--section='.length);
  if (sectionHere !== undefined) return runSectionHere(sectionHere, plan);
  const wanted = sectionsWanted();
  const started = nowMs();
  const loadAverageStart = loadavg();
  await buildBenchBundles();
  const rows: BenchRow[] = [];
  for (const name of Object.keys(SECTIONS)) if (wanted(name)) rows.push(...(await inOwnProcess(name, quick)));
  const report: BenchReport = {
    environment: {
      date: new Date().toISOString(),
      mode: quick ? 'quick' : 'full',
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverageStart,
      loadAverageEnd: loadavg(),
      commit: gitCommit(),
      durationS: (nowMs() - started) / 1000,
    },
    rows,
  };
  const table = markdownTable(report);
  mkdirSync(OUT_DIR, { recursive: true });
  // latest.* is whichever ran last; full.* / quick.* keep the last whole run of each mode.
  const partial = process.argv.some((arg) => arg.startsWith('--only='));
  for (const name of partial ? ['latest'] : ['latest', report.environment.mode]) {
    writeFileSync(join(OUT_DIR, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(OUT_DIR, `${name}.md`), table);
  }
  process.stdout.write(`\n${table}\nFigures: ${join(OUT_DIR, 'latest.json')}\n`);
}

main().then(
  // Exit explicitly: a browser or socket left behind by a failed section must not keep the run alive.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
