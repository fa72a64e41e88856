// The Graph API emulator (test/emulator) for a launcher, accepting the tests' token.
import { startEmulator, type Emulator } from '../../emulator';
import { TEST_APP_ID, TEST_TOKEN } from '../settings';
import { LayerFailure } from './steps';

export async function startTestEmulator(): Promise<Emulator> {
  try {
    return await startEmulator({ validTokens: [TEST_TOKEN], appIds: [TEST_APP_ID] });
  } catch (err) {
    throw new LayerFailure('emulator', `the Graph API emulator did not start: ${err instanceof Error ? err.message : String(err)}`);
  }
}
