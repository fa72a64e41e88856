// Runs a command as a child process and reports its wall time and peak resident memory, measured
// from outside by GNU time (`/usr/bin/time -v`, "Maximum resident set size").
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { nowMs } from './stats';

const GNU_TIME = '/usr/bin/time';

export interface ChildRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallMs: number;
  /** Peak RSS in bytes; undefined when GNU time is not installed. */
  readonly peakRssBytes?: number;
}

export const canMeasureRss = (): boolean => existsSync(GNU_TIME);

export function runChild(command: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<ChildRun> {
  const measured = canMeasureRss();
  const [file, argv] = measured ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = nowMs();
    const child = spawn(file, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = stderr.length < 1_000_000 ? stderr + chunk : stderr));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      const wallMs = nowMs() - started;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ code, stdout, stderr, wallMs, peakRssBytes: rss ? Number(rss[1]) * 1024 : undefined });
    });
  });
}
