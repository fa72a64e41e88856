// Browser side of the panel harness: stands in for VS Code around the webview. Runs before the
// panel's script (same nonce), provides acquireVsCodeApi, keeps state in sessionStorage so a reload
// gets it back as VS Code does, and delivers results exactly as the host does (delivery.ts).
import { deliveryMessages } from '../../src/webview/delivery';
import type { ExtensionToWebview, PersistedPanelState, ResultView, WebviewToExtension } from '../../src/webview/protocol';
import type { BatchRunResult } from '../../src/core/batch/result';

const STATE_KEY = 'fbbatch-state';
const nonce = (document.currentScript as HTMLScriptElement).nonce;
const fixtures: Record<string, BatchRunResult> = {};
let state: unknown;
try {
  state = JSON.parse(sessionStorage.getItem(STATE_KEY) ?? 'null') ?? undefined;
} catch {
  state = undefined;
}
let acquired = false;
let held: ExtensionToWebview[] = [];
let messageArrivedAt = 0;
let seq = Math.floor(performance.timeOrigin); // grows across reloads, like the host's counter

window.__posted = [];
window.__stateWrites = 0;
(window as unknown as { __fixtures: typeof fixtures }).__fixtures = fixtures;
// Registered before the panel's script runs, so it fires first: when a posted message arrived.
window.addEventListener('message', () => (messageArrivedAt = performance.now()));

window.acquireVsCodeApi = () => {
  if (acquired) throw new Error('acquireVsCodeApi can only be called once');
  acquired = true;
  return {
    postMessage: (message: WebviewToExtension) => void window.__posted.push(JSON.parse(JSON.stringify(message))),
    getState: () => state,
    setState: (next: PersistedPanelState) => {
      state = next;
      window.__stateWrites++;
      try {
        sessionStorage.setItem(STATE_KEY, JSON.stringify(next));
      } catch {
        window.__stateTooLarge = true;
      }
    },
  };
};

/** Resolves after the next frame has been produced. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Messages arrive in order: once this marker arrives, the panel has handled everything before it. */
function afterQueuedMessages(): Promise<void> {
  return new Promise((resolve) => {
    const marker = { harnessMarker: Math.random() };
    const listener = (event: MessageEvent<unknown>) => {
      if ((event.data as typeof marker | null)?.harnessMarker !== marker.harnessMarker) return;
      window.removeEventListener('message', listener);
      resolve();
    };
    window.addEventListener('message', listener);
    window.postMessage(marker, '*');
  });
}

function post(message: ExtensionToWebview): void {
  window.postMessage(message, '*');
}

window.__harness = {
  load: (name) =>
    new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.nonce = nonce;
      script.src = `/fixture/${name}.js`;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`fixture ${name} did not load`));
      document.head.appendChild(script);
    }),
  /**
   * Delivers a fixture as the host would. firstPaintMs: until the frame after the view painted;
   * renderMs: the part after the message arrived; allBodiesMs: until the bodies are in place too
   * (unless `holdBodies`: then they wait for releaseBodies()).
   */
  deliver: async (name, holdBodies = false) => {
    const view: ResultView = { kind: 'result', seq: ++seq, fileUri: `file:///work/${name}.fbbatch`, fileLabel: `${name}.fbbatch`, result: fixtures[name] };
    const [first, ...rest] = deliveryMessages(view);
    const start = performance.now();
    post(first);
    await nextPaint();
    const firstPaintMs = performance.now() - start;
    const renderMs = performance.now() - messageArrivedAt;
    if (holdBodies) {
      held = rest;
      return { firstPaintMs, renderMs, allBodiesMs: Number.NaN };
    }
    rest.forEach(post);
    await afterQueuedMessages();
    await nextPaint();
    return { firstPaintMs, renderMs, allBodiesMs: performance.now() - start };
  },
  /** Sends bodies held back by `deliver(name, true)`: as if they were still on their way. */
  releaseBodies: () => held.splice(0).forEach(post),
  running: (total) => post({ type: 'view', view: { kind: 'running', seq: ++seq, fileUri: 'file:///work/run.fbbatch', fileLabel: 'run.fbbatch', total } }),
  stopped: (message) => post({ type: 'view', view: { kind: 'stopped', seq: ++seq, fileUri: 'file:///work/run.fbbatch', fileLabel: 'run.fbbatch', message } }),
};
