// Builds what the launchers install or load: the product .vsix (npm run package), the suite and
// the test-runner extension (bundled with esbuild), and the runner's .vsix (vsce; VS Code
// ignores unpacked folders in its extensions dir).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nodeBundle as productNodeBundle } from '../../../esbuild.mjs';
import { INTEGRATION_DIR, PROJECT_DIR, WORK_DIR } from './paths';
import { runStep } from './steps';

export interface BuiltSuite {
  /** Compiled *.test.js, loaded by mocha inside the extension host. */
  readonly suiteDir: string;
  /** extensionTestsPath for @vscode/test-electron. */
  readonly electronEntry: string;
  /** The test-runner extension for code-server. */
  readonly runnerVsix: string;
}

const nodeBundle: esbuild.BuildOptions = {
  ...productNodeBundle,
  sourcemap: 'inline',
  logLevel: 'warning',
  // vscode is provided by the extension host; mocha is loaded from the project by the runner.
  external: ['vscode', 'mocha'],
};

export async function packageProduct(): Promise<void> {
  await runStep('npm', ['run', 'package'], { layer: 'package', cwd: PROJECT_DIR, timeoutMs: 180_000 });
}

export async function buildSuite(): Promise<BuiltSuite> {
  const suiteSource = join(INTEGRATION_DIR, 'suite');
  const suiteDir = join(WORK_DIR, 'suite');
  rmSync(suiteDir, { recursive: true, force: true });
  const testFiles = readdirSync(suiteSource).filter((n) => n.endsWith('.test.ts'));
  await esbuild.build({
    ...nodeBundle,
    entryPoints: Object.fromEntries(testFiles.map((f) => [f.replace(/\.ts$/, ''), join(suiteSource, f)])),
    outdir: suiteDir,
  });
  await esbuild.build({ ...nodeBundle, entryPoints: { entry: join(INTEGRATION_DIR, 'runner', 'electronEntry.ts') }, outdir: join(WORK_DIR, 'electron') });
  return { suiteDir, electronEntry: join(WORK_DIR, 'electron', 'entry.js'), runnerVsix: await buildRunnerVsix() };
}

/** The test-runner extension for code-server, packaged; returns the .vsix. */
export async function buildRunnerVsix(): Promise<string> {
  const runnerDir = join(WORK_DIR, 'runner-ext');
  rmSync(runnerDir, { recursive: true, force: true });
  mkdirSync(runnerDir, { recursive: true });
  await esbuild.build({ ...nodeBundle, entryPoints: { extension: join(INTEGRATION_DIR, 'runner', 'extension.ts') }, outdir: runnerDir });
  copyFileSync(join(INTEGRATION_DIR, 'runner', 'package.json'), join(runnerDir, 'package.json'));
  copyFileSync(join(PROJECT_DIR, 'LICENSE'), join(runnerDir, 'LICENSE'));
  const runnerVsix = join(WORK_DIR, 'fbbatch-test-runner.vsix');
  await runStep(
    join(PROJECT_DIR, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', runnerVsix],
    { layer: 'package', cwd: runnerDir, timeoutMs: 60_000 },
  );
  return runnerVsix;
}
