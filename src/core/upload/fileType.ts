import { extname } from 'node:path';

/** The MIME types the Resumable Upload API accepts, keyed by file extension (lower case). */
const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.mp4': 'video/mp4',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(MIME_BY_EXTENSION);

/** The upload MIME type for a file name, or undefined when the API does not take that kind of file. */
export function uploadFileType(filePath: string): string | undefined {
  return MIME_BY_EXTENSION[extname(filePath).toLowerCase()];
}
