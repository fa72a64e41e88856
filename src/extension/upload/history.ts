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
  constructor(private readonly state: vscode.Memento) {}

  history(): readonly UploadHistoryEntry[] {
    return this.state.get<UploadHistoryEntry[]>(HISTORY_KEY, []);
  }

  async addFinished(entry: UploadHistoryEntry): Promise<void> {
    await this.state.update(HISTORY_KEY, [entry, ...this.history()].slice(0, HISTORY_LIMIT));
  }

  pending(): readonly UploadSessionRecord[] {
    return this.state.get<UploadSessionRecord[]>(PENDING_KEY, []);
  }

  /** Saves or updates an interrupted session (keyed by session id). */
  async savePending(record: UploadSessionRecord): Promise<void> {
    const others = this.pending().filter((r) => r.sessionId !== record.sessionId);
    await this.state.update(PENDING_KEY, [record, ...others]);
  }

  async removePending(sessionId: string): Promise<void> {
    await this.state.update(PENDING_KEY, this.pending().filter((r) => r.sessionId !== sessionId));
  }
}
