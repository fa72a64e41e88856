// The messages between the extension host and the response panel's webview, defined once for
// both sides. Plain data only (they cross a postMessage boundary). No DOM and no `vscode` here.
import type { BatchRunResult } from '../core/batch/result';

/** The panel's content while a run is in flight. */
export interface RunningView {
  readonly kind: 'running';
  /** Grows with every view the host shows; lets the webview skip a view it already has. */
  readonly seq: number;
  readonly fileUri: string;
  /** What to call the file in the panel (workspace-relative path or base name). */
  readonly fileLabel: string;
  readonly total: number;
}

/** The panel's content after a run. */
export interface ResultView {
  readonly kind: 'result';
  readonly seq: number;
  readonly fileUri: string;
  readonly fileLabel: string;
  readonly result: BatchRunResult;
  /** Operations whose bodies were left out of the kept state because they were too large. */
  readonly droppedBodies?: readonly number[];
  /** Operations whose bodies follow in a `bodies` message (see delivery.ts). */
  readonly pendingBodies?: readonly number[];
}

/** A run that stopped before any answer (its input or the configuration was refused): why, in plain words. */
export interface StoppedView {
  readonly kind: 'stopped';
  readonly seq: number;
  readonly fileUri: string;
  readonly fileLabel: string;
  /** What went wrong and what to do, without secrets. */
  readonly message: string;
}

export type PanelView = RunningView | ResultView | StoppedView;

/** What the webview keeps with `setState`, and what the host gets back after a reload. */
export interface PersistedPanelState {
  readonly version: 1;
  readonly view: ResultView;
}

/** The bodies of a result view, sent after the view itself so the panel paints first. */
export interface BodiesMessage {
  readonly type: 'bodies';
  readonly seq: number;
  readonly bodies: ReadonlyArray<readonly [index: number, rawBody: string]>;
}

export type ExtensionToWebview = { readonly type: 'view'; readonly view: PanelView } | BodiesMessage;

/** An action the user asked for in the panel; the host performs it. Indexes are operation indexes. */
export type WebviewAction =
  | { readonly type: 'copyBody'; readonly index: number }
  | { readonly type: 'openBody'; readonly index: number }
  | { readonly type: 'revealOperation'; readonly index: number }
  | { readonly type: 'saveResponse' }
  | { readonly type: 'rerun' }
  | { readonly type: 'retryIncomplete' };

/** `ready`: the webview (re)loaded and can take the current view. */
export type WebviewToExtension = { readonly type: 'ready' } | WebviewAction;

const WITH_INDEX = new Set(['copyBody', 'openBody', 'revealOperation']);
const WITHOUT_PAYLOAD = new Set(['ready', 'saveResponse', 'rerun', 'retryIncomplete']);

/**
 * The host's gate for everything the webview sends: exactly the shapes above, no extra keys,
 * indexes that are small non-negative integers. Anything else is dropped.
 */
export function isWebviewMessage(x: unknown): x is WebviewToExtension {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const record = x as Record<string, unknown>;
  const keys = Object.keys(record);
  const type = record.type;
  if (typeof type !== 'string') return false;
  if (WITHOUT_PAYLOAD.has(type)) return keys.length === 1;
  if (WITH_INDEX.has(type)) {
    const index = record.index;
    return keys.length === 2 && typeof index === 'number' && Number.isSafeInteger(index) && index >= 0 && index < 1_000_000;
  }
  return false;
}

/** A light structural check of state handed back by VS Code after a reload (it came from our webview). */
export function isPersistedPanelState(x: unknown): x is PersistedPanelState {
  if (typeof x !== 'object' || x === null) return false;
  const state = x as { version?: unknown; view?: unknown };
  if (state.version !== 1 || typeof state.view !== 'object' || state.view === null) return false;
  const view = state.view as Record<string, unknown>;
  const result = view.result as Record<string, unknown> | null | undefined;
  return (
    view.kind === 'result' &&
    typeof view.seq === 'number' &&
    typeof view.fileUri === 'string' &&
    typeof view.fileLabel === 'string' &&
    typeof result === 'object' &&
    result !== null &&
    Array.isArray(result.operations) &&
    Array.isArray(result.failures)
  );
}

/** The webview's check of what arrives on `message` (only the host posts to it, but stay defensive). */
export function isExtensionMessage(x: unknown): x is ExtensionToWebview {
  if (typeof x !== 'object' || x === null) return false;
  const message = x as { type?: unknown; view?: { kind?: unknown } | null; seq?: unknown; bodies?: unknown };
  if (message.type === 'bodies') return typeof message.seq === 'number' && Array.isArray(message.bodies);
  return message.type === 'view' && typeof message.view === 'object' && message.view !== null && ['running', 'result', 'stopped'].includes(message.view.kind as string);
}
