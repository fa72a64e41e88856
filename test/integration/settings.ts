// What every VS Code session of the tests starts with: the user settings, and the credentials
// the launcher's emulator accepts.

/** A token distinctive enough that finding it in a settings file or a log is never a coincidence. */
export const TEST_TOKEN = 'EAAfbbatchIntegrationToken7Qx9Zr';
export const TEST_APP_ID = '1234567890';

/** User settings for the product: the emulator as the Graph API (an application-scope setting). */
export function productSettings(graphApiUrl: string): Record<string, unknown> {
  return { 'fbbatch.graphApiUrl': graphApiUrl, 'fbbatch.appId': TEST_APP_ID };
}
