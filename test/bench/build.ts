// The bundles the benchmarks measure, built into a folder of their own (dist/ may be mid-rebuild by
// another process): the CLI as it runs from `fbbatch`, and the extension's activation bundle as it
// ships (the --production build: minified, no source map). Options mirror esbuild.mjs.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const BENCH_BUILD_DIR = resolve('test/.work/bench-build');

const NODE_BUNDLE: esbuild.BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  mainFields: ['module', 'main'],
  legalComments: 'none',
  logLevel: 'warning',
  minify: true,
  sourcemap: false,
};

export interface BenchBundles {
  readonly cli: string;
  readonly extension: string;
}

export async function buildBenchBundles(): Promise<BenchBundles> {
  mkdirSync(BENCH_BUILD_DIR, { recursive: true });
  const cli = join(BENCH_BUILD_DIR, 'cli.js');
  const extension = join(BENCH_BUILD_DIR, 'extension.js');
  await Promise.all([
    esbuild.build({ ...NODE_BUNDLE, entryPoints: ['src/cli/main.ts'], outfile: cli }),
    esbuild.build({ ...NODE_BUNDLE, entryPoints: ['src/extension/main.ts'], outfile: extension }),
  ]);
  return { cli, extension };
}
