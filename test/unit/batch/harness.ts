// An emulator per test file, and run options pointing at it with a realistic-looking token.
import { after, before } from 'node:test';
import type { RunBatchOptions } from '../../../src/core/batch';
import { startEmulator, type Emulator } from '../../emulator';

export const TOKEN = 'EAAGsecretTOKENvalue123';

export function useEmulator(): { emulator: () => Emulator; options: (extra?: Partial<RunBatchOptions>) => RunBatchOptions } {
  let emulator: Emulator | undefined;
  before(async () => {
    emulator = await startEmulator({ validTokens: [TOKEN] });
  });
  after(async () => {
    await emulator?.close();
  });
  const get = (): Emulator => {
    if (!emulator) throw new Error('emulator not started');
    return emulator;
  };
  return {
    emulator: get,
    options: (extra = {}) => ({
      client: { graphUrl: get().url, apiVersion: 'v24.0', timeoutMs: 5000 },
      accessToken: TOKEN,
      retries: 2,
      backoff: { baseDelayMs: 5, maxDelayMs: 20 },
      ...extra,
    }),
  };
}

/** Every user-visible text of a run result, to check that no token leaked into it. */
export function visibleText(result: { operations: readonly { explanation: string; error?: unknown }[]; failures: readonly unknown[] }): string {
  return JSON.stringify([result.failures, result.operations.map((o) => [o.explanation, o.error])]);
}
