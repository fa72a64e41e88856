// Access tokens: a literal one in the file is a leak (FB501); a {{token:NAME}} placeholder whose
// NAME is not stored yet is fine but worth knowing (FB502).
import type { BatchDocument } from '../../document/model';
import type { Diagnostic, LanguageContext, TokenAdvice } from '../types';
import { findLiteralTokens } from './literal-tokens';
import { diagnostic } from './make';

const LEAK = 'This looks like an access token written into the file, where anyone who can read the file (or its history) can use it.';

/** The editor's advice: its quick fix and commands. */
const EDITOR_TOKEN_ADVICE: TokenAdvice = {
  literal: 'Move it into secret storage with the quick fix and write {{token:NAME}} instead.',
  missing: (name) => `No stored token is named "${name}" yet: fbbatch will ask for it at run time, or store it now with "fbbatch: Set Named Access Token…".`,
};

export function checkTokens(doc: BatchDocument, ctx: LanguageContext, out: Diagnostic[]): void {
  const advice = ctx.tokenAdvice ?? EDITOR_TOKEN_ADVICE;
  for (const literal of findLiteralTokens(doc)) out.push(diagnostic('FB501', literal.range, `${LEAK} ${advice.literal}`));
  const stored = new Set(ctx.tokenNames());
  for (const operation of doc.operations) {
    for (const placeholder of operation.tokenPlaceholders) {
      if (stored.has(placeholder.name)) continue;
      out.push(diagnostic('FB502', placeholder.range, advice.missing(placeholder.name)));
    }
  }
}
