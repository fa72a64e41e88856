// What `activate` returns: read-only views of the extension's state, for other extensions and for
// the integration tests. Nothing here can change state or reveal a token.
import type { BatchRunResult } from '../core/batch/result';
import type { PanelView } from '../webview/protocol';
import type { UploadHistoryEntry } from './upload/history';

export interface FbbatchApi {
  /** The last run result of a file (by URI string), tokens already redacted. */
  lastRun(fileUri: string): BatchRunResult | undefined;
  /** What the response panel shows now, if it is open. */
  panelView(): PanelView | undefined;
  /** Finished uploads, newest first. */
  uploadHistory(): readonly UploadHistoryEntry[];
  /** Interrupted uploads kept for "Resume Interrupted Uploads" (never a token). */
  pendingUploads(): readonly { readonly filePath: string; readonly sessionId: string; readonly bytesConfirmed: number }[];
}
