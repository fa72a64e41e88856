// Upload sessions and their bytes on disk (one file per session, never held in memory).
import { randomBytes, createHash } from 'node:crypto';
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ALLOWED_FILE_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/jpg', 'image/png', 'video/mp4'];

export interface UploadSession {
  /** The part after `upload:` and before `?sig=`. */
  readonly opaque: string;
  readonly sig: string;
  /** `upload:<opaque>?sig=<sig>`, as the create call answers it. */
  readonly id: string;
  readonly appId: string;
  readonly fileName: string;
  readonly fileLength: number;
  readonly fileType: string;
  readonly path: string;
  /** Bytes stored so far (the file_offset a GET reports). */
  offset: number;
  /** Settles when every request that has asked to write to the session so far is done. */
  tail: Promise<void>;
}

export class UploadSessions {
  private readonly sessions = new Map<string, UploadSession>();

  constructor(private readonly dir: string) {}

  create(appId: string, fileName: string, fileLength: number, fileType: string): UploadSession {
    const opaque = Buffer.from(`1:${randomBytes(12).toString('hex')}`).toString('base64url');
    const sig = randomBytes(12).toString('base64url');
    const path = join(this.dir, `${opaque}.bin`);
    writeFileSync(path, '');
    const session: UploadSession = { opaque, sig, id: `upload:${opaque}?sig=${sig}`, appId, fileName, fileLength, fileType, path, offset: 0, tail: Promise.resolve() };
    this.sessions.set(opaque, session);
    return session;
  }

  get(opaque: string): UploadSession | undefined {
    return this.sessions.get(opaque);
  }

  /** Accepts `upload:<opaque>?sig=<sig>`, `upload:<opaque>` or `<opaque>`. */
  find(sessionId: string): UploadSession | undefined {
    return this.sessions.get(sessionId.replace(/^upload:/, '').replace(/\?.*$/, ''));
  }

  /** The handle of a complete upload: stable, so a repeated final request gets the same one. */
  handleOf(session: UploadSession): string {
    return `2:${Buffer.from(`${session.opaque}|${session.fileType}|${session.fileLength}`).toString('base64')}`;
  }

  /** SHA-256 (hex) of the stored bytes, read in blocks. */
  sha256(session: UploadSession): string {
    const hash = createHash('sha256');
    const block = Buffer.alloc(1024 * 1024);
    const fd = openSync(session.path, 'r');
    try {
      let position = 0;
      while (position < session.offset) {
        const read = readSync(fd, block, 0, Math.min(block.length, session.offset - position), position);
        if (read === 0) break;
        hash.update(block.subarray(0, read));
        position += read;
      }
    } finally {
      closeSync(fd);
    }
    return hash.digest('hex');
  }
}
