// Launcher B's integration layer: the mocha suite inside code-server's extension host. The
// test-runner extension runs it and writes the results file that this side waits for.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSuite } from '../launch/build';
import { ARTIFACTS_DIR, FIXTURES_DIR, PROJECT_DIR, WORK_DIR } from '../launch/paths';
import { reportActivation } from '../launch/metrics';
import { assertPassed, printResults } from '../launch/report';
import { LayerFailure } from '../launch/steps';
import { assertTokenNowhere, readablePlaces } from '../launch/tokenScan';
import { productSettings, TEST_TOKEN } from '../settings';
import { isSuiteResults, RUNNER_ENV, type SuiteResults } from '../protocol';
import { startSession } from './session';

const LAYER = 'integration';
const SUITE_TIMEOUT_MS = 5 * 60_000;

async function waitForResults(file: string, serverStopped: () => boolean): Promise<SuiteResults> {
  const deadline = Date.now() + SUITE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (!isSuiteResults(parsed)) throw new LayerFailure(LAYER, `the results file ${file} is not in the expected shape.`);
      return parsed;
    }
    if (serverStopped()) throw new LayerFailure(LAYER, 'code-server stopped before the suite reported.');
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new LayerFailure(LAYER, `the suite did not report within ${SUITE_TIMEOUT_MS / 60_000} minutes (is the test-runner extension activating?).`);
}

export async function runIntegrationOffline(codeServerBin: string, productVsix: string, built: BuiltSuite, emulatorUrl: string): Promise<void> {
  mkdirSync(WORK_DIR, { recursive: true });
  const resultsFile = join(WORK_DIR, 'results-offline.json');
  rmSync(resultsFile, { force: true });
  const session = await startSession({
    layer: LAYER,
    codeServerBin,
    vsixFiles: [productVsix, built.runnerVsix],
    workspaceFrom: FIXTURES_DIR,
    settings: productSettings(emulatorUrl),
    env: {
      [RUNNER_ENV.suiteDir]: built.suiteDir,
      [RUNNER_ENV.resultsFile]: resultsFile,
      [RUNNER_ENV.projectDir]: PROJECT_DIR,
      [RUNNER_ENV.emulatorUrl]: emulatorUrl,
      ...(process.env.FBBATCH_TEST_GREP ? { [RUNNER_ENV.grep]: process.env.FBBATCH_TEST_GREP } : {}),
    },
  });
  let failed = true;
  try {
    const results = await waitForResults(resultsFile, () => !session.serverRunning());
    printResults(LAYER, results, true);
    reportActivation(LAYER, results);
    assertPassed(LAYER, results);
    assertTokenNowhere(LAYER, TEST_TOKEN, readablePlaces(session.profile));
    failed = false;
  } finally {
    if (failed) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await session.page.screenshot({ path: join(ARTIFACTS_DIR, `${LAYER}-failure.png`) }).catch(() => undefined);
    }
    await session.close(failed ? ARTIFACTS_DIR : undefined);
  }
}
