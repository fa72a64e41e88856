// The Graph API emulator (test/emulator) for a launcher, accepting the tests' token.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../../emulator';
import { TEST_APP_ID, TEST_TOKEN } from '../settings';
import { removeNow, removeOnExit } from './processes';
import { LayerFailure } from './steps';

/** The emulator keeps uploads in a folder of ours, so an interrupted run removes it too. */
export async function startTestEmulator(): Promise<Emulator> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fbbatch-emulator-'));
  removeOnExit(dataDir);
  try {
    const emulator = await startEmulator({ validTokens: [TEST_TOKEN], appIds: [TEST_APP_ID], dataDir });
    return {
      ...emulator,
      close: async () => {
        await emulator.close();
        removeNow(dataDir);
      },
    };
  } catch (err) {
    removeNow(dataDir);
    throw new LayerFailure('emulator', `the Graph API emulator did not start: ${err instanceof Error ? err.message : String(err)}`);
  }
}
