// Builds every bundle: the extension (activation stays small), the network layer it loads on
// first run or upload, the CLI, and the response panel's browser script.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
  charset: 'utf8', // "…" as itself, not \u2026: smaller bundles
};

const SRC = fileURLToPath(new URL('./src/', import.meta.url));

/** The product's `import … from 'undici'` loads only what it uses (src/core/graph/undici-subset.ts
 * says why); tests bundled with these options keep the whole package for their own imports.
 * @type {esbuild.Plugin} */
const undiciSubset = {
  name: 'undici-subset',
  setup(build) {
    const subset = join(SRC, 'core', 'graph', 'undici-subset.ts');
    // relative(), not startsWith(): on Windows it ignores the drive letter's case.
    const inSrc = (file) => {
      const path = relative(SRC, file);
      return !path.startsWith('..') && !isAbsolute(path);
    };
    build.onResolve({ filter: /^undici$/ }, ({ importer }) => (inSrc(importer) ? { path: subset } : undefined));
  },
};

/** Options every Node bundle shares (tests that bundle a piece of the product use these too).
 * @type {esbuild.BuildOptions} */
export const nodeBundle = {
  ...common,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  // jsonc-parser's "main" is a UMD build whose inner requires a bundler cannot follow; its ESM build bundles.
  mainFields: ['module', 'main'],
  plugins: [undiciSubset],
};

/** Options of the response panel's browser bundle. @type {esbuild.BuildOptions} */
export const browserBundle = { ...common, platform: 'browser', format: 'iife', target: 'chrome120' };

/** @type {esbuild.BuildOptions[]} */
const builds = [
  // Activation: registrations and small adapters only, ≤ 100 KB (test/unit/manifest/bundle-size.test.ts).
  { ...nodeBundle, entryPoints: { extension: 'src/extension/main.ts' }, outdir: 'dist' },
  // The language service and batch runs/uploads: each required lazily by the extension on first use.
  { ...nodeBundle, entryPoints: { language: 'src/extension/language/features.ts' }, outdir: 'dist' },
  { ...nodeBundle, entryPoints: { network: 'src/extension/network/entry.ts' }, outdir: 'dist' },
  { ...nodeBundle, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { ...browserBundle, entryPoints: { webview: 'src/webview/main.ts' }, outdir: 'dist' },
];

async function main() {
  mkdirSync('dist', { recursive: true });
  copyFileSync('src/webview/panel.css', 'dist/webview.css');
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[watch] watching for changes');
  } else {
    await Promise.all(builds.map((b) => esbuild.build(b)));
  }
}

// Build only when run as a script, not when a test imports the shared options (no top-level
// await, so TypeScript tests can load this file too).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch(() => {
    process.exitCode = 1; // esbuild has already printed what failed
  });
}
