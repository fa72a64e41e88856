// Upload progress on stderr: a bar redrawn in place on a terminal, plain periodic lines otherwise.
import type { UploadProgress } from '../core/upload';
import { uploadProgressText } from '../core/upload/progressText';
import type { Io } from './io';

const BAR_WIDTH = 30;
/** Without a terminal, a line at most this often (plus the last one). */
const PLAIN_INTERVAL_MS = 2000;

export interface ProgressReporter {
  update(progress: UploadProgress): void;
  /** Prints a message on its own line (the bar is redrawn by the next update). */
  note(message: string): void;
  /** Clears the bar so what follows starts on a clean line. */
  finish(): void;
}

export function progressReporter(io: Io, now: () => number = Date.now): ProgressReporter {
  let drawn = false;
  let lastPlainAt = Number.NEGATIVE_INFINITY;
  const clear = (): void => {
    if (drawn) io.errRaw('\r\x1b[K');
    drawn = false;
  };
  return {
    update(progress) {
      if (io.stderrIsTTY) {
        const filled = Math.round((progress.percent / 100) * BAR_WIDTH);
        io.errRaw(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${uploadProgressText(progress)}`);
        drawn = true;
        return;
      }
      const done = progress.bytesDone >= progress.totalBytes;
      if (!done && now() - lastPlainAt < PLAIN_INTERVAL_MS) return;
      lastPlainAt = now();
      io.err(`Uploading: ${uploadProgressText(progress)}`);
    },
    note(message) {
      clear();
      io.err(message);
    },
    finish: clear,
  };
}
