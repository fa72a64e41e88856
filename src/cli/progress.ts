// Upload progress on stderr: a bar redrawn in place on a terminal, plain periodic lines otherwise.
import type { UploadProgress } from '../core/upload';
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
        io.errRaw(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${describe(progress)}`);
        drawn = true;
        return;
      }
      const done = progress.bytesDone >= progress.totalBytes;
      if (!done && now() - lastPlainAt < PLAIN_INTERVAL_MS) return;
      lastPlainAt = now();
      io.err(`Uploading: ${describe(progress)}`);
    },
    note(message) {
      clear();
      io.err(message);
    },
    finish: clear,
  };
}

function describe(p: UploadProgress): string {
  const rate = p.bytesPerSecond > 0 ? `, ${formatBytes(p.bytesPerSecond)}/s` : '';
  return `${p.percent.toFixed(1)}% (${formatBytes(p.bytesDone)} of ${formatBytes(p.totalBytes)}${rate})`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
