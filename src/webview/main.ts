// Entry of the response panel's browser bundle: restore the last result from webview state, then
// follow the host's views and keep the latest result for the next reload.
import { PanelApp } from './app';
import { isExtensionMessage, isPersistedPanelState, type ResultView } from './protocol';
import { persistableState } from './state';
import './vscode-api';

const api = acquireVsCodeApi();
const root = document.getElementById('app') ?? document.body;
const app = new PanelApp(root, (action) => api.postMessage(action));

let persistTimer: ReturnType<typeof setTimeout> | undefined;
/** After the paint, not before: the state copy of a large result must not delay the first view. */
function persistSoon(view: ResultView): void {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(() => api.setState(persistableState(view)), 100);
}

const saved = api.getState();
if (isPersistedPanelState(saved)) app.show(saved.view);
else app.showEmpty();

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isExtensionMessage(message)) return;
  const changed = message.type === 'view' ? app.show(message.view) : app.addBodies(message);
  const complete = app.completeResult;
  if (changed && complete) persistSoon(complete);
});

api.postMessage({ type: 'ready' });
