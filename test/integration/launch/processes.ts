// Every process a launcher starts is registered here and stopped by its own id on every way
// out: normal end, a failed step, a timeout, Ctrl+C, or an uncaught error.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { rmSync } from 'node:fs';

const started = new Set<number>();
/** Temporary folders to remove if the launcher is interrupted before it removes them itself. */
const temporary = new Set<string>();
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

export function removeOnExit(path: string): void {
  temporary.add(path);
}

export function removeNow(path: string): void {
  rmSync(path, { recursive: true, force: true });
  temporary.delete(path);
}

/** Last resort on exit: synchronous, so it also runs from process.on('exit'). */
function cleanUpNow(): void {
  for (const pid of started) killGroup(pid, 'SIGKILL');
  started.clear();
  for (const path of temporary) rmSync(path, { recursive: true, force: true });
  temporary.clear();
}

let installed = false;
export function installExitCleanup(): void {
  if (installed) return;
  installed = true;
  process.on('exit', cleanUpNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\nInterrupted (${signal}): stopping every process this launcher started.`);
      cleanUpNow();
      process.exit(130);
    });
  }
}
