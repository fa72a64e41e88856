// Builds dist-like dist/cli.js once per test file (into a temp folder) and runs it as a child process.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { nodeBundle } from '../../esbuild.mjs';

export const ROOT = join(__dirname, '..', '..');
/** A token long and odd enough that finding it anywhere in output means a leak. */
export const SECRET_TOKEN = 'EAAcliSecretTok3nForTests0123456789';
export const PAGE_SECRET = 'EAAcliPageTok3nForTests9876543210';

let built: Promise<string> | undefined;

/** The CLI bundled as esbuild.mjs bundles it (entry src/cli/main.ts, node banner). */
export function buildCli(outdir = mkdtempSync(join(tmpdir(), 'fbbatch-cli-'))): Promise<string> {
  built ??= build({
    absWorkingDir: ROOT,
    ...nodeBundle,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir,
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'error',
  }).then(() => join(outdir, 'cli.js'));
  return built;
}

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly env?: Record<string, string>;
  readonly cwd?: string;
  readonly input?: string;
  /** Leave standard input open (a program waiting for input). */
  readonly keepStdinOpen?: boolean;
  readonly timeoutMs?: number;
  /** Another command line instead of `node cli.js ...args` (e.g. to run it under script(1)). */
  readonly command?: readonly string[];
  /** Called once the process runs, e.g. to send it SIGINT. */
  readonly onSpawn?: (child: import('node:child_process').ChildProcess) => void;
}

/** Runs the built CLI with a clean environment (no FB_* from the outside) and collects its output. */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const cli = await buildCli();
  const home = mkdtempSync(join(tmpdir(), 'fbbatch-home-'));
  const [program, ...programArgs] = options.command ?? [process.execPath, cli, ...args];
  const child = spawn(program, programArgs, {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: home, FBBATCH_STATE_DIR: join(home, 'state'), ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  if (!options.keepStdinOpen) child.stdin.end(options.input ?? '');
  options.onSpawn?.(child);
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  return { code, signal, stdout, stderr };
}

/** A folder with the given files (name → content). */
export function tempFolder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fbbatch-cli-files-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
