// A throw-away VS Code profile: user data (with the user settings.json), extensions, a copy of
// the fixture workspace, all under one temporary folder that is removed afterwards.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeNow, removeOnExit } from './processes';

export interface Profile {
  readonly root: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly workspaceDir: string;
  readonly configFile: string;
  readonly serverLog: string;
}

/** Settings that keep the workbench quiet: no welcome page, trust prompt, tips or update checks. */
const QUIET_WORKBENCH: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'window.restoreWindows': 'none',
  'chat.commandCenter.enabled': false,
};

export function createProfile(workspaceFrom: string, settings: Readonly<Record<string, unknown>>): Profile {
  const root = mkdtempSync(join(tmpdir(), 'fbbatch-vscode-'));
  removeOnExit(root);
  const profile: Profile = {
    root,
    userDataDir: join(root, 'user-data'),
    extensionsDir: join(root, 'extensions'),
    workspaceDir: join(root, 'workspace'),
    configFile: join(root, 'code-server.yaml'),
    serverLog: join(root, 'code-server.log'),
  };
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  cpSync(workspaceFrom, profile.workspaceDir, { recursive: true });
  // Our own config file, so code-server never writes one into the user's home.
  writeFileSync(profile.configFile, 'auth: none\ncert: false\n');
  writeFileSync(join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_WORKBENCH, ...settings }, null, 2));
  return profile;
}

export function removeProfile(profile: Profile): void {
  removeNow(profile.root);
}
