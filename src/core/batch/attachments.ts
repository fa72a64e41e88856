// Attachment files come in through this small interface, so the CLI, the extension and tests pass their own.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';

export interface AttachmentReader {
  /** Size in bytes of the file at `path` (as written in the batch file's "attachments"). */
  size(path: string): Promise<number>;
  /** A fresh stream of the file's bytes (called once per attempt; never read into memory whole). */
  open(path: string): AsyncIterable<Uint8Array>;
}

/** Reads attachments from disk, paths relative to the batch file's folder. */
export function fileAttachmentReader(baseDir: string): AttachmentReader {
  return {
    size: async (path) => (await stat(resolve(baseDir, path))).size,
    open: (path) => createReadStream(resolve(baseDir, path)),
  };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.heic': 'image/heic',
  '.mp4': 'video/mp4',
  '.mov': 'video/quicktime',
  '.avi': 'video/x-msvideo',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export function fileNameOf(path: string): string {
  return basename(path.replace(/\\/g, '/'));
}
