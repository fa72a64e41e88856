// The two sides of the panel stay apart: the host bundle carries no DOM code, the webview bundle no
// `vscode`, and the webview builds no markup from strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';

async function bundle(entry: string, platform: 'node' | 'browser'): Promise<string> {
  const out = await esbuild.build({ entryPoints: [entry], bundle: true, write: false, platform, format: platform === 'node' ? 'cjs' : 'iife', external: ['vscode'], logLevel: 'silent' });
  return out.outputFiles[0].text;
}

test('the extension side of the panel contains no DOM code', async () => {
  const host = await bundle('src/extension/panel/index.ts', 'node');
  assert.doesNotMatch(host, /document\.(createElement|querySelector|getElementById)|HTMLElement|acquireVsCodeApi/);
  assert.match(host, /require\("vscode"\)/);
});

test('the webview bundle does not load vscode and never parses markup', async () => {
  const webview = await bundle('src/webview/main.ts', 'browser');
  assert.doesNotMatch(webview, /require\("vscode"\)|innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  assert.match(webview, /acquireVsCodeApi\(\)/);
});
