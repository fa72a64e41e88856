// Small helpers for the emulator's own tests: plain fetch, nothing from the product.
import type { GraphError } from '../../src/core/batch/result';

export const TOKEN = 'test-token';

export interface Entry {
  code: number;
  headers?: { name: string; value: string }[];
  body: string | null;
}

/** POSTs a urlencoded batch; `extra` adds or overrides form fields. */
export async function postBatch(url: string, batch: unknown, extra: Record<string, string> = {}): Promise<Response> {
  const form = new URLSearchParams({ access_token: TOKEN, batch: typeof batch === 'string' ? batch : JSON.stringify(batch), ...extra });
  return fetch(`${url}/v24.0/`, { method: 'POST', body: form });
}

/** POSTs a batch and returns its entries, failing unless the answer is an HTTP 200 array. */
export async function runBatch(url: string, batch: unknown, extra: Record<string, string> = {}): Promise<(Entry | null)[]> {
  const response = await postBatch(url, batch, extra);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`batch answered ${response.status}: ${text}`);
  return JSON.parse(text) as (Entry | null)[];
}

export function bodyOf(entry: Entry | null): Record<string, unknown> {
  if (!entry || entry.body === null) throw new Error(`no body in ${JSON.stringify(entry)}`);
  return JSON.parse(entry.body) as Record<string, unknown>;
}

export function errorOf(value: unknown): GraphError {
  return (value as { error: GraphError }).error;
}

export function header(entry: Entry | null, name: string): string | undefined {
  return entry?.headers?.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
}

export async function createUpload(url: string, fileLength: number, fileType = 'image/png'): Promise<string> {
  const query = new URLSearchParams({ file_name: 'f.png', file_length: String(fileLength), file_type: fileType, access_token: TOKEN });
  const response = await fetch(`${url}/v24.0/1234567890/uploads?${query}`, { method: 'POST' });
  const body = (await response.json()) as { id: string };
  return body.id;
}

export function appendUpload(url: string, sessionId: string, offset: number, body: Uint8Array | ReadableStream<Uint8Array>, token = TOKEN, signal?: AbortSignal): Promise<Response> {
  return fetch(`${url}/v24.0/${sessionId}`, {
    method: 'POST',
    signal,
    headers: { Authorization: `OAuth ${token}`, file_offset: String(offset) },
    body,
    duplex: 'half',
  } as RequestInit);
}

export async function uploadStatus(url: string, sessionId: string): Promise<{ id: string; file_offset: number }> {
  const response = await fetch(`${url}/v24.0/${sessionId}`, { headers: { Authorization: `OAuth ${TOKEN}` } });
  return (await response.json()) as { id: string; file_offset: number };
}

/** Deterministic pseudo-random bytes. */
export function bytes(length: number, seed = 1): Buffer {
  const buffer = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    buffer[i] = x >> 16;
  }
  return buffer;
}

/** The result of `work` and how many milliseconds it took. */
export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  return [await work(), performance.now() - start];
}
