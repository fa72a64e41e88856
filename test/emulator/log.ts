// What the emulator remembers about each request, for tests to assert on (Emulator.requests).

export type RequestKind = 'batch' | 'graph' | 'upload-create' | 'upload-append' | 'upload-status' | 'control';

export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  /** The query string with access_token values replaced by `***`. */
  readonly query: string;
  readonly contentType?: string;
  /** Date.now() when the request arrived. */
  readonly time: number;
  kind?: RequestKind;
  /** HTTP status answered; undefined when the connection was dropped or the answer lost. */
  status?: number;
  durationMs?: number;
  /** Number of operations of a batch request. */
  batchSize?: number;
  /** Whether a top-level access token came with a batch (param or Authorization header). */
  hasTopLevelToken?: boolean;
  /** Upload requests: the file_offset header and the bytes of this request that were stored. */
  fileOffset?: number;
  bytesStored?: number;
  /** The fault that shaped the answer, e.g. 'transient-503', 'drop', 'lost-response', 'throttle'. */
  fault?: string;
}

export function redactQuery(search: string): string {
  return search.replace(/(access_token=)[^&]*/g, '$1***');
}
