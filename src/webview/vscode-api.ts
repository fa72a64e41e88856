// The part of VS Code's webview API this panel uses (the function is injected by VS Code).
import type { PersistedPanelState, WebviewToExtension } from './protocol';

export interface VsCodeApi {
  postMessage(message: WebviewToExtension): void;
  getState(): unknown;
  setState(state: PersistedPanelState): void;
}

declare global {
  function acquireVsCodeApi(): VsCodeApi;
}
