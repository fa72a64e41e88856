// Interrupted upload sessions, kept between runs so `fbbatch upload --resume ID` can continue one.
// A small JSON file ($FBBATCH_STATE_DIR/uploads.json, else ~/.config/fbbatch/uploads.json); the
// records never hold a token.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { UploadSessionRecord } from '../core/upload';
import { writeFileAtomic } from './atomic-write';

type Env = Readonly<Record<string, string | undefined>>;

interface StateFile {
  readonly version: 1;
  readonly sessions: readonly UploadSessionRecord[];
}

export function stateFilePath(env: Env): string {
  const dir = env.FBBATCH_STATE_DIR || join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'fbbatch');
  return join(dir, 'uploads.json');
}

export class UploadState {
  constructor(readonly path: string) {}

  find(sessionId: string): UploadSessionRecord | undefined {
    return this.read().find((r) => r.sessionId === sessionId);
  }

  /** Adds or replaces the record of its session. */
  save(record: UploadSessionRecord): void {
    this.write([...this.read().filter((r) => r.sessionId !== record.sessionId), record]);
  }

  remove(sessionId: string): void {
    const sessions = this.read();
    if (sessions.some((r) => r.sessionId === sessionId)) this.write(sessions.filter((r) => r.sessionId !== sessionId));
  }

  /** An unreadable or foreign file counts as empty: it only ever holds what can be recreated. */
  private read(): UploadSessionRecord[] {
    try {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<StateFile>;
      return Array.isArray(parsed.sessions) ? parsed.sessions.filter(isRecord) : [];
    } catch {
      return [];
    }
  }

  private write(sessions: readonly UploadSessionRecord[]): void {
    const state: StateFile = { version: 1, sessions };
    writeFileAtomic(this.path, `${JSON.stringify(state, null, 2)}\n`, 0o600);
  }
}

function isRecord(value: unknown): value is UploadSessionRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.sessionId === 'string' && typeof r.filePath === 'string' && typeof r.fileSize === 'number' && typeof r.appId === 'string';
}
