// Builds the LanguageContext the core needs for one document: file checks for attachments, the
// names (never values) of stored tokens, and the last run's responses for hover and completion.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { vscode } from '../vscode';
import type { LanguageContext } from '../../core/language/types';
import type { LastRuns } from '../run/lastRuns';
import type { TokenStore } from '../secrets/tokenStore';

function isInsideWorkspace(absolutePath: string): boolean {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return folders.some((folder) => {
    const relative = path.relative(folder.uri.fsPath, absolutePath);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  });
}

export function languageContextFor(documentUri: vscode.Uri, tokens: TokenStore, lastRuns: LastRuns): LanguageContext {
  const uri = documentUri.toString();
  return {
    documentDir: documentUri.scheme === 'file' ? path.dirname(documentUri.fsPath) : undefined,
    fileExists: (absolutePath) => fs.existsSync(absolutePath),
    // A file outside any folder (or no folder open) has nothing to be outside of.
    isInsideWorkspace: (absolutePath) => (vscode.workspace.workspaceFolders?.length ? isInsideWorkspace(absolutePath) : true),
    tokenNames: () => tokens.names(),
    lastResponse: (operationName) => lastRuns.responseOf(uri, operationName),
  };
}
