// Writing answers: JSON with the Graph API's headers, Graph errors, and the malformed-body fault.
import type { ServerResponse } from 'node:http';
import type { Faults } from '../faults';
import type { GraphErrorResponse } from '../errors';

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendText(response, status, JSON.stringify(body), { 'Content-Type': 'application/json; charset=UTF-8', ...headers });
}

export function sendError(response: ServerResponse, error: GraphErrorResponse, headers: Record<string, string> = {}): void {
  sendJson(response, error.status, error.body, { ...error.headers, ...headers });
}

export function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

/** Sends `body` broken the way the fault asks: an HTML page, half the JSON, or an array one entry short. */
export function sendMalformed(response: ServerResponse, fault: NonNullable<Faults['malformedResponse']>, body: unknown): void {
  if (fault.kind === 'not-json') {
    sendText(response, 200, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'Content-Type': 'text/html; charset=UTF-8' });
    return;
  }
  if (fault.kind === 'truncated-json') {
    const text = JSON.stringify(body);
    sendText(response, 200, text.slice(0, Math.floor(text.length / 2)), { 'Content-Type': 'application/json; charset=UTF-8' });
    return;
  }
  sendJson(response, 200, Array.isArray(body) ? body.slice(0, -1) : body);
}
