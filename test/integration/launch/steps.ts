// Running one bounded step of a launcher: a child process with a time limit, whose failure
// names the layer it belongs to and keeps the end of its output for the message.
import type { SpawnOptions } from 'node:child_process';
import { startTracked, stopTracked } from './processes';

/** A failure of one layer (setup, package, integration, ui…), with a reason in plain words. */
export class LayerFailure extends Error {
  constructor(readonly layer: string, readonly reason: string) {
    super(`[${layer}] ${reason}`);
  }
}

const OUTPUT_TAIL_CHARS = 3_000;

export interface StepOptions extends Pick<SpawnOptions, 'cwd' | 'env'> {
  readonly layer: string;
  readonly timeoutMs: number;
  /** Print the output as it comes (long steps such as the code-server install). */
  readonly echo?: boolean;
}

/** Runs command to its end; resolves with stdout, or rejects with a LayerFailure. */
export async function runStep(command: string, args: readonly string[], options: StepOptions): Promise<string> {
  const child = startTracked(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    output += chunk.toString();
    if (options.echo) process.stdout.write(chunk);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (options.echo) process.stderr.write(chunk);
  });
  const name = [command, ...args].join(' ');
  let timer: NodeJS.Timeout | undefined;
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      timer = setTimeout(() => reject(new LayerFailure(options.layer, `"${name}" did not finish within ${options.timeoutMs / 1000} s.`)), options.timeoutMs);
      child.once('error', (err) => reject(new LayerFailure(options.layer, `"${name}" could not start: ${err.message}`)));
      child.once('close', resolve);
    });
    if (code !== 0) {
      throw new LayerFailure(options.layer, `"${name}" exited with code ${code}. Its last output:\n${output.slice(-OUTPUT_TAIL_CHARS)}`);
    }
    return stdout;
  } finally {
    clearTimeout(timer);
    await stopTracked(child);
  }
}
