// Shared by the upload tests: the emulator and temp files with random content, hashes, and a clock
// that does not wait.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Clock } from '../../../src/core/graph';
import { after, before, beforeEach } from 'node:test';
import { UploadError } from '../../../src/core/upload';
import { startEmulator, type Emulator } from '../../emulator';

export class TempFiles {
  readonly dir = mkdtempSync(join(tmpdir(), 'fbbatch-upload-'));

  /** A file of `size` random bytes. */
  random(name: string, size: number): string {
    const path = join(this.dir, name);
    writeFileSync(path, randomBytes(size));
    return path;
  }

  text(name: string, content: string): string {
    const path = join(this.dir, name);
    writeFileSync(path, content);
    return path;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Backoff without waiting: records each requested delay and runs `onSleep` (e.g. to lift a fault). */
export function instantClock(onSleep?: (ms: number) => void): Clock & { readonly sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => Date.now(),
    sleep: async (ms) => {
      sleeps.push(ms);
      onSleep?.(ms);
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

export async function uploadFailure(promise: Promise<unknown>): Promise<UploadError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof UploadError, `expected an UploadError, got ${String(error)}`);
    assert.ok(!error.message.includes('test-token'), `the token leaked into: ${error.message}`);
    return error;
  }
  assert.fail('expected the upload to fail');
}

/** An emulator (faults reset before each test) and temporary files, for a whole test file. */
export function uploadTestBed(): { readonly emulator: Emulator; readonly files: TempFiles } {
  let emulator: Emulator | undefined;
  const files = new TempFiles();
  before(async () => {
    emulator = await startEmulator({});
  });
  after(async () => {
    await emulator?.close();
    files.remove();
  });
  beforeEach(() => emulator?.resetFaults());
  return {
    get emulator(): Emulator {
      if (!emulator) throw new Error('the emulator starts in the before hook');
      return emulator;
    },
    files,
  };
}
