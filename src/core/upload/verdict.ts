// What an upload does with a failed request: try again (after asking the server what it holds)
// or stop with a message that says what happened and what to do.
import type { GraphError } from '../batch/result';
import { GraphConfigError, GraphTransportError, isThrottlingError, isTokenError, isTransientGraphError, type SettingNames } from '../graph';
import { StalledError } from './attempt';
import { UploadError } from './errors';
import type { ApiAnswer } from './protocol';

export type Verdict =
  | {
      readonly retry: true;
      readonly reason: string;
      readonly minDelayMs?: number;
      /** The server disagrees about the offset (not a failure of the network or the service). */
      readonly resync?: boolean;
    }
  | { readonly retry: false; readonly error: UploadError };

/** Which request failed: the session creation, the offset query, or a POST of bytes. */
export type Stage = 'create' | 'query' | 'send';

export interface VerdictContext {
  readonly stage: Stage;
  readonly appId: string;
  readonly sessionId?: string;
  /** The host's names for what a message tells the user to fix. */
  readonly settingNames: SettingNames;
}

/** Throttling lifts slowly; waiting at least this long avoids burning retries against the limit. */
const THROTTLE_MIN_DELAY_MS = 5_000;

// Subcodes the local emulator uses to tell upload failures apart (see test/emulator/errors.ts).
const EMULATOR_SUBCODE = { unknownSession: 9104, badSignature: 9105, wrongOffset: 9108 } as const;
/** Graph's "object does not exist / cannot be loaded / does not support this operation". */
const UNKNOWN_OBJECT_SUBCODE = 33;

export function judgeAnswer(answer: Extract<ApiAnswer, { ok: false }>, ctx: VerdictContext): Verdict {
  const error = answer.error;
  const said = describe(error);
  if (isThrottlingError(error)) {
    return { retry: true, reason: `the Graph API is throttling requests (${said})`, minDelayMs: Math.max(THROTTLE_MIN_DELAY_MS, answer.retryAfterMs ?? 0) };
  }
  if (error.error_subcode === EMULATOR_SUBCODE.wrongOffset) {
    return { retry: true, reason: 'the server holds a different number of bytes than this upload expected', resync: true };
  }
  if (isTransientGraphError(error) || answer.status >= 500 || answer.status === 429) {
    return { retry: true, reason: `the server had a temporary problem (${said})`, minDelayMs: answer.retryAfterMs };
  }
  if (isTokenError(error) || error.code === 104) {
    return stop('bad-token', `The access token was refused (${said}). It may have expired or been revoked: set a new token and try again.`, answer);
  }
  if (ctx.stage === 'create' && isAppProblem(error)) {
    return stop(
      'wrong-app',
      `App ${ctx.appId} cannot receive this upload (${said}). Check ${ctx.settingNames.appId}, and that the token's user is an administrator or developer of that app.`,
      answer,
    );
  }
  if (ctx.stage !== 'create' && isUnknownSession(error)) {
    return stop(
      'session-unknown',
      `The server no longer knows upload session ${ctx.sessionId ?? ''} (${said}); it may have expired. It cannot be resumed: start a new upload of the file.`,
      answer,
    );
  }
  return stop('server-error', `The Graph API refused the upload (${said}). Nothing more will be sent; fix the cause and start the upload again.`, answer);
}

/** Carries a verdict out of a helper, so the upload loop handles every failure in one place. */
export class VerdictError extends Error {
  constructor(readonly verdict: Verdict) {
    super(verdict.retry ? verdict.reason : verdict.error.message);
  }
}

/** The verdict on anything a request may throw. Unknown failures are retried (bounded), never fatal at once. */
export function judgeThrown(error: unknown): Verdict {
  if (error instanceof VerdictError) return error.verdict;
  if (error instanceof UploadError) return { retry: false, error };
  if (error instanceof GraphConfigError) return { retry: false, error: new UploadError('endpoint-refused', error.message) };
  if (error instanceof StalledError) return { retry: true, reason: `the connection stalled (${error.message})` };
  if (error instanceof GraphTransportError) {
    if (error.kind === 'cancelled') return { retry: false, error: new UploadError('cancelled', 'The upload was cancelled.') };
    if (error.kind === 'proxy') return { retry: false, error: new UploadError('endpoint-refused', `${error.message} ${error.advice}`) };
    return { retry: true, reason: error.message.replace(/\.$/, '') };
  }
  return { retry: true, reason: error instanceof Error ? error.message : String(error) };
}

function stop(kind: UploadError['kind'], message: string, answer: { status: number }): Verdict {
  return { retry: false, error: new UploadError(kind, message, { status: answer.status }) };
}

function isAppProblem(error: GraphError): boolean {
  return error.code === 200 || error.code === 10 || error.code === 803 || (error.code === 100 && error.error_subcode === UNKNOWN_OBJECT_SUBCODE);
}

function isUnknownSession(error: GraphError): boolean {
  const sub = error.error_subcode;
  return sub === EMULATOR_SUBCODE.unknownSession || sub === EMULATOR_SUBCODE.badSignature || sub === UNKNOWN_OBJECT_SUBCODE || error.code === 803;
}

function describe(error: GraphError): string {
  const code = error.code === undefined ? '' : ` (code ${error.code}${error.error_subcode === undefined ? '' : `/${error.error_subcode}`})`;
  return `"${error.error_user_msg ?? error.message}"${code}`;
}
