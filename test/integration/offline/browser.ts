// Headless Chromium (Debian's, driven by playwright-core) showing the code-server workbench.
// The extension host starts only once a browser has opened the workbench.
import { chromium, type Browser, type Page } from 'playwright-core';
import { LayerFailure } from '../launch/steps';

const CHROMIUM = process.env.FBBATCH_CHROMIUM ?? '/usr/bin/chromium';
const WORKBENCH_TIMEOUT_MS = 90_000;

export interface OpenWorkbench {
  readonly browser: Browser;
  readonly page: Page;
}

export async function openWorkbench(url: string, layer: string): Promise<OpenWorkbench> {
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 30_000,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (err) {
    throw new LayerFailure(layer, `Chromium (${CHROMIUM}) did not start: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    // Clipboard access lets the UI tests read what VS Code copies.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    const page = await context.newPage();
    // A step that waits for something absent should fail well before the test's own timeout.
    page.setDefaultTimeout(20_000);
    await page.goto(url, { timeout: WORKBENCH_TIMEOUT_MS });
    await page.locator('.monaco-workbench').waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
    return { browser, page };
  } catch (err) {
    await browser.close();
    throw new LayerFailure(layer, `the VS Code workbench did not load: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
}
