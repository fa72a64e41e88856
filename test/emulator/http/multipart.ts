// A streaming multipart/form-data parser with bounded memory: text fields are kept (up to a cap),
// file parts are only measured and hashed as they stream past, never held whole.
import { createHash, type Hash } from 'node:crypto';

export interface PartInfo {
  readonly name: string;
  readonly filename?: string;
  readonly contentType?: string;
  readonly size: number;
  readonly sha256: string;
}

export interface MultipartResult {
  /** Parts without a filename, decoded as UTF-8. */
  readonly fields: Map<string, string>;
  /** Every part (fields too), measured and hashed, by name; the last part of a name wins. */
  readonly parts: Map<string, PartInfo>;
}

export class MultipartError extends Error {}

export function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? match[1] ?? match[2] : undefined;
}

interface OpenPart {
  name: string;
  filename?: string;
  contentType?: string;
  size: number;
  hash: Hash;
  /** Kept only for fields. */
  chunks?: Buffer[];
}

const MAX_HEADER_BYTES = 16 * 1024;

function openPart(headerText: string): OpenPart {
  const disposition = /^content-disposition:(.*)$/im.exec(headerText)?.[1] ?? '';
  const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
  if (name === undefined) throw new MultipartError('a part has no name in its Content-Disposition header');
  const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
  const contentType = /^content-type:\s*(.*)$/im.exec(headerText)?.[1]?.trim();
  return { name, filename, contentType, size: 0, hash: createHash('sha256'), chunks: filename === undefined ? [] : undefined };
}

export async function parseMultipart(source: AsyncIterable<Buffer>, boundary: string, maxFieldBytes: number): Promise<MultipartResult> {
  const fields = new Map<string, string>();
  const parts = new Map<string, PartInfo>();
  // Treat the body as if it began with CRLF, so every delimiter is CRLF--boundary.
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let buffer: Buffer = Buffer.from('\r\n');
  // Widened on purpose: the closures below change it, which narrowing cannot see.
  let state = 'preamble' as 'preamble' | 'after-delimiter' | 'headers' | 'body' | 'done';
  let part: OpenPart | undefined;
  let fieldBytes = 0;

  const feed = (data: Buffer): void => {
    if (!part || data.length === 0) return;
    part.size += data.length;
    part.hash.update(data);
    if (part.chunks) {
      fieldBytes += data.length;
      if (fieldBytes > maxFieldBytes) throw new MultipartError(`the text fields exceed ${maxFieldBytes} bytes`);
      part.chunks.push(Buffer.from(data));
    }
  };
  const close = (): void => {
    if (!part) return;
    parts.set(part.name, { name: part.name, filename: part.filename, contentType: part.contentType, size: part.size, sha256: part.hash.digest('hex') });
    if (part.chunks) fields.set(part.name, Buffer.concat(part.chunks).toString('utf8'));
    part = undefined;
  };

  const step = (): boolean => {
    switch (state) {
      case 'preamble':
      case 'body': {
        const at = buffer.indexOf(delimiter);
        if (at < 0) {
          const keep = Math.min(buffer.length, delimiter.length - 1);
          if (state === 'body') feed(buffer.subarray(0, buffer.length - keep));
          buffer = buffer.subarray(buffer.length - keep);
          return false;
        }
        if (state === 'body') {
          feed(buffer.subarray(0, at));
          close();
        }
        buffer = buffer.subarray(at + delimiter.length);
        state = 'after-delimiter';
        return true;
      }
      case 'after-delimiter': {
        if (buffer.length < 2) return false;
        if (buffer.subarray(0, 2).toString() === '--') {
          state = 'done';
          return false;
        }
        const lineEnd = buffer.indexOf('\r\n');
        if (lineEnd < 0) return false;
        buffer = buffer.subarray(lineEnd + 2); // transport padding, then CRLF
        state = 'headers';
        return true;
      }
      case 'headers': {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) {
          if (buffer.length > MAX_HEADER_BYTES) throw new MultipartError('a part header is too long');
          return false;
        }
        part = openPart(buffer.subarray(0, end).toString('utf8'));
        buffer = buffer.subarray(end + 4);
        state = 'body';
        return true;
      }
      case 'done':
        return false;
    }
  };

  for await (const chunk of source) {
    if (state === 'done') continue; // epilogue
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    while (step()) {
      // keep stepping while a delimiter or header block completes
    }
  }
  if (state !== 'done') throw new MultipartError('the body ended before the closing boundary');
  return { fields, parts };
}
