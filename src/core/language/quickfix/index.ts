// getCodeActions: the quick fixes for the diagnostics under the cursor or selection. Each code's
// fixes live in a small provider; the table below says which providers answer which code.
import type { BatchDocument } from '../../document/model';
import type { OffsetRange } from '../../text';
import type { CodeAction, Diagnostic } from '../types';
import type { QuickFixProvider } from './actions';
import { addMissingName } from './add-name';
import { changeToSuggestion } from './change-suggestion';
import { removeUrlPrefix } from './relative-url';
import { removeBody, removeDuplicateKey, removeUnusedAttachment } from './remove';
import { addMethod, addRelativeUrl, insertSample } from './skeleton';
import { storeToken } from './store-token';

const PROVIDERS: Readonly<Record<string, readonly QuickFixProvider[]>> = {
  FB002: [insertSample],
  FB004: [changeToSuggestion],
  FB008: [removeDuplicateKey],
  FB102: [addMethod],
  FB103: [changeToSuggestion],
  FB104: [changeToSuggestion],
  FB105: [addRelativeUrl],
  FB106: [removeUrlPrefix],
  FB107: [removeUrlPrefix],
  FB108: [removeUrlPrefix],
  FB109: [removeUrlPrefix],
  FB110: [removeBody],
  FB111: [changeToSuggestion],
  FB202: [changeToSuggestion, addMissingName],
  FB203: [changeToSuggestion, addMissingName],
  FB401: [changeToSuggestion],
  FB404: [removeUnusedAttachment],
  FB501: [storeToken],
};

/** `storedTokenNames`: tokens already in storage, so a new one is never stored over them. */
export function getCodeActions(
  doc: BatchDocument,
  range: OffsetRange,
  diagnostics: readonly Diagnostic[],
  storedTokenNames: readonly string[] = [],
): CodeAction[] {
  const context = { storedTokenNames };
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.range.end < range.start || diagnostic.range.start > range.end) continue;
    for (const provider of PROVIDERS[diagnostic.code] ?? []) actions.push(...provider(doc, diagnostic, context));
  }
  return actions;
}
