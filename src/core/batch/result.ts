// The classified outcome of a run: what the core hands to the panel, the CLI and the tests.
// Plain data only (it crosses into the webview as JSON).

/** The Graph API's error object, as found under `{"error": {...}}`. */
export interface GraphError {
  readonly message: string;
  readonly type?: string;
  readonly code?: number;
  readonly error_subcode?: number;
  readonly is_transient?: boolean;
  readonly error_user_title?: string;
  readonly error_user_msg?: string;
  readonly fbtrace_id?: string;
}

export interface ResponseHeader {
  readonly name: string;
  readonly value: string;
}

/**
 * What one operation's entry means. A `null` entry has three causes the API does not tell apart;
 * the classifier works them out from the request (who references whom) and the batch's other answers.
 */
export type OperationOutcome =
  | 'success'
  | 'graph-error'
  | 'omitted' // succeeded; body left out because a later operation used it (omit_response_on_success)
  | 'timed-out' // the batch ran out of time before this operation ran (partially-completed batch)
  | 'parent-failed' // not run: an operation it depends on failed
  | 'not-modified' // 304 for If-None-Match
  | 'not-sent'; // never sent: its request failed as a whole, or the run was cancelled

export interface OperationResult {
  readonly index: number;
  readonly name?: string;
  readonly method: string;
  readonly relativeUrl: string;
  readonly outcome: OperationOutcome;
  /** HTTP status of the operation, when the API gave one. */
  readonly code?: number;
  readonly headers?: readonly ResponseHeader[];
  /** The body exactly as received (the API's JSON-encoded string), or undefined for a null entry. */
  readonly rawBody?: string;
  readonly error?: GraphError;
  /** One sentence that says what the outcome means, e.g. why a body is null. */
  readonly explanation: string;
  /** Milliseconds of the HTTP request that carried this operation. */
  readonly elapsedMs?: number;
  /** Which HTTP request (chunk) of the run carried it, 0-based. */
  readonly requestIndex?: number;
  /** Usage headers (X-App-Usage, X-Business-Use-Case-Usage, X-Ad-Account-Usage), parsed when JSON. */
  readonly usage?: Readonly<Record<string, unknown>>;
  /** Source position of the operation in the .fbbatch file. */
  readonly sourceRange?: { readonly start: number; readonly end: number };
}

/** A failure of a whole HTTP request of the run (not of one operation). */
export interface RequestFailure {
  readonly requestIndex: number;
  readonly kind: 'graph-error' | 'http-error' | 'network' | 'proxy' | 'timeout' | 'malformed' | 'cancelled';
  readonly message: string;
  /** What the user can do about it. */
  readonly advice: string;
  readonly status?: number;
  readonly error?: GraphError;
  /** Whatever the server did send back, kept so nothing is lost. */
  readonly rawResponse?: string;
  readonly operationIndexes: readonly number[];
}

export interface BatchRunResult {
  readonly startedAt: string; // ISO time
  readonly elapsedMs: number;
  readonly operations: readonly OperationResult[];
  readonly failures: readonly RequestFailure[];
  readonly counts: Readonly<Record<OperationOutcome, number>>;
  /** Usage headers of the batch HTTP responses themselves. */
  readonly usage?: Readonly<Record<string, unknown>>;
}
