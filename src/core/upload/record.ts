// A saved session record comes back from storage (another process, maybe another version): check
// it before trusting any of its fields.
import { API_VERSION_PATTERN } from '../graph';
import { UploadError } from './errors';
import type { UploadSessionRecord } from './types';

/** Session ids are used in a URL as they are: no spaces, no fragment. */
export const SESSION_ID_PATTERN = /^[^\s#]+$/;

export function assertUsableRecord(record: UploadSessionRecord): void {
  const fields: Record<string, unknown> = { ...record };
  const problems = [
    typeof fields.filePath === 'string' && fields.filePath !== '' ? '' : 'filePath',
    isCount(fields.fileSize) && (fields.fileSize as number) > 0 ? '' : 'fileSize',
    typeof fields.fileMtimeMs === 'number' ? '' : 'fileMtimeMs',
    typeof fields.sessionId === 'string' && SESSION_ID_PATTERN.test(fields.sessionId) ? '' : 'sessionId',
    typeof fields.apiVersion === 'string' && API_VERSION_PATTERN.test(fields.apiVersion) ? '' : 'apiVersion',
    typeof fields.appId === 'string' ? '' : 'appId',
  ].filter((name) => name !== '');
  if (problems.length > 0) {
    throw new UploadError(
      'session-unknown',
      `The saved upload session is damaged (bad ${problems.join(', ')}), so it cannot be resumed. Start a new upload of the file.`,
    );
  }
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
