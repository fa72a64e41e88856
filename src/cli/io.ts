// The process as the commands see it: output that is always redacted, the environment, Ctrl+C.
import { redactSecrets } from '../core/graph';
import { secretsFromEnv } from './env';

export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

export interface Io {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Writes a line to stdout (tokens from the environment removed). */
  out(line: string): void;
  /** Writes a line to stderr (tokens from the environment removed). */
  err(line: string): void;
  /** Raw stderr writes for a progress bar that redraws one line. */
  errRaw(text: string): void;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  /** Aborted on Ctrl+C. */
  readonly signal: AbortSignal;
  readStdin(): Promise<string>;
}

export function processIo(signal: AbortSignal): Io {
  const secrets = secretsFromEnv(process.env);
  const clean = (text: string): string => redactSecrets(text, secrets);
  return {
    env: process.env,
    cwd: process.cwd(),
    out: (line) => void process.stdout.write(`${clean(line)}\n`),
    err: (line) => void process.stderr.write(`${clean(line)}\n`),
    errRaw: (text) => void process.stderr.write(clean(text)),
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    signal,
    readStdin: () =>
      new Promise<string>((resolve, reject) => {
        const chunks: Buffer[] = [];
        // Ctrl+C ends the wait for input too.
        const onAbort = (): void => {
          process.stdin.destroy();
          reject(new Error('Interrupted while reading standard input.'));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        process.stdin
          .on('data', (chunk: Buffer) => chunks.push(chunk))
          .on('error', reject)
          .on('end', () => {
            signal.removeEventListener('abort', onAbort);
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
      }),
  };
}
