// The bundles the benchmarks measure, built into a folder of their own (dist/ may be mid-rebuild by
// another process): the CLI as it runs from `fbbatch`, the extension's activation bundle and the
// core runner as they ship (the --production build: minified, no source map), with esbuild.mjs's
// own options. Measuring the bundles, not the TypeScript through tsx, keeps the loader's additions
// (e.g. a name set on every closure made) out of the figures.
import * as esbuild from 'esbuild';
import { nodeBundle } from '../../esbuild.mjs';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const BENCH_BUILD_DIR = resolve('test/.work/bench-build');

// The shipped options (esbuild.mjs) as `--production` sets them, so the bench measures what ships.
const NODE_BUNDLE: esbuild.BuildOptions = { ...nodeBundle, minify: true, sourcemap: false, logLevel: 'warning' };

export interface BenchBundles {
  readonly cli: string;
  readonly extension: string;
  /** test/bench/runner-core.ts: the runner and what the runner rows need beside it. */
  readonly runnerCore: string;
}

/** Where buildBenchBundles writes them (a section running in a process of its own reads them there). */
export function benchBundlePaths(): BenchBundles {
  return { cli: join(BENCH_BUILD_DIR, 'cli.js'), extension: join(BENCH_BUILD_DIR, 'extension.js'), runnerCore: join(BENCH_BUILD_DIR, 'runner-core.js') };
}

export async function buildBenchBundles(): Promise<BenchBundles> {
  mkdirSync(BENCH_BUILD_DIR, { recursive: true });
  const { cli, extension, runnerCore } = benchBundlePaths();
  await Promise.all([
    esbuild.build({ ...NODE_BUNDLE, entryPoints: ['src/cli/main.ts'], outfile: cli }),
    esbuild.build({ ...NODE_BUNDLE, entryPoints: ['src/extension/main.ts'], outfile: extension }),
    esbuild.build({ ...NODE_BUNDLE, entryPoints: ['test/bench/runner-core.ts'], outfile: runnerCore }),
  ]);
  return { cli, extension, runnerCore };
}
