import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UploadError } from './errors';
import { SUPPORTED_EXTENSIONS, uploadFileType } from './fileType';

/** What the upload knows about the local file: enough to notice that it changed. */
export interface LocalFileIdentity {
  readonly size: number;
  readonly mtimeMs: number;
}

export interface LocalFile extends LocalFileIdentity {
  readonly path: string;
  readonly name: string;
  readonly fileType: string;
}

/** Checks a file before a new upload: a supported type, readable, a regular file, not empty. */
export async function inspectLocalFile(filePath: string): Promise<LocalFile> {
  const name = basename(filePath);
  const fileType = uploadFileType(filePath);
  if (fileType === undefined) {
    throw new UploadError(
      'unsupported-type',
      `"${name}" cannot be uploaded: the Resumable Upload API takes only ${SUPPORTED_EXTENSIONS.join(', ')} files (PDF, JPEG, PNG, MP4).`,
    );
  }
  const identity = await readIdentity(filePath);
  if (identity.size === 0) {
    throw new UploadError('empty-file', `"${name}" is empty (0 bytes); there is nothing to upload. Choose a file with content.`);
  }
  return { path: filePath, name, fileType, ...identity };
}

/** Fails with 'file-changed' when the file's size or modification time differs from `expected`. */
export async function assertUnchanged(filePath: string, expected: LocalFileIdentity, whatHappensNow: string): Promise<void> {
  const now = await readIdentity(filePath);
  if (now.size !== expected.size || now.mtimeMs !== expected.mtimeMs) {
    const sizes = now.size === expected.size ? 'its modification time changed' : `its size went from ${expected.size} to ${now.size} bytes`;
    throw new UploadError(
      'file-changed',
      `"${basename(filePath)}" changed since the upload started (${sizes}). ${whatHappensNow} Start a new upload of the current file.`,
    );
  }
}

async function readIdentity(filePath: string): Promise<LocalFileIdentity> {
  try {
    const info = await stat(filePath);
    if (!info.isFile()) {
      throw new UploadError('file-unreadable', `"${basename(filePath)}" is not a regular file, so it cannot be uploaded.`);
    }
    return { size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (error instanceof UploadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist (was it moved or deleted?)' : `it cannot be read (${code ?? 'unknown error'})`;
    throw new UploadError('file-unreadable', `"${basename(filePath)}" cannot be uploaded: ${why}.`);
  }
}
