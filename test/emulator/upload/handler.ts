// The Resumable Upload API: create a session, append bytes at an offset, ask for the offset.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorContext } from '../context';
import { GraphFailure } from '../errors';
import { tokenFromAuthorization } from '../graph/tokens';
import { readBody, parseForm } from '../http/body';
import { sendError, sendJson, sendMalformed } from '../http/respond';
import { safeDecode } from '../http/url';
import type { RequestLogEntry } from '../log';
import { appendBody, type AppendResult } from './append';
import { ALLOWED_FILE_TYPES, type UploadSession } from './sessions';

/** How long a new append waits for the previous request on the same session to finish. */
const BUSY_WAIT_MS = 5000;

function answer(context: EmulatorContext, response: ServerResponse, entry: RequestLogEntry, body: unknown): void {
  const malformed = context.faults.malformedFor('upload');
  if (malformed) {
    entry.fault = `malformed-${malformed.kind}`;
    sendMalformed(response, malformed, body);
    return;
  }
  sendJson(response, 200, body);
}

async function guarded(response: ServerResponse, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof GraphFailure)) throw error;
    sendError(response, error.response);
  }
}

/** POST /vX.Y/{app-id}/uploads?file_name&file_length&file_type&access_token */
export function handleCreate(context: EmulatorContext, request: IncomingMessage, response: ServerResponse, url: URL, appId: string, entry: RequestLogEntry): Promise<void> {
  return guarded(response, async () => {
    const params = new Map(url.searchParams);
    for (const [key, value] of parseForm((await readBody(request, 64 * 1024)).toString('utf8'))) params.set(key, value);
    context.checkToken(params.get('access_token') ?? tokenFromAuthorization(request.headers.authorization));
    if (!context.appIds.includes(appId)) throw new GraphFailure('unknownObject', `post request. Object with ID '${appId}'`);
    const lengthText = params.get('file_length') ?? '';
    const fileLength = Number(lengthText);
    if (!/^\d+$/.test(lengthText) || fileLength <= 0 || !Number.isSafeInteger(fileLength)) throw new GraphFailure('uploadBadLength');
    const fileType = params.get('file_type') ?? '';
    if (!ALLOWED_FILE_TYPES.includes(fileType)) throw new GraphFailure('uploadBadType', fileType);
    const session = context.uploads.create(appId, params.get('file_name') ?? '', fileLength, fileType);
    answer(context, response, entry, { id: session.id });
  });
}

/** The session named by `/vX.Y/upload:<opaque>?sig=<sig>`, or the error for a bad id. */
function findSession(context: EmulatorContext, rawSegment: string, url: URL): UploadSession {
  if (/%3Fsig%3D/i.test(rawSegment)) throw new GraphFailure('uploadEncodedSignature');
  const session = context.uploads.get(safeDecode(rawSegment.slice('upload:'.length)));
  if (!session) throw new GraphFailure('uploadUnknownSession');
  if (url.searchParams.get('sig') !== session.sig) throw new GraphFailure('uploadBadSignature');
  return session;
}

/** GET /vX.Y/upload:<opaque>?sig=<sig> → {id, file_offset} */
export function handleStatus(context: EmulatorContext, request: IncomingMessage, response: ServerResponse, url: URL, rawSegment: string, entry: RequestLogEntry): Promise<void> {
  return guarded(response, async () => {
    const session = findSession(context, rawSegment, url);
    context.checkToken(tokenFromAuthorization(request.headers.authorization) ?? url.searchParams.get('access_token') ?? undefined);
    answer(context, response, entry, { id: session.id, file_offset: session.offset });
  });
}

/**
 * Serialises the requests that write to one session, in arrival order (e.g. a resume that arrives
 * while the broken request before it is still being wound up). Returns the release function.
 */
async function takeTurn(session: UploadSession): Promise<() => void> {
  const previous = session.tail;
  let release = (): void => undefined;
  session.tail = new Promise<void>((resolve) => (release = resolve));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), BUSY_WAIT_MS)));
  const waitedTooLong = await Promise.race([previous.then(() => false), timedOut]);
  clearTimeout(timer);
  if (waitedTooLong) {
    void previous.then(release); // keep the order for those after this one
    throw new GraphFailure('uploadBusy');
  }
  return release;
}

/** POST /vX.Y/upload:<opaque>?sig=<sig> with Authorization: OAuth and file_offset headers. */
export function handleAppend(context: EmulatorContext, request: IncomingMessage, response: ServerResponse, url: URL, rawSegment: string, entry: RequestLogEntry): Promise<void> {
  return guarded(response, async () => {
    const session = findSession(context, rawSegment, url);
    const token = tokenFromAuthorization(request.headers.authorization);
    if (token === undefined) throw new GraphFailure('uploadAuthHeaderMissing');
    context.checkToken(token);
    const offsetText = String(request.headers.file_offset ?? request.headers['file-offset'] ?? '');
    if (!/^\d+$/.test(offsetText)) throw new GraphFailure('uploadBadOffsetHeader');
    const offset = Number(offsetText);
    entry.fileOffset = offset;
    const release = await takeTurn(session);
    let result: AppendResult;
    try {
      if (offset !== session.offset) throw new GraphFailure('uploadWrongOffset', `file_offset ${offset}, stored ${session.offset} of ${session.fileLength} bytes`);
      const declared = Number(request.headers['content-length'] ?? 0);
      if (offset + declared > session.fileLength) throw new GraphFailure('uploadTooLong', `${offset} + ${declared} bytes > ${session.fileLength}`);
      result = await appendBody(session, request, context.faults);
    } finally {
      release();
    }
    entry.bytesStored = result.stored;
    if (result.outcome === 'dropped' || result.outcome === 'aborted') {
      entry.fault = result.outcome === 'dropped' ? 'drop' : undefined;
      return;
    }
    if (result.outcome === 'overflow') throw new GraphFailure('uploadTooLong', `the body ran past ${session.fileLength} bytes`);
    if (session.offset < session.fileLength) {
      answer(context, response, entry, { id: session.id, file_offset: session.offset });
      return;
    }
    if (result.stored > 0 && context.faults.takeLoss()) {
      entry.fault = 'lost-response';
      request.socket.destroy();
      return;
    }
    answer(context, response, entry, { h: context.uploads.handleOf(session) });
  });
}
