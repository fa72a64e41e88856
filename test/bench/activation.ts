// Activation row: the size of the activation bundle as it ships, and a cold require + activate() of
// it in a fresh node process with a stub `vscode` module (vscode-stub.cjs). The offline real-VS-Code
// harness (test/integration) does not report activation times yet, so this is node with a stub:
// it times our code (module loading and activate()), not VS Code's extension host.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_BUILD_DIR } from './build';
import { formatNumber, limitCheck, summarize, type BenchRow } from './stats';

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

export function benchActivation(extensionBundle: string, repetitions: number): BenchRow {
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
  const total = summarize(runs.map((r) => r.requireMs + r.activateMs));
  const requireOnly = summarize(runs.map((r) => r.requireMs));
  const activateOnly = summarize(runs.map((r) => r.activateMs));
  const kb = statSync(extensionBundle).size / 1000;
  return {
    id: 'activation',
    what: 'activation (in node with a stub vscode; not yet inside real VS Code)',
    oursLabel: 'dist/extension.js --production: cold require + activate()',
    peerLabel: '—',
    ours: total,
    checks: [
      limitCheck('activation bundle ≤ 100 KB', kb, 100, 'KB'),
      limitCheck('activate ≤ 25 ms (require + activate)', total.median, 25, 'ms'),
    ],
    notes: [
      `bundle ${formatNumber(kb)} KB; median require ${formatNumber(requireOnly.median)} ms + activate() ${formatNumber(activateOnly.median)} ms`,
      `activate() registered ${runs[0]?.subscriptions ?? 0} disposables (${runs[0]?.calls ?? 0} register*/create* calls) and ${runs.every((r) => r.returnedApi) ? 'returned' : 'did NOT return'} the API`,
      'missing: the time inside real VS Code — the offline harness does not record activation times',
    ],
    extra: { bundleBytes: statSync(extensionBundle).size, require: requireOnly, activate: activateOnly },
  };
}
