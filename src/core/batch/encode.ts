// One planned request → the HTTP body the API takes: form-encoded, or multipart/form-data when
// its operations attach files (each file streamed from disk as its own part).
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { RequestBodyError } from '../graph';
import { contentTypeFor, fileNameOf, type AttachmentReader } from './attachments';
import { BatchInputError } from './errors';
import { scanOperation, type OperationScans } from './references';
import type { BatchSpec, OperationSpec } from './spec';

export interface EncodedRequest {
  readonly headers: Readonly<Record<string, string>>;
  /** A fresh body for each attempt (a multipart stream can be read only once). */
  body(): string | Readable;
}

/** An object body as the API's raw form string; nested values as JSON. */
export function formEncodeBody(body: Readonly<Record<string, unknown>>): string {
  return scanOperation({ index: -1, method: 'POST', relative_url: '', body }).formBody ?? '';
}

/** The operation as an element of the API's `batch` array. */
function batchItem(op: OperationSpec, scans: OperationScans | undefined): Record<string, unknown> {
  const item: Record<string, unknown> = { method: op.method, relative_url: op.relative_url };
  if (op.name !== undefined) item.name = op.name;
  if (op.depends_on !== undefined) item.depends_on = op.depends_on;
  if (op.body !== undefined && (op.method === 'POST' || op.method === 'PUT')) {
    item.body = typeof op.body === 'string' ? op.body : (scans?.of(op) ?? scanOperation(op)).formBody;
  }
  if (op.omit_response_on_success !== undefined) item.omit_response_on_success = op.omit_response_on_success;
  if (op.attached_files !== undefined) item.attached_files = op.attached_files;
  if (op.headers !== undefined && op.headers.length > 0) item.headers = op.headers;
  return item;
}

function attachmentNames(operations: readonly OperationSpec[]): string[] {
  const names = new Set<string>();
  for (const op of operations) {
    if (op.attached_files === undefined) continue;
    for (const name of op.attached_files.split(',')) if (name.trim()) names.add(name.trim());
  }
  return [...names];
}

interface FilePart {
  readonly name: string;
  readonly path: string;
  readonly size: number;
}

async function filePart(name: string, spec: BatchSpec, reader: AttachmentReader | undefined): Promise<FilePart> {
  const path = spec.attachments[name];
  if (path === undefined) {
    throw new BatchInputError(`An operation attaches "${name}", but "attachments" has no file of that name. Add "${name}": "./path/to/file".`);
  }
  if (!reader) throw new BatchInputError(`Attachment "${name}" cannot be read here: this host gives the runner no file access.`);
  try {
    return { name, path, size: await reader.size(path) };
  } catch (error) {
    const reason = (error as { code?: unknown }).code === 'ENOENT' ? 'the file does not exist' : 'the file cannot be read';
    throw new BatchInputError(`Attachment "${name}" (${path}) cannot be sent: ${reason}. Check the path in "attachments".`);
  }
}

async function* fileBytes(file: FilePart, reader: AttachmentReader): AsyncGenerator<Uint8Array> {
  let sent = 0;
  try {
    for await (const chunk of reader.open(file.path)) {
      sent += chunk.length;
      yield chunk;
    }
  } catch {
    throw new RequestBodyError(`Attachment "${file.name}" (${file.path}) could not be read while sending.`, 'Check that the file is still there and readable, then run again.');
  }
  // The declared Content-Length must hold, or the server would wait for bytes that never come.
  if (sent !== file.size) {
    throw new RequestBodyError(`Attachment "${file.name}" (${file.path}) changed while it was being sent.`, 'Run again once the file has stopped changing.');
  }
}

const quoted = (s: string): string => s.replace(/["\r\n\\]/g, (c) => encodeURIComponent(c));

function multipart(fields: readonly [string, string][], files: readonly FilePart[], reader: AttachmentReader): EncodedRequest {
  const boundary = `----fbbatch${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join(''),
  );
  const fileHeads = files.map((f) =>
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(f.name)}"; filename="${quoted(fileNameOf(f.path))}"\r\n` +
        `Content-Type: ${contentTypeFor(f.path)}\r\n\r\n`,
    ),
  );
  const tail = Buffer.from(`--${boundary}--\r\n`);
  const length = head.length + tail.length + files.reduce((n, f, i) => n + fileHeads[i].length + f.size + 2, 0);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield head;
    for (const [i, f] of files.entries()) {
      yield fileHeads[i];
      yield* fileBytes(f, reader);
      yield Buffer.from('\r\n');
    }
    yield tail;
  }
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(length) },
    body: () => Readable.from(chunks(), { objectMode: false }),
  };
}

const FORM_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'application/x-www-form-urlencoded' });

/**
 * Attachments: only the files these operations use. `fill` puts real tokens in place of
 * placeholders as each operation is written (the runner's; by default none are filled).
 */
export async function encodeBatchRequest(
  operations: readonly OperationSpec[],
  spec: BatchSpec,
  accessToken: string,
  reader: AttachmentReader | undefined,
  /** Scans already made while planning (the same operation objects are not scanned again). */
  scans?: OperationScans,
  fill: (op: OperationSpec) => OperationSpec = (op) => op,
): Promise<EncodedRequest> {
  const batch = JSON.stringify(operations.map((op) => batchItem(fill(op), scans)));
  const names = attachmentNames(operations);
  if (names.length === 0) {
    const includeHeaders = spec.includeHeaders === undefined ? '' : `&include_headers=${spec.includeHeaders}`;
    const body = `access_token=${encodeURIComponent(accessToken)}&batch=${encodeURIComponent(batch)}${includeHeaders}`;
    return { headers: FORM_HEADERS, body: () => body };
  }
  const fields: [string, string][] = [
    ['access_token', accessToken],
    ['batch', batch],
  ];
  if (spec.includeHeaders !== undefined) fields.push(['include_headers', String(spec.includeHeaders)]);
  const files = await Promise.all(names.map((name) => filePart(name, spec, reader)));
  return multipart(fields, files, reader!);
}
