// Every process a launcher starts is registered here and stopped by its own id on every way
// out: normal end, a failed step, a timeout, Ctrl+C, or an uncaught error.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const started = new Set<number>();
const GRACE_MS = 3_000;

/** Kills the process group led by pid (the process and the children it started). */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a process as the leader of its own process group, so that stopping it also stops what
 * it started (code-server forks a server and extension hosts), and nothing else.
 */
export function startTracked(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command}`);
  // Kept even after the leader exits: its group may still hold children.
  started.add(pid);
  return child;
}

async function stopGroup(pid: number): Promise<void> {
  killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + GRACE_MS;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) killGroup(pid, 'SIGKILL');
  started.delete(pid);
}

export async function stopTracked(child: ChildProcess): Promise<void> {
  if (child.pid !== undefined && started.has(child.pid)) await stopGroup(child.pid);
}

export async function stopAllTracked(): Promise<void> {
  await Promise.all([...started].map((pid) => stopGroup(pid)));
}

/** Last resort on exit: synchronous, so it also runs from process.on('exit'). */
function killAllNow(): void {
  for (const pid of started) killGroup(pid, 'SIGKILL');
  started.clear();
}

let installed = false;
export function installExitCleanup(): void {
  if (installed) return;
  installed = true;
  process.on('exit', killAllNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      killAllNow();
      process.exit(130);
    });
  }
}
