// Just enough of the `vscode` API for the panel host to run under node's test runner, recording
// what the host does. Loaded in place of `vscode` by host.test.ts.
import { posix } from 'node:path';

export class EventEmitter<T> {
  private listeners: Array<(value: T) => void> = [];
  readonly event = (listener: (value: T) => void): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => void (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  static parse(text: string): Uri {
    const url = new URL(text);
    return new Uri(url.protocol.replace(/:$/, ''), decodeURIComponent(url.pathname));
  }
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return new Uri(base.scheme, posix.join(base.path, ...segments));
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export enum ViewColumn { Active = -1, Beside = -2, One = 1, Two = 2 }
export enum TextEditorRevealType { Default = 0, InCenter = 1, InCenterIfOutsideViewport = 2, AtTop = 3 }

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}
export class Range {
  constructor(readonly start: Position, readonly end: Position) {}
}

/** Everything the host did, for the tests to look at. */
export const record = {
  panels: [] as FakePanel[],
  clipboard: '',
  statusMessages: [] as string[],
  infoMessages: [] as string[],
  errorMessages: [] as string[],
  openedDocuments: [] as Array<{ language?: string; content?: string; uri?: string }>,
  shownSelections: [] as Array<{ uri: string; start: number; end: number }>,
  written: [] as Array<{ uri: string; text: string }>,
  saveDialogAnswer: undefined as Uri | undefined,
  serializers: new Map<string, { deserializeWebviewPanel(panel: FakePanel, state: unknown): Promise<void> }>(),
};

export class FakePanel {
  readonly posted: unknown[] = [];
  readonly revealed: unknown[] = [];
  title = '';
  visible = true;
  disposed = false;
  private readonly received = new EventEmitter<unknown>();
  private readonly disposeEmitter = new EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  readonly webview = {
    html: '',
    options: {} as unknown,
    cspSource: 'https://fake.vscode-resource',
    asWebviewUri: (uri: Uri) => `https://fake.vscode-resource${uri.path}`,
    postMessage: async (message: unknown) => {
      if (this.disposed) throw new Error('Webview is disposed');
      this.posted.push(message);
      return true;
    },
    onDidReceiveMessage: this.received.event,
  };
  constructor(readonly viewType: string, readonly showOptions: unknown, readonly options: unknown) {}
  /** What the webview script would send. */
  send(message: unknown): void {
    this.received.fire(message);
  }
  reveal(...args: unknown[]): void {
    this.revealed.push(args);
  }
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.disposeEmitter.fire();
  }
}

const SOURCE_TEXT = 'x'.repeat(500);

function fakeDocument(uri: Uri | undefined, content: string) {
  return {
    uri,
    positionAt: (offset: number) => new Position(0, Math.max(0, Math.min(offset, content.length))),
  };
}

export const window = {
  visibleTextEditors: [] as unknown[],
  createWebviewPanel: (viewType: string, _title: string, showOptions: unknown, options: unknown) => {
    const panel = new FakePanel(viewType, showOptions, options);
    record.panels.push(panel);
    return panel;
  },
  registerWebviewPanelSerializer: (viewType: string, serializer: { deserializeWebviewPanel(panel: FakePanel, state: unknown): Promise<void> }) => {
    record.serializers.set(viewType, serializer);
    return { dispose: () => record.serializers.delete(viewType) };
  },
  setStatusBarMessage: (text: string) => void record.statusMessages.push(text),
  showInformationMessage: async (text: string) => void record.infoMessages.push(text),
  showErrorMessage: async (text: string) => void record.errorMessages.push(text),
  showTextDocument: async (document: { uri?: Uri }, options: { selection?: Range }) => {
    if (options.selection && document.uri) {
      record.shownSelections.push({ uri: document.uri.toString(), start: options.selection.start.character, end: options.selection.end.character });
    }
    return { revealRange: () => undefined };
  },
  showSaveDialog: async () => record.saveDialogAnswer,
};

export const workspace = {
  asRelativePath: (uri: Uri) => uri.path.replace(/^\/work\//, ''),
  openTextDocument: async (arg: Uri | { language: string; content: string }) => {
    if (arg instanceof Uri) {
      record.openedDocuments.push({ uri: arg.toString() });
      return fakeDocument(arg, SOURCE_TEXT);
    }
    record.openedDocuments.push(arg);
    return fakeDocument(undefined, arg.content);
  },
  fs: {
    writeFile: async (uri: Uri, bytes: Uint8Array) => void record.written.push({ uri: uri.toString(), text: new TextDecoder().decode(bytes) }),
  },
};

export const env = {
  clipboard: { writeText: async (text: string) => void (record.clipboard = text) },
};
