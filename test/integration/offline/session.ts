// One VS Code session for a test layer: a fresh profile, the given extensions installed,
// code-server started, the workbench open in headless Chromium. close() undoes all of it.
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { stopTracked } from '../launch/processes';
import { openWorkbench, type OpenWorkbench } from './browser';
import { installExtensions, startCodeServer, type RunningCodeServer } from './codeServer';
import { createProfile, removeProfile, type Profile } from '../launch/profile';

export interface SessionOptions {
  /** The layer named in failure messages. */
  readonly layer: string;
  readonly codeServerBin: string;
  readonly vsixFiles: readonly string[];
  /** Folder copied to a temporary workspace, which VS Code opens. */
  readonly workspaceFrom: string;
  /** User settings (application-scope settings such as fbbatch.graphApiUrl belong here). */
  readonly settings: Readonly<Record<string, unknown>>;
  /** Environment for code-server and so for the extension host. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface VsCodeSession {
  readonly page: Page;
  readonly profile: Profile;
  /** False once code-server has exited on its own (a crash while a layer waits for it). */
  serverRunning(): boolean;
  /** Closes the browser, stops code-server, removes the profile (keeping its log in logDir). */
  close(logDir?: string): Promise<void>;
}

/** The server's log and VS Code's own logs (extension host, window), for a failed layer. */
function keepLogs(profile: Profile, layer: string, logDir: string): void {
  mkdirSync(logDir, { recursive: true });
  if (existsSync(profile.serverLog)) copyFileSync(profile.serverLog, join(logDir, `${layer}-code-server.log`));
  const vscodeLogs = join(profile.userDataDir, 'logs');
  if (existsSync(vscodeLogs)) cpSync(vscodeLogs, join(logDir, `${layer}-vscode-logs`), { recursive: true });
}

async function closeQuietly(browser: OpenWorkbench['browser'] | undefined): Promise<void> {
  if (!browser) return;
  await Promise.race([browser.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
}

export async function startSession(options: SessionOptions): Promise<VsCodeSession> {
  const profile = createProfile(options.workspaceFrom, options.settings);
  let server: RunningCodeServer | undefined;
  let opened: OpenWorkbench | undefined;
  const close = async (logDir?: string) => {
    await closeQuietly(opened?.browser);
    if (server) await stopTracked(server.child);
    if (logDir) keepLogs(profile, options.layer, logDir);
    removeProfile(profile);
  };
  try {
    await installExtensions(options.codeServerBin, profile, options.vsixFiles);
    server = await startCodeServer(options.codeServerBin, profile, options.env ?? {});
    opened = await openWorkbench(server.workbenchUrl, options.layer);
    const child = server.child;
    return { page: opened.page, profile, close, serverRunning: () => child.exitCode === null && child.signalCode === null };
  } catch (err) {
    await close();
    throw err;
  }
}
