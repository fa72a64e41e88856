// One planned request → the HTTP body the API takes: form-encoded, or multipart/form-data when
// its operations attach files (each file streamed from disk as its own part).
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { RequestBodyError } from '../graph';
import { contentTypeFor, fileNameOf, type AttachmentReader } from './attachments';
import { BatchInputError } from './errors';
import { scanFilledCopy, scanOperation, type OperationScans } from './references';
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

/** `op` as an element of the API's `batch` array; `sent` is op itself, or its copy with real tokens filled in. */
function batchItem(op: OperationSpec, sent: OperationSpec, scans: OperationScans | undefined): Record<string, unknown> {
  const item: Record<string, unknown> = { method: sent.method, relative_url: sent.relative_url };
  if (sent.name !== undefined) item.name = sent.name;
  if (sent.depends_on !== undefined) item.depends_on = sent.depends_on;
  if (sent.body !== undefined && (sent.method === 'POST' || sent.method === 'PUT')) {
    item.body = typeof sent.body === 'string' ? sent.body : formBodyOf(op, sent, scans);
  }
  if (sent.omit_response_on_success !== undefined) item.omit_response_on_success = sent.omit_response_on_success;
  if (sent.attached_files !== undefined) item.attached_files = sent.attached_files;
  if (sent.headers !== undefined && sent.headers.length > 0) item.headers = sent.headers;
  return item;
}

/** An object body as form text, made while it was scanned; a copy holding real tokens is scanned apart from the shared memo. */
function formBodyOf(op: OperationSpec, sent: OperationSpec, scans: OperationScans | undefined): string | undefined {
  if (sent !== op) return scanFilledCopy(sent, scans).formBody;
  return (scans?.of(op) ?? scanOperation(op)).formBody;
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
 * `operations` as written (placeholders unfilled): `fill` puts real tokens in place of placeholders
 * as each one is written (by default none are). Attachments: only the files these operations use.
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
  const batch = JSON.stringify(operations.map((op) => batchItem(op, fill(op), scans)));
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
