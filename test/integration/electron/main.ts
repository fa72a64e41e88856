// Launcher A: the same integration suite in a VS Code that @vscode/test-electron downloads (a
// contributor's laptop, a hosted CI). Needs internet and, on Linux, a display (xvfb-run).
import { runTests } from '@vscode/test-electron';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSuite } from '../launch/build';
import { FIXTURES_DIR, PROJECT_DIR, WORK_DIR } from '../launch/paths';
import { installExitCleanup, stopAllTracked } from '../launch/processes';
import { createProfile, removeProfile } from '../launch/profile';
import { reportActivation } from '../launch/metrics';
import { assertPassed, printResults } from '../launch/report';
import { LayerFailure, runStep } from '../launch/steps';
import { isSuiteResults, RUNNER_ENV } from '../protocol';
import { startTestEmulator } from '../launch/emulator';
import { assertTokenNowhere, readablePlaces } from '../launch/tokenScan';
import { productSettings, TEST_TOKEN } from '../settings';

const LAYER = 'integration-electron';
const VSCODE_VERSION = process.env.FBBATCH_VSCODE_VERSION ?? '1.99.3';

async function runSuiteInElectron(): Promise<void> {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new LayerFailure(LAYER, 'VS Code (Electron) needs a display on Linux: run it as "xvfb-run -a node test/integration/run-electron.mjs", or use run-offline.mjs.');
  }
  await runStep('npm', ['run', 'build'], { layer: 'build', cwd: PROJECT_DIR, timeoutMs: 120_000 });
  const built = await buildSuite();
  const emulator = await startTestEmulator();
  const profile = createProfile(FIXTURES_DIR, productSettings(emulator.url));
  mkdirSync(WORK_DIR, { recursive: true });
  const resultsFile = join(WORK_DIR, 'results-electron.json');
  rmSync(resultsFile, { force: true });
  try {
    await runTests({
      version: VSCODE_VERSION,
      extensionDevelopmentPath: PROJECT_DIR,
      extensionTestsPath: built.electronEntry,
      extensionTestsEnv: {
        [RUNNER_ENV.suiteDir]: built.suiteDir,
        [RUNNER_ENV.resultsFile]: resultsFile,
        [RUNNER_ENV.projectDir]: PROJECT_DIR,
        [RUNNER_ENV.emulatorUrl]: emulator.url,
        ...(process.env.FBBATCH_TEST_GREP ? { [RUNNER_ENV.grep]: process.env.FBBATCH_TEST_GREP } : {}),
      },
      launchArgs: [
        profile.workspaceDir,
        '--user-data-dir', profile.userDataDir,
        '--extensions-dir', profile.extensionsDir,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    }).catch((err: unknown) => {
      // runTests rejects both when VS Code cannot be downloaded and when a test failed; the
      // results file tells the two apart.
      if (!existsSync(resultsFile)) {
        throw new LayerFailure(LAYER, `VS Code ${VSCODE_VERSION} did not run the suite (no internet to download it? then use run-offline.mjs): ${err instanceof Error ? err.message : String(err)}`);
      }
    });
    if (!existsSync(resultsFile)) throw new LayerFailure(LAYER, 'VS Code exited without writing the suite results.');
    const results: unknown = JSON.parse(readFileSync(resultsFile, 'utf8'));
    if (!isSuiteResults(results)) throw new LayerFailure(LAYER, `the results file ${resultsFile} is not in the expected shape.`);
    printResults(LAYER, results, true);
    reportActivation(LAYER, results);
    assertPassed(LAYER, results);
    assertTokenNowhere(LAYER, TEST_TOKEN, readablePlaces(profile));
  } finally {
    await emulator.close();
    removeProfile(profile);
  }
}

export async function main(): Promise<number> {
  installExitCleanup();
  try {
    await runSuiteInElectron();
    return 0;
  } catch (err) {
    console.error(err instanceof LayerFailure ? `\nFAILED [${err.layer}]: ${err.reason}` : `\nFAILED [launcher]: ${String(err)}`);
    return 1;
  } finally {
    await stopAllTracked();
  }
}
