// Storing the token, then "Run batch": the response panel opens with a row per operation.
import * as assert from 'node:assert/strict';
import { TEST_TOKEN } from '../integration/settings';
import { screenshot, ui } from './context';
import { clearNotifications, eventually, openFile, panelFrame, storeTokenViaPalette } from './workbench';

describe('running a batch', () => {
  it('stores the token through the masked input box', () => storeTokenViaPalette(TEST_TOKEN));

  it('opens the response panel with one row per operation', async () => {
    await openFile('valid.fbbatch');
    await clearNotifications();
    await ui().page.locator('.codelens-decoration a', { hasText: 'Run batch' }).first().click();
    const rows = panelFrame().locator('.row-header');
    await rows.first().waitFor({ timeout: 30_000 });
    await eventually('two rows', async () => (await rows.count()) === 2);
    const texts = await rows.allInnerTexts();
    assert.match(texts[0], /get-friends/);
    assert.match(texts[1], /\?ids=/);
    await rows.nth(1).click();
    // The run's progress notification closes once the panel has the result.
    await ui().page.locator('.notification-toast', { hasText: 'Running' }).waitFor({ state: 'detached' });
    await screenshot('04-response-panel');
  });
});
