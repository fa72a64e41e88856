// First paint of the response panel for 50 operations with 1 MB bodies, against the approach of
// the most popular request-file extension: every body pretty-printed and coloured by highlight.js
// into the page up front. Both receive the same result through postMessage in the same Chromium.
import * as esbuild from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser';
import { largeResult } from '../e2e/panel-fixtures';
import { buildWebview, startPanelHarness } from '../e2e/panel-harness';

const DIST = 'test/.work/bench-dist';

// The peer's renderer, bundled for the browser: every body pretty-printed, highlighted and inserted.
const PEER_SOURCE = `
import hljs from 'highlight.js/lib/core';
import json from 'highlight.js/lib/languages/json';
hljs.registerLanguage('json', json);
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
window.addEventListener('message', (event) => {
  const out = document.getElementById('out');
  for (const op of event.data.result.operations) {
    const pretty = JSON.stringify(JSON.parse(op.rawBody), null, 2);
    const section = document.createElement('section');
    section.innerHTML = '<h2>' + escapeHtml(op.method + ' ' + op.relativeUrl) + '</h2><pre><code class="hljs">'
      + hljs.highlight(pretty, { language: 'json' }).value + '</code></pre>';
    out.appendChild(section);
  }
});
window.__peerDeliver = (name) => new Promise((resolve) => {
  const start = performance.now();
  window.postMessage({ result: window.__fixtures[name] }, '*');
  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
});
`;

const PEER_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8">
<script>window.__fixtures = {};</script><script src="/peer.js"></script><script src="/fixture/large.js"></script>
</head><body><main id="out"></main></body></html>`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function benchPanelRender(options: { repetitions?: number; peerRepetitions?: number } = {}): Promise<{ oursFirstPaintMs: number; peerFirstPaintMs: number }> {
  const repetitions = options.repetitions ?? 5;
  const peerRepetitions = options.peerRepetitions ?? 3;
  await buildWebview(DIST);
  const peer = await esbuild.build({ stdin: { contents: PEER_SOURCE, resolveDir: process.cwd(), loader: 'js' }, bundle: true, format: 'iife', write: false, logLevel: 'warning' });
  const harness = await startPanelHarness(DIST);
  harness.setFixture('large', largeResult(50, 1024 * 1024));
  harness.setRoute('/peer.js', 'text/javascript', peer.outputFiles[0].text);
  harness.setRoute('/peer', 'text/html', PEER_PAGE);
  const browser = await launchChromium();
  try {
    // A fresh page per repetition, so no run pays for tearing down the previous one.
    const measure = async (path: string, evaluate: (page: Page) => Promise<number>): Promise<number> => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      try {
        await page.goto(`${harness.origin}${path}`);
        return await evaluate(page);
      } finally {
        await page.close();
      }
    };
    const ours: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      ours.push(await measure('/', async (page) => {
        await page.evaluate(() => window.__harness.load('large'));
        return (await page.evaluate(() => window.__harness.deliver('large'))).firstPaintMs;
      }));
    }
    const theirs: number[] = [];
    for (let i = 0; i < peerRepetitions; i++) theirs.push(await measure('/peer', (page) => page.evaluate(() => window.__peerDeliver('large'))));
    return { oursFirstPaintMs: median(ours), peerFirstPaintMs: median(theirs) };
  } finally {
    await browser.close();
    await harness.close();
  }
}
