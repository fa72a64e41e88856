// The launcher's Graph API emulator, seen from inside the extension host: its test-only
// /__emulator/ routes switch faults and read back what an upload stored.
import type { Faults } from '../../emulator/faults';
import { RUNNER_ENV } from '../protocol';

function baseUrl(): string {
  const url = process.env[RUNNER_ENV.emulatorUrl];
  if (!url) throw new Error(`${RUNNER_ENV.emulatorUrl} is not set: the launcher starts the emulator`);
  return url;
}

async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${baseUrl()}/__emulator/${path}`, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(5_000),
  });
  if (!res.ok) throw new Error(`emulator ${method} ${path} answered ${res.status}`);
  return res.json();
}

export const emulator = {
  setFaults: (faults: Partial<Faults>) => call('POST', 'faults', faults),
  resetFaults: () => call('POST', 'reset', {}),
  /** SHA-256 (hex) and length of what the emulator stored for an upload session. */
  async storedUpload(sessionId: string): Promise<{ sha256: string; file_offset: number; file_length: number }> {
    return (await call('GET', `uploads/${encodeURIComponent(sessionId)}/sha256`)) as { sha256: string; file_offset: number; file_length: number };
  },
};

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly kind?: string;
  readonly status?: number;
  readonly fault?: string;
  readonly bytesStored?: number;
}

export async function requestLog(): Promise<LoggedRequest[]> {
  return (await call('GET', 'requests')) as LoggedRequest[];
}
