// Reading small request bodies (forms, batch requests) with a size cap.
import { finished } from 'node:stream/promises';
import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {}

export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(`the request body exceeds ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Discards what is left of a body, so the answer follows a fully read request. */
export async function drainBody(request: IncomingMessage): Promise<void> {
  request.resume();
  await finished(request);
}

/** Form fields (`+` and `%20` are both a space); the last of a repeated name wins. */
export function parseForm(text: string): Map<string, string> {
  return new Map(new URLSearchParams(text));
}
