// The response panel in a real Chromium, as a person sees and uses it: rows, expansion, keyboard,
// the messages its buttons post, inert markup, its CSP, and speed with 50 one-megabyte bodies.
// Run: node test/run-unit.mjs test/e2e/panel.test.ts (builds the webview itself).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { OUTCOME_STYLES } from '../../src/webview/outcomes';
import { launchChromium } from './browser';
import { largeResult, markupResult, outcomeResult, SCRIPT_PAYLOAD } from './panel-fixtures';
import { buildWebview, startPanelHarness, type PanelHarness } from './panel-harness';

const DIST = 'test/.work/e2e-dist';
const ARTIFACTS = 'test/artifacts';

let browser: Browser;
let harness: PanelHarness;

interface PageWatch {
  readonly page: Page;
  readonly dialogs: string[];
  readonly errors: string[];
  readonly cspViolations: string[];
}

/** A fresh panel page that records dialogs, script errors and CSP violations. */
async function openPanel(): Promise<PageWatch> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const watch: PageWatch = { page, dialogs: [], errors: [], cspViolations: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) watch.cspViolations.push(message.text());
  });
  await page.goto(harness.url);
  await page.waitForFunction(() => window.__posted.length > 0);
  return watch;
}

async function show(page: Page, name: string, holdBodies = false): Promise<{ firstPaintMs: number; renderMs: number; allBodiesMs: number }> {
  await page.evaluate((n) => window.__harness.load(n), name);
  return page.evaluate(([n, hold]) => window.__harness.deliver(n, hold), [name, holdBodies] as const);
}

function posted(page: Page): Promise<unknown[]> {
  return page.evaluate(() => window.__posted);
}

const row = (index: number): string => `.row:has(> .row-header[data-index="${index}"])`;

before(async () => {
  await buildWebview(DIST);
  mkdirSync(ARTIFACTS, { recursive: true });
  harness = await startPanelHarness(DIST);
  harness.setFixture('outcomes', outcomeResult());
  harness.setFixture('markup', markupResult());
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await harness?.close();
});

describe('response panel in Chromium', { timeout: 120_000 }, () => {
  test('the page carries a CSP with a fresh nonce, and the panel runs under it', async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { page, cspViolations, errors } = await openPanel();
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      const nonce = /script-src 'nonce-([^']+)'/.exec(csp ?? '')?.[1];
      assert.ok(nonce && nonce.length >= 24, `nonce in ${csp}`);
      assert.match(csp ?? '', /^default-src 'none'; script-src 'nonce-[^']+'; style-src http:\/\/127\.0\.0\.1:\d+; img-src/);
      assert.equal(await page.evaluate(() => (document.querySelector('script[src$="webview.js"]') as HTMLScriptElement).nonce), nonce);
      assert.deepEqual(await posted(page), [{ type: 'ready' }], 'the panel says it is ready');
      assert.match((await page.textContent('main')) ?? '', /Run a \.fbbatch file/);
      await show(page, 'outcomes');
      assert.deepEqual(cspViolations, []);
      assert.deepEqual(errors, []);
      nonces.push(nonce);
      await page.close();
    }
    assert.notEqual(nonces[0], nonces[1]);
  });

  test('every outcome has its row with status, badge and explanation; the summary has counts, failures and usage', async () => {
    const { page } = await openPanel();
    await show(page, 'outcomes');
    const rows = await page.$$eval('.row-header', (headers) =>
      headers.map((h) => ({
        index: h.querySelector('.col-index')?.textContent,
        status: h.querySelector('.col-status')?.textContent,
        badge: h.querySelector('.badge')?.textContent,
        explanation: h.querySelector('.explanation')?.textContent,
        request: h.querySelector('.col-request')?.textContent,
      })),
    );
    const expected = outcomeResult().operations;
    assert.equal(rows.length, expected.length);
    for (const [i, op] of expected.entries()) {
      assert.deepEqual(rows[i], {
        index: `#${op.index + 1}`,
        status: op.code === undefined ? '—' : String(op.code),
        badge: OUTCOME_STYLES[op.outcome].label,
        explanation: op.explanation,
        request: `${op.name ?? ''}${op.method} ${op.relativeUrl}`,
      });
    }
    const summary = (await page.textContent('.summary')) ?? '';
    assert.match(summary, /1 Graph error.*1 Timed out.*1 Success/);
    assert.match(summary, /7 operations in 2 requests · 1\.23 s/);
    assert.match(summary, /Request 2 failed: No answer within 60 seconds\.Try again, or raise the fbbatch\.timeoutSeconds setting\./);
    assert.match(summary, /App usage: calls 28% · CPU 12% · time 9%/);
    assert.match(summary, /calls 95%.*access back in about 12 min/);
    assert.equal(await page.textContent('[data-action="retryIncomplete"]'), 'Retry 2 incomplete');
    await page.close();
  });

  test('expanding a row shows its headers, error and pretty JSON; nested nodes collapse and expand', async () => {
    const { page } = await openPanel();
    await show(page, 'outcomes');
    assert.equal(await page.locator(`${row(0)} .row-details`).count(), 0, 'details are built only on expansion');
    await page.click(`${row(1)} .row-header`);
    assert.match((await page.textContent(`${row(1)} .error-detail`)) ?? '', /\(#200\) The user hasn't authorized.*OAuthException, code 200, trace AbC123/);
    await page.click(`${row(0)} .row-header`);
    assert.equal(await page.getAttribute(`${row(0)} .row-header`, 'aria-expanded'), 'true');
    const headers = await page.$$eval(`${row(0)} table.headers tr`, (trs) => trs.map((tr) => tr.textContent));
    assert.deepEqual(headers, ['Content-Typetext/javascript; charset=UTF-8', 'ETag"7b4a1c"']);
    const body = page.locator(`${row(0)} .json-tree`);
    const text = (await body.innerText()).replace(/[▸▾] /g, '');
    assert.match(text, /^\{\n\s*"id": "1001",\n\s*"name": "Ada Lovelace",\n\s*"friends": \{\n\s*"data": \[\n/);
    assert.match(text, /"verified": true,\n\s*"age": null\n\}$/);
    // The friend object inside data is nested deeper than auto-expansion: collapsed with a summary.
    const friend = page.locator(`${row(0)} .jt-toggle[aria-expanded="false"]`, { hasText: '2 keys' });
    assert.equal(await friend.getAttribute('aria-expanded'), 'false');
    await friend.click();
    assert.match((await body.innerText()).replace(/[▸▾] /g, ''), /"name": "Charles"/);
    await page.locator(`${row(0)} .jt-toggle`).first().click();
    assert.equal((await body.innerText()).replace(/[▸▾] /g, '').trim(), '{ id: "1001", name: "Ada Lovelace", … 5 keys }');
    await page.click(`${row(0)} .row-header`);
    assert.equal(await page.isVisible(`${row(0)} .row-details`), false, 'collapsing the row hides its details');
    await page.close();
  });

  test('a row opened before its body arrives shows it when it comes', async () => {
    const { page } = await openPanel();
    await show(page, 'outcomes', true);
    await page.click(`${row(0)} .row-header`);
    assert.equal(await page.textContent(`${row(0)} .no-body`), 'Loading body…');
    assert.equal(await page.locator(`${row(0)} [data-action="copyBody"]`).count(), 1, 'the body can be copied by the host already');
    await page.evaluate(() => window.__harness.releaseBodies());
    await page.waitForSelector(`${row(0)} .json-tree`);
    assert.equal(await page.locator(`${row(0)} .no-body`).count(), 0);
    assert.match((await page.textContent(`${row(0)} .json-tree`)) ?? '', /"Ada Lovelace"/);
    await page.close();
  });

  test('keyboard: arrows, Home and End move between rows; Enter and Space expand; focus is visible', async () => {
    const { page } = await openPanel();
    await show(page, 'outcomes');
    const focused = (): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-index') ?? null);
    await page.focus(`${row(0)} .row-header`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), '2');
    await page.keyboard.press('ArrowUp');
    assert.equal(await focused(), '1');
    await page.keyboard.press('End');
    assert.equal(await focused(), '6');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), '6', 'stays on the last row');
    await page.keyboard.press('Home');
    assert.equal(await focused(), '0');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    assert.equal(outline, 'solid', 'the focused row shows an outline');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute(`${row(0)} .row-header`, 'aria-expanded'), 'true');
    await page.keyboard.press('Space');
    assert.equal(await page.getAttribute(`${row(0)} .row-header`, 'aria-expanded'), 'false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    assert.equal(await page.getAttribute(`${row(1)} .row-header`, 'aria-expanded'), 'true');
    await page.close();
  });

  test('buttons post the typed messages the host acts on', async () => {
    const { page } = await openPanel();
    await show(page, 'outcomes');
    await page.click(`${row(0)} .row-header`);
    await page.click(`${row(0)} [data-action="copyBody"]`);
    await page.click(`${row(0)} [data-action="openBody"]`);
    await page.click(`${row(0)} [data-action="revealOperation"]`);
    await page.click('[data-action="rerun"]');
    await page.click('[data-action="retryIncomplete"]');
    await page.click('[data-action="saveResponse"]');
    assert.deepEqual(await posted(page), [
      { type: 'ready' },
      { type: 'copyBody', index: 0 },
      { type: 'openBody', index: 0 },
      { type: 'revealOperation', index: 0 },
      { type: 'rerun' },
      { type: 'retryIncomplete' },
      { type: 'saveResponse' },
    ]);
    // A null entry has nothing to copy and no source range here: no such buttons.
    await page.click(`${row(3)} .row-header`);
    assert.equal(await page.locator(`${row(3)} .row-actions button`).count(), 0);
    assert.match((await page.textContent(`${row(3)} .no-body`)) ?? '', /^No body: Not run: the batch ran out of time/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${ARTIFACTS}/panel-outcomes.png`, fullPage: true });
    await page.close();
  });

  test('markup in bodies, names, headers and errors stays text: nothing runs, nothing loads', async () => {
    const watch = await openPanel();
    const { page } = watch;
    await show(page, 'markup');
    await page.click(`${row(0)} .row-header`);
    await page.click(`${row(1)} .row-header`);
    await page.waitForTimeout(300); // give an injected image's onerror the chance to fire
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(watch.dialogs, []);
    assert.deepEqual(watch.errors, []);
    assert.equal(await page.locator('main img, main svg, main script, main iframe').count(), 0);
    assert.equal(await page.locator('script:not([src^="/fixture/"])').count(), 2, 'only the harness API and the panel script');
    const text = (await page.textContent('main')) ?? '';
    assert.ok(text.includes(SCRIPT_PAYLOAD), 'the payload is shown as text');
    assert.ok((await page.textContent(`${row(1)} pre.body-text`))?.includes(`<body>${SCRIPT_PAYLOAD}</body>`));
    await page.close();
  });

  test('after a reload the panel restores the last result from its state', async () => {
    const { page } = await openPanel();
    await show(page, 'outcomes');
    await page.waitForFunction(() => window.__stateWrites > 0);
    await page.reload();
    await page.waitForFunction(() => window.__posted.length > 0);
    assert.equal(await page.locator('.row').count(), 7, 'rows are back before the host says anything');
    assert.equal(await page.textContent('.file-label'), 'outcomes.fbbatch');
    await page.evaluate(() => window.__harness.running(7));
    assert.match((await page.textContent('.running')) ?? '', /Running 7 operations/);
    assert.equal(await page.getAttribute('.result', 'aria-busy'), 'true', 'the previous result stays, marked busy');
    await page.close();
  });

  test('a run that stopped before anything was sent: its message as text in place of "Running…", the last result kept', async () => {
    const watch = await openPanel();
    const { page } = watch;
    await show(page, 'outcomes');
    await page.evaluate(() => window.__harness.running(7));
    await page.evaluate((payload) => window.__harness.stopped(`Operation 2 ("${payload}") needs the result of "x".`), SCRIPT_PAYLOAD);
    assert.equal(await page.locator('.running').count(), 0);
    const alert = page.locator('.stopped[role="alert"]');
    assert.equal(await alert.textContent(), `The run stopped before anything was sent: Operation 2 ("${SCRIPT_PAYLOAD}") needs the result of "x".`);
    assert.equal(await page.locator('.stopped img, .stopped script').count(), 0, 'markup in the message stays text');
    assert.equal(await page.locator('.row').count(), 7, 'the last result stays');
    assert.equal(await page.getAttribute('.result', 'aria-busy'), 'false');
    assert.deepEqual([watch.dialogs, watch.errors, await page.evaluate(() => window.__pwned ?? 0)], [[], [], 0]);
    await page.close();
  });

  test('50 operations with 1 MB bodies: quick first paint, and the page stays responsive', async () => {
    harness.setFixture('large', largeResult(50, 1024 * 1024));
    const { page } = await openPanel();
    const { firstPaintMs, renderMs, allBodiesMs } = await show(page, 'large');
    console.log(`# 50 x 1 MB: first paint ${firstPaintMs.toFixed(0)} ms (render ${renderMs.toFixed(0)} ms), all bodies in place ${allBodiesMs.toFixed(0)} ms`);
    assert.equal(await page.locator('.row').count(), 50);
    // Target 200 ms; the bound leaves room for a loaded CI machine.
    assert.ok(firstPaintMs < 600, `first paint took ${firstPaintMs} ms`);

    const expandMs = await page.evaluate(() => new Promise<number>((resolve) => {
      const start = performance.now();
      (document.querySelector('.row-header[data-index="25"]') as HTMLElement).click();
      (document.querySelector('.row-header[data-index="25"] ~ .row-details .jt-toggle') as HTMLElement).click();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    }));
    console.log(`# expanding a 1 MB body (row and root node): ${expandMs.toFixed(0)} ms`);
    assert.ok(expandMs < 500, `expanding took ${expandMs} ms`);
    const data = page.locator(`${row(25)} .jt-toggle`, { hasText: '"data"' });
    assert.match((await data.textContent()) ?? '', /\[ … \d{4} items \]/);
    await data.click();
    assert.equal(await page.locator(`${row(25)} .jt-children .jt-children > .jt-node`).count(), 200, 'a long array shows its first page');
    await page.locator(`${row(25)} .jt-more`, { hasText: 'Show 200 more' }).click();
    assert.equal(await page.locator(`${row(25)} .jt-children .jt-children > .jt-node`).count(), 400);

    const roundTrip = Date.now();
    await page.evaluate(() => 1);
    assert.ok(Date.now() - roundTrip < 500, 'the page answers promptly');
    await page.screenshot({ path: `${ARTIFACTS}/panel-large.png` });
    await page.close();
  });
});
