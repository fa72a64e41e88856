// Graph API error objects (`{"error":{...}}`) and which of them are worth retrying.
import type { GraphError } from '../batch/result';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const optionalString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const optionalNumber = (v: unknown): number | undefined =>
  typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;

/** The error object of a Graph answer (JSON text or already parsed), or undefined when it is not one. */
export function parseGraphError(answer: unknown): GraphError | undefined {
  let value = answer;
  if (typeof answer === 'string') {
    try {
      value = JSON.parse(answer);
    } catch {
      return undefined;
    }
  }
  if (!isRecord(value) || !isRecord(value.error)) return undefined;
  const e = value.error;
  const fields: GraphError = {
    message: optionalString(e.message) ?? 'The Graph API reported an error without a message.',
    type: optionalString(e.type),
    code: optionalNumber(e.code),
    error_subcode: optionalNumber(e.error_subcode),
    is_transient: typeof e.is_transient === 'boolean' ? e.is_transient : undefined,
    error_user_title: optionalString(e.error_user_title),
    error_user_msg: optionalString(e.error_user_msg),
    fbtrace_id: optionalString(e.fbtrace_id),
  };
  // Drop absent fields so results stay small and compare cleanly.
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as unknown as GraphError;
}

/** Rate limiting: app (4), user (17), page (32), app limit (341), hourly (613), business use case (80000–80099). */
export function isThrottlingError(error: GraphError): boolean {
  const code = error.code;
  if (code === undefined) return false;
  return code === 4 || code === 17 || code === 32 || code === 341 || code === 613 || (code >= 80000 && code < 80100);
}

/** Invalid or expired token, missing session, or a token the server could not read. */
export function isTokenError(error: GraphError): boolean {
  return error.code === 190 || error.code === 102 || (error.type === 'OAuthException' && error.code === undefined);
}

/** Worth the same request again later: the server says so, a temporary service problem, or throttling. */
export function isTransientGraphError(error: GraphError): boolean {
  return error.is_transient === true || error.code === 1 || error.code === 2 || isThrottlingError(error);
}

/** HTTP statuses worth a retry later: server trouble and "too many requests". */
export function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 429;
}
