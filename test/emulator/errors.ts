// Every Graph error the emulator can send, in one catalogue (README.md lists the same table).
// Codes follow the real service where its behaviour is known; the subcodes ≥ 9100 are the
// emulator's own, so a client test can tell the upload failures apart.
import type { GraphError } from '../../src/core/batch/result';

export interface ErrorTemplate {
  readonly status: number;
  readonly type: string;
  readonly code: number;
  readonly subcode?: number;
  readonly transient?: boolean;
  /** Send `WWW-Authenticate` with the answer (OAuth problems). */
  readonly oauth?: 'invalid_token' | 'insufficient_scope';
  readonly message: (detail: string) => string;
}

const t = (template: ErrorTemplate): ErrorTemplate => template;

export const ERRORS = {
  // Access tokens
  tokenMissing: t({ status: 400, type: 'OAuthException', code: 104, oauth: 'invalid_token', message: () => 'An access token is required to request this resource.' }),
  tokenInvalid: t({ status: 400, type: 'OAuthException', code: 190, oauth: 'invalid_token', message: () => 'Invalid OAuth access token - Cannot parse access token' }),
  tokenExpired: t({ status: 400, type: 'OAuthException', code: 190, subcode: 463, oauth: 'invalid_token', message: () => 'Error validating access token: Session has expired.' }),
  permissionDenied: t({ status: 403, type: 'OAuthException', code: 200, oauth: 'insufficient_scope', message: () => "(#200) The user hasn't authorized the application to perform this action" }),
  // Whole batch (HTTP 400, never an array)
  batchMissing: t({ status: 400, type: 'GraphBatchException', code: 100, message: () => '(#100) The parameter batch is required' }),
  batchNotArray: t({ status: 400, type: 'GraphBatchException', code: 100, message: (d) => `(#100) The parameter batch must be a JSON array of operations: ${d}` }),
  batchEmpty: t({ status: 400, type: 'GraphBatchException', code: 100, message: () => '(#100) The batch must contain at least one operation' }),
  batchTooLarge: t({ status: 400, type: 'GraphBatchException', code: 100, message: (d) => `(#100) A batch can hold at most 50 operations; this one has ${d}` }),
  batchInvalidOperation: t({ status: 400, type: 'GraphBatchException', code: 100, message: (d) => `(#100) Invalid operation: ${d}` }),
  batchBadReference: t({ status: 400, type: 'GraphBatchException', code: 100, message: (d) => `(#100) Invalid batch reference: ${d}` }),
  // Objects and edges
  unknownObject: t({ status: 400, type: 'GraphMethodException', code: 100, subcode: 33, message: (d) => `Unsupported ${d} does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api` }),
  unknownField: t({ status: 400, type: 'OAuthException', code: 100, message: (d) => `(#100) Tried accessing nonexisting field (${d})` }),
  unknownAliases: t({ status: 404, type: 'OAuthException', code: 803, message: (d) => `(#803) Some of the aliases you requested do not exist: ${d}` }),
  invalidParameter: t({ status: 400, type: 'OAuthException', code: 100, message: (d) => `(#100) ${d}` }),
  uploadFileRequired: t({ status: 400, type: 'OAuthException', code: 324, message: () => '(#324) Requires upload file' }),
  attachmentMissing: t({ status: 400, type: 'OAuthException', code: 100, subcode: 9120, message: (d) => `(#100) The attached file ${d} is not a part of this request` }),
  // Faults
  appThrottled: t({ status: 400, type: 'OAuthException', code: 4, transient: true, message: () => '(#4) Application request limit reached' }),
  userThrottled: t({ status: 400, type: 'OAuthException', code: 17, transient: true, message: () => '(#17) User request limit reached' }),
  pageThrottled: t({ status: 400, type: 'OAuthException', code: 32, transient: true, message: () => '(#32) Page request limit reached' }),
  apiThrottled: t({ status: 400, type: 'OAuthException', code: 613, transient: true, message: () => '(#613) Calls to this api have exceeded the rate limit.' }),
  unknownError: t({ status: 500, type: 'OAuthException', code: 1, transient: true, message: () => 'An unknown error has occurred.' }),
  serviceUnavailable: t({ status: 503, type: 'OAuthException', code: 2, transient: true, message: () => 'Service temporarily unavailable' }),
  // Resumable upload
  uploadBadLength: t({ status: 400, type: 'OAuthException', code: 100, subcode: 9101, message: () => '(#100) Param file_length must be a positive integer (the file size in bytes)' }),
  uploadBadType: t({ status: 400, type: 'OAuthException', code: 100, subcode: 9102, message: (d) => `(#100) Param file_type "${d}" is not supported; use application/pdf, image/jpeg, image/jpg, image/png or video/mp4` }),
  uploadAuthHeaderMissing: t({ status: 400, type: 'OAuthException', code: 190, subcode: 9103, oauth: 'invalid_token', message: () => "Upload requests need the access token in an 'Authorization: OAuth <token>' header" }),
  uploadUnknownSession: t({ status: 400, type: 'GraphMethodException', code: 100, subcode: 9104, message: () => 'Unknown upload session: create a new one with POST /{app-id}/uploads' }),
  uploadBadSignature: t({ status: 400, type: 'OAuthException', code: 100, subcode: 9105, message: () => 'The upload session signature is missing or wrong: send the id exactly as returned, with ?sig= as its query string' }),
  uploadEncodedSignature: t({ status: 400, type: 'OAuthException', code: 100, subcode: 9106, message: () => "The upload session id was percent-encoded (%3Fsig%3D): '?sig=' must be sent as a real query string" }),
  uploadBadOffsetHeader: t({ status: 400, type: 'OAuthException', code: 100, subcode: 9107, message: () => 'The file_offset header is required and must be a non-negative integer' }),
  uploadWrongOffset: t({ status: 400, type: 'OAuthException', code: 100, subcode: 9108, message: (d) => `file_offset does not match the bytes received so far (${d}); query the session with GET and resume from its file_offset` }),
  uploadTooLong: t({ status: 400, type: 'OAuthException', code: 100, subcode: 9109, message: (d) => `The body runs past the declared file_length (${d}); none of this request's bytes were kept` }),
  uploadBusy: t({ status: 400, type: 'OAuthException', code: 100, subcode: 9110, transient: true, message: () => 'Another request is still writing to this upload session; retry after it ends' }),
} as const;

export type ErrorName = keyof typeof ERRORS;

let traceCounter = 0;

/** A fresh fbtrace_id; opaque like the real one, deterministic within a process. */
function traceId(): string {
  traceCounter += 1;
  return `EMU${traceCounter.toString(36).padStart(8, '0')}`;
}

export interface GraphErrorResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: { readonly error: GraphError };
}

export function graphError(name: ErrorName, detail = ''): GraphErrorResponse {
  const template: ErrorTemplate = ERRORS[name];
  const message = template.message(detail);
  const error: GraphError = {
    message,
    type: template.type,
    code: template.code,
    ...(template.subcode !== undefined ? { error_subcode: template.subcode } : {}),
    is_transient: template.transient ?? false,
    fbtrace_id: traceId(),
  };
  const headers: Record<string, string> = {};
  if (template.oauth) {
    headers['WWW-Authenticate'] = `OAuth "Facebook Platform" "${template.oauth}" "${message.replace(/"/g, "'")}"`;
  }
  return { status: template.status, headers, body: { error } };
}

/** A failure that carries its Graph error up to the handler that answers it. */
export class GraphFailure extends Error {
  readonly response: GraphErrorResponse;
  constructor(error: ErrorName | GraphErrorResponse, detail = '') {
    const response = typeof error === 'string' ? graphError(error, detail) : error;
    super(response.body.error.message);
    this.response = response;
  }
}
