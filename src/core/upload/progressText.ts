// One line about an upload in flight, for the notification and the terminal alike. Bytes are
// counted as they leave for the network, so 100% can come before the server has confirmed them.
import { formatBytes, formatRate } from '../format';
import type { UploadProgress } from './types';

export function uploadProgressText(p: UploadProgress): string {
  const amount = `${formatBytes(p.bytesDone)} of ${formatBytes(p.totalBytes)}`;
  if (p.bytesDone >= p.totalBytes) return `100% · ${amount} sent · waiting for the server to confirm`;
  return `${p.percent.toFixed(1)}% · ${amount} · ${formatRate(p.bytesPerSecond)}`;
}
