import type { Clock, GraphClientOptions } from '../graph';

/**
 * What a caller needs to keep to resume an interrupted upload later (possibly in another process).
 * It never holds the access token: the caller supplies the token again when resuming.
 */
export interface UploadSessionRecord {
  /** Absolute path of the local file. */
  readonly filePath: string;
  /** Size of the file in bytes when the session was created. */
  readonly fileSize: number;
  /** The file's modification time (ms since the epoch) when the session was created. */
  readonly fileMtimeMs: number;
  /** MIME type announced to the server. */
  readonly fileType: string;
  readonly appId: string;
  /** Upload session id as the server returned it, e.g. `upload:MTph...?sig=ARb...`. */
  readonly sessionId: string;
  /** Graph API version the session was created with. */
  readonly apiVersion: string;
  /** ISO 8601 time of session creation. */
  readonly createdAt: string;
  /** Bytes the server last confirmed it holds (from its own answer, never a local count). */
  readonly bytesConfirmed: number;
}

/** A throttled progress report (at most one every `progressIntervalMs`, plus the final one). */
export interface UploadProgress {
  /** Position in the file reached so far (bytes the server has or that are on their way to it). */
  readonly bytesDone: number;
  readonly totalBytes: number;
  /** 0..100, one decimal. */
  readonly percent: number;
  /** Smoothed transfer rate in bytes per second (0 until measurable). */
  readonly bytesPerSecond: number;
}

export interface UploadOutcome {
  /** The uploaded file's handle (`h`), usable with endpoints that take Resumable Upload handles. */
  readonly handle: string;
  readonly record: UploadSessionRecord;
  /** Bytes of file content handed to the network over all attempts (≥ the part uploaded by this call). */
  readonly bytesSent: number;
  /** Upload requests (POSTs with file content) made by this call. */
  readonly attempts: number;
  readonly elapsedMs: number;
  /** True when the handle came from asking the server again after the final response was lost. */
  readonly recoveredHandle: boolean;
}

/** Told before each automatic resume, so a UI can say "connection lost; resuming in 2 s". */
export interface UploadRetryEvent {
  /** 1 for the first retry; reset to 1 after the server confirms new bytes. */
  readonly retry: number;
  readonly maxRetries: number;
  readonly delayMs: number;
  /** What went wrong, in plain words (redacted). */
  readonly reason: string;
}

export interface UploadOptions {
  /** Where and how to reach the Graph API (checked with checkEndpoint before anything is sent). */
  readonly client: GraphClientOptions;
  /** Sent only in the session-creation query and the `Authorization: OAuth` header; never stored in a record. */
  readonly accessToken: string;
  /** Aborting stops promptly (the request in flight too); the error carries the record to keep or drop. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: UploadProgress) => void;
  /** Called as soon as the session exists, so a caller can persist the record for a resume after a crash. */
  readonly onSession?: (record: UploadSessionRecord) => void;
  readonly onRetry?: (event: UploadRetryEvent) => void;
  /** Automatic resumes in a row without progress before giving up (default 5). */
  readonly maxRetries?: number;
  /** Backoff before retry n is about baseDelayMs·2ⁿ⁻¹ (default 500), at most maxDelayMs (default 30 s). */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly clock?: Clock;
  /** Jitter source in [0, 1); tests pass a constant. */
  readonly random?: () => number;
  /** Minimum time between progress events (default 100 ms). */
  readonly progressIntervalMs?: number;
}

export interface StartUploadOptions extends UploadOptions {
  readonly appId: string;
  readonly filePath: string;
}
