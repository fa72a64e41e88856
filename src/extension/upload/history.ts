// Finished uploads (for the "Show Upload History" list) and interrupted ones (for "Resume
// Interrupted Uploads"). Kept in globalState: file, size, time, handle or session — never a token.
import type * as vscode from 'vscode';
import type { UploadSessionRecord } from '../../core/upload/types';

export interface UploadHistoryEntry {
  readonly filePath: string;
  readonly fileSize: number;
  readonly finishedAt: string;
  readonly handle: string;
  readonly appId: string;
}

const HISTORY_KEY = 'fbbatch.uploadHistory';
const PENDING_KEY = 'fbbatch.pendingUploads';
const HISTORY_LIMIT = 200;

export class UploadStore {
  /** Every change reads, edits and writes a whole list: run them one after another so none is lost. */
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly state: vscode.Memento) {}

  private serialized(change: () => Thenable<void>): Promise<void> {
    const next = this.writes.then(change, change);
    this.writes = next.catch(() => undefined);
    return next;
  }

  history(): readonly UploadHistoryEntry[] {
    return this.state.get<UploadHistoryEntry[]>(HISTORY_KEY, []);
  }

  addFinished(entry: UploadHistoryEntry): Promise<void> {
    return this.serialized(() => this.state.update(HISTORY_KEY, [entry, ...this.history()].slice(0, HISTORY_LIMIT)));
  }

  pending(): readonly UploadSessionRecord[] {
    return this.state.get<UploadSessionRecord[]>(PENDING_KEY, []);
  }

  /** Saves or updates an interrupted session (keyed by session id). */
  savePending(record: UploadSessionRecord): Promise<void> {
    return this.serialized(() => this.state.update(PENDING_KEY, [record, ...this.pending().filter((r) => r.sessionId !== record.sessionId)]));
  }

  removePending(sessionId: string): Promise<void> {
    return this.serialized(() => this.state.update(PENDING_KEY, this.pending().filter((r) => r.sessionId !== sessionId)));
  }
}
