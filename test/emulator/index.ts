// A local Graph API emulator for tests, benchmarks and the demo: the batch endpoint and the
// Resumable Upload API on 127.0.0.1, with switchable faults. See README.md.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmulatorContext } from './context';
import { FaultState, type Faults } from './faults';
import { GraphStore } from './graph/store';
import { tokenChecker } from './graph/tokens';
import type { RequestLogEntry } from './log';
import { createHandler } from './server';
import { UploadSessions } from './upload/sessions';

export type { Faults, ThrottleCode } from './faults';
export { NO_FAULTS } from './faults';
export type { RequestLogEntry, RequestKind } from './log';
export { ERRORS } from './errors';
export { SPECIAL_TOKENS } from './graph/tokens';
export { ME_ID, PAGE_ID, AD_ACCOUNT_ID, FRIEND_NAMES } from './graph/store';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  faults?: Partial<Faults>;
  /** Where upload bytes are stored; default a temporary folder removed on close. */
  dataDir?: string;
  /** Tokens that act as the user (default ['test-token']); page-token, read-only-token and expired-token always exist. */
  validTokens?: string[];
  /** App ids that accept upload sessions (default ['1234567890']). */
  appIds?: string[];
}

export interface Emulator {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  setFaults(faults: Partial<Faults>): void;
  resetFaults(): void;
  /** Every request so far, oldest first (tests may clear it with `requests.length = 0`). */
  readonly requests: RequestLogEntry[];
  /** SHA-256 (hex) of the bytes stored for an upload session id (`upload:...?sig=...`). */
  uploadSha256(sessionId: string): string | undefined;
  uploadOffset(sessionId: string): number | undefined;
  close(): Promise<void>;
}

export const DEFAULT_TOKEN = 'test-token';
export const DEFAULT_APP_ID = '1234567890';

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'fbbatch-emulator-'));
  mkdirSync(dataDir, { recursive: true });
  const faults = new FaultState();
  if (options.faults) faults.set(options.faults);
  const appIds = options.appIds ?? [DEFAULT_APP_ID];
  const uploads = new UploadSessions(dataDir);
  const requests: RequestLogEntry[] = [];

  const server: Server = createServer();
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context: EmulatorContext = {
    store: new GraphStore(appIds),
    checkToken: tokenChecker(options.validTokens ?? [DEFAULT_TOKEN]),
    faults,
    uploads,
    appIds,
    baseUrl: url,
  };
  server.on('request', createHandler(context, requests));

  let closing: Promise<void> | undefined;
  return {
    url,
    requests,
    setFaults: (next) => faults.set(next),
    resetFaults: () => faults.reset(),
    uploadSha256: (id) => {
      const session = uploads.find(id);
      return session ? uploads.sha256(session) : undefined;
    },
    uploadOffset: (id) => uploads.find(id)?.offset,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => {
        if (ownDir) rmSync(dataDir, { recursive: true, force: true });
      });
      return closing;
    },
  };
}
