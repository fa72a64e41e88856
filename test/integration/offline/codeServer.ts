// code-server, a real VS Code served to a browser: installed by .ci/setup-vscode.sh, run on a
// free loopback port with its own temporary user data, extensions and workspace.
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SETUP_SCRIPT } from '../launch/paths';
import { startTracked } from '../launch/processes';
import { LayerFailure, runStep } from '../launch/steps';
import type { Profile } from '../launch/profile';

const HOST = '127.0.0.1';
const INSTALL_TIMEOUT_MS = 12 * 60_000;
const READY_TIMEOUT_MS = 60_000;

/** Installs code-server into its cache folder on first use; returns the executable. */
export async function ensureCodeServer(): Promise<string> {
  const out = await runStep('bash', [SETUP_SCRIPT], { layer: 'setup', timeoutMs: INSTALL_TIMEOUT_MS, echo: false });
  const bin = out.trim().split('\n').pop();
  if (!bin) throw new LayerFailure('setup', `${SETUP_SCRIPT} did not print the code-server path.`);
  return bin;
}

/** code-server keeps a heartbeat and logs under XDG_DATA_HOME: inside the profile, not the home folder. */
function serverEnv(profile: Profile, extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return { ...process.env, XDG_DATA_HOME: join(profile.root, 'xdg-data'), ...extra };
}

function commonArgs(profile: Profile): string[] {
  return ['--config', profile.configFile, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

export async function installExtensions(bin: string, profile: Profile, vsixFiles: readonly string[]): Promise<void> {
  // Without --install-extension code-server would start serving instead.
  if (vsixFiles.length === 0) return;
  const args = [...commonArgs(profile), ...vsixFiles.flatMap((f) => ['--install-extension', f]), '--force'];
  const out = await runStep(bin, args, { layer: 'install-extensions', timeoutMs: 120_000, env: serverEnv(profile) });
  // code-server reports some failures on stdout with exit code 0.
  if (/failed|error/i.test(out)) throw new LayerFailure('install-extensions', `code-server could not install an extension:\n${out.trim()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new LayerFailure('start-vscode', `code-server exited with code ${child.exitCode} while starting.`);
    try {
      const res = await fetch(`${url}healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new LayerFailure('start-vscode', `code-server did not answer on ${url} within ${READY_TIMEOUT_MS / 1000} s.`);
}

export interface RunningCodeServer {
  readonly child: ChildProcess;
  /** The workbench with the profile's workspace folder open. */
  readonly workbenchUrl: string;
}

/** Starts code-server; env reaches the extension host (the test runner reads its settings there). */
export async function startCodeServer(bin: string, profile: Profile, env: Readonly<Record<string, string>>): Promise<RunningCodeServer> {
  const port = await freePort();
  const args = [
    ...commonArgs(profile),
    '--auth', 'none',
    '--bind-addr', `${HOST}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    profile.workspaceDir,
  ];
  const log = createWriteStream(profile.serverLog);
  const child = startTracked(bin, args, { env: serverEnv(profile, env), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const base = `http://${HOST}:${port}/`;
  await waitUntilServing(base, child);
  return { child, workbenchUrl: `${base}?folder=${encodeURIComponent(profile.workspaceDir)}` };
}
