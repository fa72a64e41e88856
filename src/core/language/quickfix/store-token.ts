// FB501: move a literal access token into secret storage. The editor runs the command (which
// stores the token under the name); the edit then replaces the literal by {{token:NAME}}. The
// token travels only in the command payload, never in a title.
import type { BatchDocument } from '../../document/model';
import { findLiteralTokens } from '../diagnostics';
import type { CodeAction } from '../types';
import type { QuickFixProvider } from './actions';

export const storeToken: QuickFixProvider = (doc, diagnostic, context) => {
  const literals = findLiteralTokens(doc);
  const names = tokenNames(doc, literals.map((l) => l.token), context.storedTokenNames);
  const literal = literals.find((l) => l.range.start === diagnostic.range.start && l.range.end === diagnostic.range.end);
  const name = literal === undefined ? undefined : names.get(literal.token);
  if (literal === undefined || name === undefined) return [];
  const action: CodeAction = {
    title: `Move the access token into secret storage as "${name}"`,
    kind: 'quickfix',
    fixes: [diagnostic.code],
    edits: [{ range: literal.range, newText: `{{token:${name}}}` }],
    command: { id: 'fbbatch.storeTokenFromFile', token: literal.token, name },
    isPreferred: true,
  };
  return [action];
};

/**
 * A storage name per distinct token, in file order: "token", "token2", … skipping names that
 * placeholders in the file already use or storage already holds, so storing one never overwrites another.
 */
function tokenNames(doc: BatchDocument, tokens: readonly string[], stored: readonly string[]): Map<string, string> {
  const taken = new Set(stored);
  for (const operation of doc.operations) for (const placeholder of operation.tokenPlaceholders) taken.add(placeholder.name);
  const names = new Map<string, string>();
  let counter = 1;
  for (const token of tokens) {
    if (names.has(token)) continue;
    let name = counter === 1 ? 'token' : `token${counter}`;
    while (taken.has(name)) name = `token${++counter}`;
    counter++;
    taken.add(name);
    names.set(token, name);
  }
  return names;
}
