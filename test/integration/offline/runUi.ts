// The UI layer: mocha over test/ui/*.ui.ts in this process, against one VS Code session that
// shows the fixture workspace, with the product installed and the emulator as its Graph API.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { screenshot, setUiContext } from '../../ui/context';
import { dismissOverlays } from '../../ui/workbench';
import { ARTIFACTS_DIR, FIXTURES_DIR, PROJECT_DIR } from '../launch/paths';
import { assertPassed, printResults } from '../launch/report';
import { runMocha } from '../mochaRun';
import type { Emulator } from '../../emulator';
import { productSettings, TEST_TOKEN } from '../settings';
import { assertTokenNowhere, readablePlaces } from '../launch/tokenScan';
import { startSession } from './session';

const LAYER = 'ui';
const UI_DIR = join(PROJECT_DIR, 'test', 'ui');
const STEP_TIMEOUT_MS = 60_000;

/** What the page looked like when a step failed: test/artifacts/ui/failed-<test title>.png. */
async function screenshotFailure(this: Mocha.Context): Promise<void> {
  const test = this.currentTest;
  if (test?.state !== 'failed') return;
  await screenshot(`failed-${test.fullTitle().replace(/[^\w-]+/g, '-').slice(0, 80)}`).catch(() => undefined);
  // The next test starts from a clear workbench.
  await dismissOverlays().catch(() => undefined);
}

export async function runUiTests(codeServerBin: string, productVsix: string, emulator: Emulator): Promise<void> {
  const settings = { ...productSettings(emulator.url), 'workbench.colorTheme': 'Default Dark Modern' };
  const files = readdirSync(UI_DIR).filter((n) => n.endsWith('.ui.ts')).sort().map((n) => join(UI_DIR, n));
  const session = await startSession({ layer: LAYER, codeServerBin, vsixFiles: [productVsix], workspaceFrom: FIXTURES_DIR, settings });
  let failed = true;
  try {
    setUiContext({ page: session.page, emulator, workspaceDir: session.profile.workspaceDir, artifactsDir: join(ARTIFACTS_DIR, 'ui') });
    const results = await runMocha(Mocha, {
      files,
      runtime: 'code-server in headless Chromium',
      timeoutMs: STEP_TIMEOUT_MS,
      grep: process.env.FBBATCH_UI_GREP,
      rootHooks: { afterEach: screenshotFailure },
    });
    printResults(LAYER, results, false);
    assertPassed(LAYER, results);
    assertTokenNowhere(LAYER, TEST_TOKEN, readablePlaces(session.profile));
    failed = false;
  } finally {
    // A failed hook gets no afterEach: keep the last picture too.
    if (failed) await screenshot('failed-last-state').catch(() => undefined);
    setUiContext(undefined);
    await session.close(failed ? ARTIFACTS_DIR : undefined);
  }
}
