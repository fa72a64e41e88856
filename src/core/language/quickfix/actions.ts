// Shapes shared by the quick-fix providers.
import type { BatchDocument } from '../../document/model';
import type { CodeAction, Diagnostic, TextEdit } from '../types';

/** Facts from outside the document that some fixes need. */
export interface QuickFixContext {
  /** Names of tokens already in storage (never their values). */
  readonly storedTokenNames: readonly string[];
}

export type QuickFixProvider = (doc: BatchDocument, diagnostic: Diagnostic, context: QuickFixContext) => CodeAction[];

export function quickFix(title: string, diagnostic: Diagnostic, edits: readonly TextEdit[], isPreferred = false): CodeAction {
  return { title, kind: 'quickfix', fixes: [diagnostic.code], edits, isPreferred };
}

export function dataString(diagnostic: Diagnostic, key: string): string | undefined {
  const value = diagnostic.data?.[key];
  return typeof value === 'string' ? value : undefined;
}
