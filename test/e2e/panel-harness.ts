// A stand-in for VS Code's webview host, for browser tests: serves the real panel HTML (same CSP,
// fresh nonce), webview.js and webview.css, dark-theme --vscode-* variables, and fake-vscode.ts
// (acquireVsCodeApi that records what the panel posts; delivery of results). 127.0.0.1 only.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { browserBundle } from '../../esbuild.mjs';
import { createNonce, panelHtml } from '../../src/extension/panel/html';

/** What the harness page adds to `window` (see fake-vscode.ts). */
declare global {
  interface Window {
    __posted: unknown[];
    acquireVsCodeApi(): import('../../src/webview/vscode-api').VsCodeApi;
    __stateWrites: number;
    __stateTooLarge?: boolean;
    __pwned?: number;
    __harness: {
      load(name: string): Promise<void>;
      deliver(name: string, holdBodies?: boolean): Promise<{ firstPaintMs: number; renderMs: number; allBodiesMs: number }>;
      releaseBodies(): void;
      running(total: number): void;
      stopped(message: string): void;
    };
    __peerDeliver(name: string): Promise<number>;
  }
}

/** Builds the webview bundle (as esbuild.mjs does), its stylesheet, and the fake VS Code side into `outdir`. */
export async function buildWebview(outdir: string): Promise<void> {
  mkdirSync(outdir, { recursive: true });
  await esbuild.build({
    entryPoints: { webview: 'src/webview/main.ts', 'fake-vscode': 'test/e2e/fake-vscode.ts' },
    ...browserBundle, outdir, sourcemap: false, logLevel: 'warning',
  });
  copyFileSync('src/webview/panel.css', join(outdir, 'webview.css'));
}

// VS Code's "Dark Modern" colours for the variables the panel uses.
const DARK_THEME = `:root {
  --vscode-font-family: system-ui, "Ubuntu", "Droid Sans", sans-serif; --vscode-font-size: 13px;
  --vscode-editor-font-family: "DejaVu Sans Mono", "Droid Sans Mono", monospace; --vscode-editor-font-size: 12px;
  --vscode-foreground: #cccccc; --vscode-editor-background: #1f1f1f; --vscode-panel-border: #2b2b2b;
  --vscode-focusBorder: #0078d4; --vscode-descriptionForeground: #9d9d9d; --vscode-errorForeground: #f85149;
  --vscode-button-background: #0078d4; --vscode-button-foreground: #ffffff; --vscode-button-hoverBackground: #026ec1;
  --vscode-button-border: #ffffff12; --vscode-button-secondaryBackground: #313131; --vscode-button-secondaryForeground: #cccccc;
  --vscode-button-secondaryHoverBackground: #3c3c3c; --vscode-editorWarning-foreground: #cca700; --vscode-editorInfo-foreground: #3794ff;
  --vscode-testing-iconPassed: #73c991; --vscode-list-hoverBackground: #2a2d2e; --vscode-list-inactiveSelectionBackground: #37373d;
  --vscode-badge-background: #616161; --vscode-badge-foreground: #f8f8f8; --vscode-textLink-foreground: #4daafc;
  --vscode-progressBar-background: #0078d4; --vscode-textCodeBlock-background: #2b2b2b; --vscode-inputValidation-errorBackground: #5a1d1d;
  --vscode-tree-indentGuidesStroke: #585858; --vscode-debugTokenExpression-name: #c586c0; --vscode-debugTokenExpression-string: #ce9178;
  --vscode-debugTokenExpression-number: #b5cea8; --vscode-debugTokenExpression-boolean: #4e94ce;
}`;

export interface PanelHarness {
  /** The panel page. */
  readonly url: string;
  readonly origin: string;
  /** Makes a result loadable in the page with `__harness.load(name)`. */
  setFixture(name: string, result: unknown): void;
  /** Serves any other page or file (the benchmark's peer page). */
  setRoute(path: string, contentType: string, body: string): void;
  close(): Promise<void>;
}

export async function startPanelHarness(distDir: string): Promise<PanelHarness> {
  const routes = new Map<string, { contentType: string; body: string | Buffer }>();
  let origin = '';
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') {
      const nonce = createNonce();
      const html = panelHtml({ cspSource: origin, scriptUri: `${origin}/webview.js`, styleUri: `${origin}/webview.css`, nonce }).replace(
        '</head>',
        `<link rel="stylesheet" href="/theme.css">\n<script nonce="${nonce}" src="/fake-vscode.js"></script>\n</head>`,
      );
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
      return;
    }
    const route = routes.get(path);
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': route.contentType, 'cache-control': 'no-store' }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const setRoute = (path: string, contentType: string, body: string | Buffer): void => void routes.set(path, { contentType, body });
  setRoute('/webview.js', 'text/javascript', readFileSync(join(distDir, 'webview.js')));
  setRoute('/webview.css', 'text/css', readFileSync(join(distDir, 'webview.css')));
  setRoute('/theme.css', 'text/css', DARK_THEME);
  setRoute('/fake-vscode.js', 'text/javascript', readFileSync(join(distDir, 'fake-vscode.js')));
  return {
    url: `${origin}/`,
    origin,
    setFixture: (name, result) => setRoute(`/fixture/${name}.js`, 'text/javascript', `window.__fixtures[${JSON.stringify(name)}] = ${JSON.stringify(result)};`),
    setRoute,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
