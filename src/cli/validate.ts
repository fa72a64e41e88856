// Validation of a .fbbatch file exactly as the editor does it, with a context built for a terminal.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import { parseBatchDocument } from '../core/document/parse';
import type { BatchDocument } from '../core/document/model';
import { validateBatchDocument } from '../core/language/diagnostics';
import type { Diagnostic, LanguageContext, TokenAdvice } from '../core/language/types';
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
  return { text, doc, diagnostics };
}

/** A terminal user keeps tokens in environment variables, not in the editor's secret storage. */
const TERMINAL_TOKEN_ADVICE: TokenAdvice = {
  literal: 'Put it in an FB_TOKEN_<NAME> environment variable and write {{token:name}} instead.',
  missing: (name) => `No token for {{token:${name}}} is set: set ${tokenEnvName(name)} before "fbbatch run".`,
};

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
    tokenAdvice: TERMINAL_TOKEN_ADVICE,
  };
}
