// First paint of the response panel for 50 operations with 1 MB bodies, against the approach of
// the most popular request-file extension: every body pretty-printed and coloured by highlight.js
// into the page up front. Same Chromium, same data, both delivered through postMessage.
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser';
import { largeResult } from '../e2e/panel-fixtures';
import { buildWebview, startPanelHarness } from '../e2e/panel-harness';
import { median } from './stats';

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

export interface PanelRenderBench {
  /** Median ms from posting the result until the frame after the panel painted it. */
  readonly oursFirstPaintMs: number;
  /** Median ms until every body was in place in our panel as well. */
  readonly oursAllBodiesMs: number;
  /** Median ms for the peer; when it did not finish, the time limit (a lower bound). */
  readonly peerFirstPaintMs: number;
  readonly peerFinished: boolean;
}

export interface PanelRenderBenchOptions {
  readonly repetitions?: number;
  readonly peerRepetitions?: number;
  /** The peer takes minutes on 50 MB; a repetition that runs longer is stopped and counted as this. */
  readonly peerLimitMs?: number;
}

/** Runs `evaluate` on a fresh page, so no repetition pays for tearing down the previous one. */
async function onFreshPage<T>(browser: Browser, url: string, evaluate: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  try {
    await page.goto(url);
    return await evaluate(page);
  } finally {
    await page.close();
  }
}

/** The peer's first paint, or undefined when it ran past the limit (its page is closed then). */
function peerRun(browser: Browser, url: string, limitMs: number): Promise<number | undefined> {
  return onFreshPage(browser, url, (page) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), limitMs)));
    const run = page.evaluate(() => window.__peerDeliver('large')).catch(() => undefined);
    return Promise.race([run, limit]).finally(() => clearTimeout(timer));
  });
}

export async function benchPanelRender(options: PanelRenderBenchOptions = {}): Promise<PanelRenderBench> {
  const { repetitions = 5, peerRepetitions = 3, peerLimitMs = 120_000 } = options;
  await buildWebview(DIST);
  const peer = await esbuild.build({ stdin: { contents: PEER_SOURCE, resolveDir: process.cwd(), loader: 'js' }, bundle: true, format: 'iife', write: false, logLevel: 'warning' });
  const harness = await startPanelHarness(DIST);
  harness.setFixture('large', largeResult(50, 1024 * 1024));
  harness.setRoute('/peer.js', 'text/javascript', peer.outputFiles[0].text);
  harness.setRoute('/peer', 'text/html', PEER_PAGE);
  const browser = await launchChromium();
  try {
    const ours: Array<{ firstPaintMs: number; allBodiesMs: number }> = [];
    for (let i = 0; i < repetitions; i++) {
      ours.push(await onFreshPage(browser, harness.url, async (page) => {
        await page.evaluate(() => window.__harness.load('large'));
        return page.evaluate(() => window.__harness.deliver('large'));
      }));
    }
    const theirs: number[] = [];
    let peerFinished = true;
    for (let i = 0; i < peerRepetitions && peerFinished; i++) {
      const ms = await peerRun(browser, `${harness.origin}/peer`, peerLimitMs);
      peerFinished = ms !== undefined;
      theirs.push(ms ?? peerLimitMs);
    }
    return {
      oursFirstPaintMs: median(ours.map((run) => run.firstPaintMs)),
      oursAllBodiesMs: median(ours.map((run) => run.allBodiesMs)),
      peerFirstPaintMs: median(theirs),
      peerFinished,
    };
  } finally {
    await browser.close();
    await harness.close();
  }
}
