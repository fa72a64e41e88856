// Activation row. The figure that counts is the one inside real VS Code: the offline harness
// (test/integration, run by CI and `npm run test:integration`) times `await extension.activate()` in
// code-server's extension host and keeps it in test/artifacts/metrics/activation.json; this row
// reports that figure with its date. Beside it, always: the size of the activation bundle as it ships
// and a cold require + activate() of it in a fresh node process with a stub `vscode` module
// (vscode-stub.cjs), which times our code only, not VS Code's extension host.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readActivationRecord, type ActivationRecord } from '../integration/launch/metrics';
import { BENCH_BUILD_DIR } from './build';
import { formatNumber, limitCheck, summarize, type BenchRow, type Check, type Measure } from './stats';

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

function ageOf(isoDate: string): string {
  const minutes = Math.round((Date.now() - Date.parse(isoDate)) / 60_000);
  return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

/** The real figure's part of the row: its measure, its checks and what to know about it. */
function realVsCode(real: ActivationRecord, bundleBytes: number): { ours: Measure; checks: Check[]; notes: string[] } {
  const activateMs = real.activateMs ?? NaN;
  const notes = [
    `inside ${real.runtime} (${real.launcher}): await extension.activate() from cold, one activation per extension host, so n=1; measured ${real.measuredAt} (${ageOf(real.measuredAt)} before this run)${real.commit ? ` at commit ${real.commit}` : ''}`,
    `activation loaded ${real.loadedModules.join(', ') || 'nothing of ours'} from the extension`,
  ];
  if (real.requireMs !== undefined && real.activateCallMs !== undefined) {
    const ours = real.requireMs + real.activateCallMs;
    notes.push(
      `of the ${formatNumber(activateMs)} ms: loading the bundle ${formatNumber(real.requireMs)} ms + our activate() ${formatNumber(real.activateCallMs)} ms = ${formatNumber(ours)} ms ours; ${formatNumber(activateMs - ours)} ms VS Code's own work (the extension context, its storage over RPC to the workbench), which follows the machine's load`,
    );
  }
  if (real.bundleBytes !== bundleBytes) {
    notes.push(`the harness measured a different build (bundle ${real.bundleBytes} bytes, this build ${bundleBytes} bytes): run npm run test:integration for a current figure`);
  }
  return {
    ours: { median: activateMs, p95: NaN, min: activateMs, max: activateMs, n: 1, unit: 'ms' },
    checks: [
      limitCheck('activate ≤ 25 ms (inside VS Code)', activateMs, 25, 'ms'),
      { target: 'activation does not load the HTTP stack', actual: real.networkLoaded ? 'dist/network.js loaded' : 'not loaded', met: !real.networkLoaded },
    ],
    notes,
  };
}

export function benchActivation(extensionBundle: string, repetitions: number): BenchRow {
  const runs = stubRuns(extensionBundle, repetitions);
  const total = summarize(runs.map((r) => r.requireMs + r.activateMs));
  const requireOnly = summarize(runs.map((r) => r.requireMs));
  const activateOnly = summarize(runs.map((r) => r.activateMs));
  const bundleBytes = statSync(extensionBundle).size;
  const kb = bundleBytes / 1000;
  const real = readActivationRecord();
  const sizeCheck = limitCheck('activation bundle ≤ 100 KB', kb, 100, 'KB');
  const stubNotes = [
    `bundle ${formatNumber(kb)} KB; in node with a stub vscode (our code only): median require ${formatNumber(requireOnly.median)} ms + activate() ${formatNumber(activateOnly.median)} ms = ${formatNumber(total.median)} ms (p95 ${formatNumber(total.p95)}, n=${total.n})`,
    `activate() registered ${runs[0]?.subscriptions ?? 0} disposables (${runs[0]?.calls ?? 0} register*/create* calls) and ${runs.every((r) => r.returnedApi) ? 'returned' : 'did NOT return'} the API`,
  ];
  const extra = { bundleBytes, stub: { total, require: requireOnly, activate: activateOnly }, realVsCode: real };
  if (real) {
    const measured = realVsCode(real, bundleBytes);
    return {
      id: 'activation',
      what: `activation inside real VS Code (offline harness, ${real.runtime})`,
      oursLabel: 'the packaged extension: await extension.activate(), cold',
      peerLabel: '—',
      ours: measured.ours,
      checks: [sizeCheck, ...measured.checks],
      notes: [...measured.notes, ...stubNotes],
      extra,
    };
  }
  return {
    id: 'activation',
    what: 'activation in node with a stub vscode (no figure from real VS Code yet)',
    oursLabel: 'dist/extension.js --production: cold require + activate()',
    peerLabel: '—',
    ours: total,
    checks: [sizeCheck, limitCheck('activate ≤ 25 ms (stub: require + activate)', total.median, 25, 'ms')],
    notes: [...stubNotes, 'missing: the time inside real VS Code; npm run test:integration (the offline harness) records it in test/artifacts/metrics/activation.json'],
    extra,
  };
}
