// Launcher B and the UI tests, on a machine without internet: install code-server (first time
// only), package the extension, run the integration suite inside VS Code, then the UI tests.
// Exits non-zero with a message naming the layer that failed and why.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSuite, packageProduct } from '../launch/build';
import { PRODUCT_VSIX } from '../launch/paths';
import { installExitCleanup, stopAllTracked } from '../launch/processes';
import { LayerFailure } from '../launch/steps';
import { startTestEmulator } from '../launch/emulator';
import { ensureCodeServer } from './codeServer';
import { runIntegrationOffline } from './runIntegration';
import { runUiTests } from './runUi';

const OVERALL_TIMEOUT_MS = 14 * 60_000;

interface Options {
  readonly skipPackage: boolean;
  /** An already built extension to test instead of packaging one. */
  readonly vsix: string;
  readonly layers: ReadonlySet<'integration' | 'ui'>;
}

function parseArgs(argv: readonly string[]): Options {
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  if (only !== undefined && only !== 'integration' && only !== 'ui') throw new LayerFailure('arguments', `--only takes "integration" or "ui", not "${only}".`);
  const vsix = argv.find((a) => a.startsWith('--vsix='))?.slice('--vsix='.length);
  return {
    skipPackage: argv.includes('--skip-package') || vsix !== undefined,
    vsix: vsix ? resolve(vsix) : PRODUCT_VSIX,
    layers: new Set(only ? [only] : ['integration', 'ui']),
  };
}

function progress(layer: string, message: string): void {
  console.log(`[${layer}] ${message}`);
}

async function runLayers(options: Options): Promise<void> {
  progress('setup', 'code-server (installed into its cache folder on first use)…');
  const codeServer = await ensureCodeServer();
  if (!options.skipPackage) {
    progress('package', 'npm run package…');
    await packageProduct();
  }
  if (!existsSync(options.vsix)) throw new LayerFailure('package', `${options.vsix} is missing; run npm run package.`);
  const emulator = await startTestEmulator();
  try {
    if (options.layers.has('integration')) {
      progress('integration', `the suite inside VS Code, extension ${options.vsix}…`);
      await runIntegrationOffline(codeServer, options.vsix, await buildSuite(), emulator.url);
    }
    if (options.layers.has('ui')) {
      progress('ui', 'Playwright in the workbench…');
      await runUiTests(codeServer, options.vsix, emulator);
    }
  } finally {
    await emulator.close();
  }
}

function explain(err: unknown): string {
  if (err instanceof LayerFailure) return `FAILED [${err.layer}]: ${err.reason}`;
  return `FAILED [launcher]: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
}

export async function main(argv: readonly string[]): Promise<number> {
  installExitCleanup();
  const began = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const overall = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LayerFailure('timeout', `the offline run took longer than ${OVERALL_TIMEOUT_MS / 60_000} minutes.`)), OVERALL_TIMEOUT_MS);
  });
  try {
    await Promise.race([runLayers(parseArgs(argv)), overall]);
    console.log(`\nrun-offline: every layer passed in ${Math.round((Date.now() - began) / 1000)} s.`);
    return 0;
  } catch (err) {
    console.error(`\n${explain(err)}`);
    return 1;
  } finally {
    clearTimeout(timer);
    await stopAllTracked();
  }
}
