import type { UploadSessionRecord } from './types';

/** Why an upload stopped; callers branch on this, users read `message`. */
export type UploadErrorKind =
  | 'unsupported-type'
  | 'empty-file'
  | 'file-unreadable'
  | 'file-changed'
  | 'endpoint-refused'
  | 'bad-token'
  | 'wrong-app'
  | 'session-unknown'
  | 'offset-mismatch'
  | 'interrupted'
  | 'cancelled'
  | 'handle-lost'
  | 'server-error';

/**
 * An upload failure with a plain-words message (never a token, never a stack trace).
 * `record` is set when the server holds a session that `resumeUpload` can continue.
 */
export class UploadError extends Error {
  readonly kind: UploadErrorKind;
  readonly record?: UploadSessionRecord;
  /** HTTP status of the answer that caused the failure, when there was one. */
  readonly status?: number;

  constructor(kind: UploadErrorKind, message: string, details: { record?: UploadSessionRecord; status?: number } = {}) {
    super(message);
    this.name = 'UploadError';
    this.kind = kind;
    this.record = details.record;
    this.status = details.status;
  }

  /** Whether `resumeUpload(error.record, ...)` may finish the job later (interrupted, cancelled, or a token to replace). */
  get resumable(): boolean {
    return this.record !== undefined;
  }
}
