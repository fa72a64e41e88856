// Runs the compiled integration suite inside the extension host. Used by both launchers: the
// test-runner extension (code-server) and the @vscode/test-electron entry.
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type MochaNamespace from 'mocha';
import { failedToRun, runMocha } from '../mochaRun';
import { RUNNER_ENV, type SuiteResults } from '../protocol';
import { measureProductActivation } from './activationProbe';

const TEST_TIMEOUT_MS = 30_000;

export interface SuiteOptions {
  readonly suiteDir: string;
  readonly projectDir: string;
  readonly grep?: string;
}

export function suiteOptionsFromEnv(): SuiteOptions | undefined {
  const suiteDir = process.env[RUNNER_ENV.suiteDir];
  const projectDir = process.env[RUNNER_ENV.projectDir];
  if (!suiteDir || !projectDir) return undefined;
  return { suiteDir, projectDir, grep: process.env[RUNNER_ENV.grep] || undefined };
}

export async function runSuite(options: SuiteOptions, vscodeVersion: string): Promise<SuiteResults> {
  const runtime = `VS Code ${vscodeVersion}`;
  // First, before mocha loads anything: no test may have activated the product yet.
  const activation = await measureProductActivation();
  const results = await runTests(options, runtime);
  return { ...results, metrics: { activation } };
}

async function runTests(options: SuiteOptions, runtime: string): Promise<SuiteResults> {
  let Mocha: typeof MochaNamespace;
  try {
    // The runner is installed far from the project, so mocha is loaded from the project itself.
    Mocha = createRequire(join(options.projectDir, 'package.json'))('mocha') as typeof MochaNamespace;
  } catch (err) {
    return failedToRun(runtime, `mocha could not be loaded from ${options.projectDir}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const files = readdirSync(options.suiteDir).filter((n) => n.endsWith('.test.js')).sort().map((n) => join(options.suiteDir, n));
  return runMocha(Mocha, { files, runtime, timeoutMs: TEST_TIMEOUT_MS, grep: options.grep });
}

/** Written to a temporary name first, so a launcher polling for the file never reads half of it. */
export function writeResults(file: string, results: SuiteResults): void {
  writeFileSync(`${file}.partial`, JSON.stringify(results, null, 2));
  renameSync(`${file}.partial`, file);
}
