// What the panel's buttons do on the VS Code side. Each works from the result the host holds
// (never from data the webview sends), addressed by operation index.
import { vscode } from '../vscode';
import type { OperationResult } from '../../core/batch/result';
import { bodyForEditor } from '../../webview/body';
import type { ResultView } from '../../webview/protocol';

function operation(view: ResultView, index: number): OperationResult | undefined {
  return view.result.operations.find((op) => op.index === index);
}

/** The body of an operation, or undefined after telling the user why there is none. */
function bodyOf(view: ResultView, index: number): string | undefined {
  const op = operation(view, index);
  if (op?.rawBody !== undefined) return op.rawBody;
  const why = view.droppedBodies?.includes(index)
    ? `The body of operation ${index} was too large to keep when the window reloaded. Run the batch again to see it.`
    : `Operation ${index} has no body.`;
  void vscode.window.showInformationMessage(why);
  return undefined;
}

/** The editor column of the batch file when it is open, so results open next to the source. */
function sourceColumn(fileUri: vscode.Uri): vscode.ViewColumn {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === fileUri.toString());
  return editor?.viewColumn ?? vscode.ViewColumn.One;
}

export async function copyBody(view: ResultView, index: number): Promise<void> {
  const raw = bodyOf(view, index);
  if (raw === undefined) return;
  await vscode.env.clipboard.writeText(bodyForEditor(raw).content);
  vscode.window.setStatusBarMessage(`Copied the body of operation ${index}.`, 3000);
}

export async function openBody(view: ResultView, index: number, fileUri: vscode.Uri): Promise<void> {
  const raw = bodyOf(view, index);
  if (raw === undefined) return;
  const document = await vscode.workspace.openTextDocument(bodyForEditor(raw));
  await vscode.window.showTextDocument(document, { viewColumn: sourceColumn(fileUri), preview: true });
}

export async function revealOperation(view: ResultView, index: number, fileUri: vscode.Uri): Promise<void> {
  const range = operation(view, index)?.sourceRange;
  if (!range) return;
  const document = await vscode.workspace.openTextDocument(fileUri);
  // positionAt clamps, so offsets from an edited file still land somewhere sensible.
  const selection = new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: sourceColumn(fileUri), selection });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export async function saveResponse(view: ResultView, fileUri: vscode.Uri): Promise<void> {
  const base = fileUri.path.split('/').pop()?.replace(/\.fbbatch$/i, '') || 'batch';
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(fileUri, '..', `${base}.response.json`),
    filters: { JSON: ['json'] },
    saveLabel: 'Save Response',
    title: 'Save the batch response as JSON',
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify(view.result, null, 2) + '\n'));
  vscode.window.setStatusBarMessage(`Saved the response to ${vscode.workspace.asRelativePath(target)}.`, 3000);
}
