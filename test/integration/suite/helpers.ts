// Shared steps of the integration suite, on the public vscode API only.
import * as vscode from 'vscode';
import type { FbbatchApi } from '../../../src/extension/api';
import { TEST_TOKEN } from '../settings';

export const PRODUCT_ID = 'fbbatch.fbbatch';
const POLL_MS = 50;

export async function activateProduct(): Promise<unknown> {
  const ext = vscode.extensions.getExtension(PRODUCT_ID);
  if (!ext) throw new Error(`the extension ${PRODUCT_ID} is not installed`);
  return ext.activate();
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function openFixture(relative: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(workspaceUri(relative));
}

/** Polls until check returns a value (not undefined), or fails after timeoutMs. */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** The position of the index-th occurrence of needle in the document, plus delta characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, index = 0): vscode.Position {
  let offset = -1;
  for (let i = 0; i <= index; i++) {
    offset = doc.getText().indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" occurs fewer than ${index + 1} times in ${doc.uri.path}`);
  }
  return doc.positionAt(offset + delta);
}

/** The range covering the index-th occurrence of needle (or of part, found inside it). */
export function rangeOf(doc: vscode.TextDocument, needle: string, part = needle, index = 0): vscode.Range {
  const within = needle.indexOf(part);
  if (within < 0) throw new Error(`"${part}" is not part of "${needle}"`);
  const start = positionOf(doc, needle, within, index);
  return new vscode.Range(start, start.translate(0, part.length));
}

/** A diagnostic's code as a string, whether or not it links to documentation. */
export function codeOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

export async function diagnosticsOf(doc: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics for ${doc.uri.path}`, () => {
    const found = vscode.languages.getDiagnostics(doc.uri);
    return found.length > 0 ? found : undefined;
  });
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export function describeRange(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** The product's public API (what activate returns), typed by the product's own declaration. */
export async function productApi(): Promise<FbbatchApi> {
  return (await activateProduct()) as FbbatchApi;
}

/** Stores the emulator's token the way a script would: the command with an argument. */
export async function storeTestToken(): Promise<void> {
  await vscode.commands.executeCommand('fbbatch.setToken', TEST_TOKEN);
}
