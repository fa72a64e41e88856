// After a session: the token must not have reached a settings file, a log, or the workspace.
// (Secret storage itself is VS Code's business and is not scanned.)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile } from './profile';
import { LayerFailure } from './steps';

const MAX_SCANNED_BYTES = 50 * 1024 * 1024;

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((p) => statSync(p).isFile());
}

/** The places a person or a bug report could read: user settings, every log, the workspace. */
export function readablePlaces(profile: Profile): string[] {
  return [
    join(profile.userDataDir, 'User', 'settings.json'),
    join(profile.userDataDir, 'logs'),
    profile.workspaceDir,
    profile.serverLog,
  ];
}

export function assertTokenNowhere(layer: string, token: string, places: readonly string[]): void {
  const files = places.flatMap(filesUnder);
  if (files.length === 0) throw new LayerFailure(layer, 'the token scan found no settings or logs to look at.');
  const leaks = files.filter((f) => statSync(f).size <= MAX_SCANNED_BYTES && readFileSync(f).includes(token));
  if (leaks.length > 0) throw new LayerFailure(layer, `the access token was written to: ${leaks.join(', ')}`);
}
