// "Show Upload History": every finished upload (file, size, time, handle) in a quick pick; picking
// one copies its handle. It only reads the extension's own state, so it needs no network code.
import * as path from 'node:path';
import { vscode } from '../vscode';
import { formatBytes } from '../../core/format';
import type { UploadStore } from './history';

export async function showUploadHistory(store: UploadStore): Promise<void> {
  const history = store.history();
  if (history.length === 0) {
    void vscode.window.showInformationMessage('No uploads have finished yet.');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    history.map((entry) => ({
      label: path.basename(entry.filePath),
      description: `${formatBytes(entry.fileSize)} · ${new Date(entry.finishedAt).toLocaleString()}`,
      detail: `handle ${entry.handle}`,
      entry,
    })),
    { placeHolder: 'Upload history: pick one to copy its handle', matchOnDetail: true },
  );
  if (picked) {
    await vscode.env.clipboard.writeText(picked.entry.handle);
    void vscode.window.showInformationMessage(`Copied the handle of ${picked.label}.`);
  }
}
