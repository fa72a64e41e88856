// Test-only routes under /__emulator/: read an upload's SHA-256, see the request log, flip faults
// from another process (the CLI and integration tests run the emulator standalone).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorContext } from './context';
import type { Faults } from './faults';
import { readBody } from './http/body';
import { sendJson } from './http/respond';
import { safeDecode } from './http/url';
import type { RequestLogEntry } from './log';

export async function handleControl(context: EmulatorContext, request: IncomingMessage, response: ServerResponse, path: string, log: readonly RequestLogEntry[]): Promise<void> {
  const sha = /^\/__emulator\/uploads\/([^/]+)\/sha256$/.exec(path);
  if (request.method === 'GET' && sha) {
    const session = context.uploads.find(safeDecode(sha[1]));
    if (!session) return sendJson(response, 404, { error: 'unknown upload session' });
    return sendJson(response, 200, { id: session.id, sha256: context.uploads.sha256(session), file_offset: session.offset, file_length: session.fileLength });
  }
  if (request.method === 'GET' && path === '/__emulator/requests') return sendJson(response, 200, log);
  if (request.method === 'POST' && path === '/__emulator/faults') {
    let faults: unknown;
    try {
      faults = JSON.parse((await readBody(request, 64 * 1024)).toString('utf8'));
    } catch {
      faults = undefined;
    }
    if (typeof faults !== 'object' || faults === null || Array.isArray(faults)) return sendJson(response, 400, { error: 'send a JSON object of faults' });
    context.faults.set(faults as Partial<Faults>);
    return sendJson(response, 200, context.faults.current);
  }
  if (request.method === 'POST' && path === '/__emulator/reset') {
    context.faults.reset();
    return sendJson(response, 200, context.faults.current);
  }
  sendJson(response, 404, { error: `no emulator control route ${request.method} ${path}` });
}
