// The response panel's host: one webview panel beside the editor, reused across runs and revived
// after a reload. It shows views, validates every message from the webview, performs the panel's
// own actions, and hands re-run / retry requests to whoever listens on onDidRequest.
import { vscode } from '../vscode';
import type { BatchRunResult } from '../../core/batch/result';
import { redactSecrets } from '../../core/graph/redact';
import { deliveryMessages } from '../../webview/delivery';
import { incompleteOperationIndexes } from '../../webview/outcomes';
import { isPersistedPanelState, isWebviewMessage, type PanelView, type ResultView, type WebviewToExtension } from '../../webview/protocol';
import { copyBody, openBody, revealOperation, saveResponse } from './actions';
import { createNonce, panelHtml } from './html';
import { redactDeep } from './redact';

export const RESPONSE_PANEL_VIEW_TYPE = 'fbbatch.responses';

/** A request the panel cannot fulfil itself: run the file again, or only its incomplete operations. */
export interface PanelRunRequest {
  readonly kind: 'rerun' | 'retryIncomplete';
  readonly fileUri: vscode.Uri;
  /** For retryIncomplete: the operations that timed out or were never sent. */
  readonly operationIndexes: readonly number[];
}

/** What the panel currently shows (for tests through the extension's API). */
export interface ResponsePanelState {
  readonly visible: boolean;
  readonly view: PanelView | undefined;
}

const requests = new vscode.EventEmitter<PanelRunRequest>();

/** For error messages: "Could not save the response: …". */
const ACTION_NAMES: Readonly<Record<Exclude<WebviewToExtension['type'], 'ready'>, string>> = {
  copyBody: 'copy the body',
  openBody: 'open the body in an editor',
  revealOperation: 'show the operation in its file',
  saveResponse: 'save the response',
  rerun: 're-run the batch',
  retryIncomplete: 'retry the incomplete operations',
};

function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableForms: false,
    retainContextWhenHidden: false, // the webview keeps its own state with setState
    localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')],
  };
}

export class ResponsePanel implements vscode.Disposable {
  private static current: ResponsePanel | undefined;
  /** Fires for re-run and retry requests from whichever panel is open; subscribe once at activation. */
  static readonly onDidRequest = requests.event;

  private view: PanelView | undefined;
  /** The latest result, still acted on while a new run shows its banner above it. */
  private result: ResultView | undefined;
  private seq: number;
  private disposed = false;
  private readonly disposables: vscode.Disposable[] = [];

  /** Reveals the panel beside the editor without taking focus, creating it on first use. */
  static show(context: vscode.ExtensionContext): ResponsePanel {
    if (ResponsePanel.current) {
      ResponsePanel.current.panel.reveal(undefined, true); // where the user left it, focus stays in the editor
      return ResponsePanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      RESPONSE_PANEL_VIEW_TYPE,
      'Batch Responses',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      webviewOptions(context),
    );
    return (ResponsePanel.current = new ResponsePanel(panel, context, undefined));
  }

  /** The open panel, if any (without creating one). */
  static get existing(): ResponsePanel | undefined {
    return ResponsePanel.current;
  }

  /** Takes over a panel VS Code restored after a reload, with the state its webview kept. */
  static revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, state: unknown): ResponsePanel {
    ResponsePanel.current?.dispose();
    panel.webview.options = webviewOptions(context);
    const view = isPersistedPanelState(state) ? state.view : undefined;
    return (ResponsePanel.current = new ResponsePanel(panel, context, view));
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    context: vscode.ExtensionContext,
    restored: ResultView | undefined,
  ) {
    this.view = restored;
    this.result = restored;
    this.seq = restored?.seq ?? 0;
    const webview = panel.webview;
    const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString(),
      nonce: createNonce(),
    });
    this.disposables.push(
      webview.onDidReceiveMessage((message: unknown) => {
        if (isWebviewMessage(message)) void this.handle(message);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get state(): ResponsePanelState {
    return { visible: this.panel.visible, view: this.view };
  }

  showRunning(fileUri: vscode.Uri, total: number): void {
    this.setView(fileUri, (seq, label) => ({ kind: 'running', seq, fileUri: fileUri.toString(), fileLabel: label, total }));
  }

  /** A run that stopped before anything was sent: its message takes the running banner's place. */
  showStopped(fileUri: vscode.Uri, message: string, knownSecrets: readonly string[] = []): void {
    const clean = redactSecrets(message, knownSecrets);
    this.setView(fileUri, (seq, label) => ({ kind: 'stopped', seq, fileUri: fileUri.toString(), fileLabel: label, message: clean }));
  }

  /** Shows a run's result; `knownSecrets` are masked once more before anything leaves the host. */
  showResult(fileUri: vscode.Uri, result: BatchRunResult, knownSecrets: readonly string[] = []): void {
    const clean = redactDeep(result, knownSecrets);
    this.setView(fileUri, (seq, label) => ({ kind: 'result', seq, fileUri: fileUri.toString(), fileLabel: label, result: clean }));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (ResponsePanel.current === this) ResponsePanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }

  private setView(fileUri: vscode.Uri, make: (seq: number, label: string) => PanelView): void {
    if (this.disposed) return; // closed by the user mid-run: the next show() opens a new panel
    this.view = make(++this.seq, vscode.workspace.asRelativePath(fileUri, false));
    if (this.view.kind === 'result') this.result = this.view;
    this.panel.title = `Responses: ${fileUri.path.split('/').pop() ?? ''}`;
    this.post(this.view);
  }

  /** The view first, its bodies after. A hidden webview drops both; it asks again with `ready`. */
  private post(view: PanelView): void {
    for (const message of deliveryMessages(view)) void this.panel.webview.postMessage(message);
  }

  private async handle(message: WebviewToExtension): Promise<void> {
    if (message.type === 'ready') {
      if (this.view) this.post(this.view);
      return;
    }
    const view = this.result;
    if (!view) return;
    const fileUri = vscode.Uri.parse(view.fileUri);
    try {
      switch (message.type) {
        case 'copyBody':
          return await copyBody(view, message.index);
        case 'openBody':
          return await openBody(view, message.index, fileUri);
        case 'revealOperation':
          return await revealOperation(view, message.index, fileUri);
        case 'saveResponse':
          return await saveResponse(view, fileUri);
        case 'rerun':
          return requests.fire({ kind: 'rerun', fileUri, operationIndexes: [] });
        case 'retryIncomplete':
          return requests.fire({ kind: 'retryIncomplete', fileUri, operationIndexes: incompleteOperationIndexes(view.result) });
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(`Could not ${ACTION_NAMES[message.type]}: ${reason}`);
    }
  }
}

/** Lets VS Code bring the panel back after a window reload, with its last result. */
export function registerResponsePanelSerializer(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(RESPONSE_PANEL_VIEW_TYPE, {
    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
      ResponsePanel.revive(panel, context, state);
    },
  });
}
