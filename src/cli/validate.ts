// Validation of a .fbbatch file exactly as the editor does it, with a context built for a terminal.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import { parseBatchDocument } from '../core/document/parse';
import type { BatchDocument } from '../core/document/model';
import { validateBatchDocument } from '../core/language/diagnostics';
import type { Diagnostic, LanguageContext } from '../core/language/types';
import { namedToken, namedTokenNames, tokenEnvName } from './env';

type Env = Readonly<Record<string, string | undefined>>;

export interface ValidatedFile {
  readonly text: string;
  readonly doc: BatchDocument;
  readonly diagnostics: readonly Diagnostic[];
}

export function validateText(text: string, filePath: string, root: string, env: Env): ValidatedFile {
  const doc = parseBatchDocument(text);
  const diagnostics = validateBatchDocument(doc, cliLanguageContext(doc, filePath, root, env));
  return { text, doc, diagnostics: diagnostics.map((d) => inTerminalWords(d, text)) };
}

/** The editor's advice about tokens names its commands; a terminal user sets environment variables. */
function inTerminalWords(d: Diagnostic, text: string): Diagnostic {
  if (d.code === 'FB501') {
    return { ...d, message: 'This looks like an access token written into the file, where anyone who can read the file (or its history) can use it. Put it in an FB_TOKEN_<NAME> environment variable and write {{token:name}} instead.' };
  }
  const placeholder = d.code === 'FB502' ? /\{\{token:([^}]*)\}\}/.exec(text.slice(d.range.start, d.range.end)) : null;
  if (placeholder) {
    return { ...d, message: `No token for {{token:${placeholder[1]}}} is set: set ${tokenEnvName(placeholder[1])} before "fbbatch run".` };
  }
  return d;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * The editor's stored tokens are FB_TOKEN_* variables here. Their names are upper-cased with `-` and
 * `.` as `_`, so a placeholder counts as stored when its variable is set, whatever its spelling.
 */
function cliLanguageContext(doc: BatchDocument, filePath: string, root: string, env: Env): LanguageContext {
  const placeholders = doc.operations.flatMap((op) => op.tokenPlaceholders.map((p) => p.name));
  const tokenNames = [...new Set([...namedTokenNames(env), ...placeholders.filter((name) => namedToken(env, name) !== undefined)])];
  return {
    documentDir: dirname(filePath),
    fileExists: (path) => existsSync(path),
    isInsideWorkspace: (path) => {
      const rel = relative(root, path);
      return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
    },
    tokenNames: () => tokenNames,
    lastResponse: () => undefined,
  };
}
