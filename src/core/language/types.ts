// Results of the language service: plain data with text offsets. src/extension converts offsets
// to vscode positions; the CLI to line:column.
import type { OffsetRange } from '../text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Diagnostic {
  /** Stable code, e.g. "FB001"; documented in the README. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: OffsetRange;
  /** Extra facts a quick fix needs (e.g. the suggested name). */
  readonly data?: Readonly<Record<string, string | number>>;
  /** Secondary locations (e.g. the other operation with the same name). */
  readonly related?: readonly { readonly message: string; readonly range: OffsetRange }[];
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
}

export interface TextEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

export type CompletionKind =
  | 'property' | 'value' | 'operation' | 'attachment' | 'token' | 'member' | 'snippet' | 'keyword';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly documentation?: string; // markdown
  /** Text to insert; `$1`-style placeholders when `isSnippet`. */
  readonly insertText: string;
  readonly isSnippet?: boolean;
  /** What the completion replaces. */
  readonly range: OffsetRange;
  readonly sortText?: string;
  readonly filterText?: string;
}

export interface Hover {
  readonly contents: string; // markdown
  readonly range: OffsetRange;
}

export interface DocumentSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: 'batch' | 'operation' | 'option' | 'attachments' | 'attachment';
  readonly range: OffsetRange;
  readonly selectionRange: OffsetRange;
  readonly children: readonly DocumentSymbol[];
}

export interface CodeAction {
  readonly title: string;
  readonly kind: 'quickfix' | 'refactor';
  /** Codes of the diagnostics this action fixes. */
  readonly fixes: readonly string[];
  readonly edits: readonly TextEdit[];
  /**
   * A command the editor must run (e.g. store a literal token in SecretStorage before the edit
   * replaces it by a placeholder). The core never touches storage itself.
   */
  readonly command?: { readonly id: 'fbbatch.storeTokenFromFile'; readonly token: string; readonly name: string };
  readonly isPreferred?: boolean;
}

export interface CodeLens {
  readonly range: OffsetRange;
  readonly title: string;
  readonly command: 'fbbatch.runBatch' | 'fbbatch.retryIncomplete' | 'fbbatch.showPanel';
}

/** What the language needs from outside, injected so core stays free of I/O and editors. */
export interface LanguageContext {
  /** Absolute path of the document's folder (attachments are relative to it), if on disk. */
  readonly documentDir?: string;
  /** Synchronous and cheap: called during validation for declared attachments only. */
  fileExists(absolutePath: string): boolean;
  /** False when the path lies outside every workspace folder. */
  isInsideWorkspace(absolutePath: string): boolean;
  /** Names of tokens in storage (never their values). */
  tokenNames(): readonly string[];
  /** The parsed body of this file's last response for the named operation, if a run kept one. */
  lastResponse(operationName: string): unknown;
  /** How this host keeps tokens, in the words of its own advice (the editor's commands by default). */
  readonly tokenAdvice?: TokenAdvice;
}

/** The advice of the token diagnostics, in the host's words. */
export interface TokenAdvice {
  /** What to do with an access token written into the file (FB501). */
  readonly literal: string;
  /** What to do about a `{{token:NAME}}` with no stored token of that name (FB502). */
  missing(name: string): string;
}
