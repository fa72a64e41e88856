// Storing the token, then "Run batch": the response panel opens with a row per operation.
import * as assert from 'node:assert/strict';
import { TEST_TOKEN } from '../integration/settings';
import { screenshot, ui } from './context';
import { eventually, openFile, panelFrame, runCommand } from './workbench';

describe('running a batch', () => {
  it('stores the token through the masked input box', async () => {
    await runCommand('Set Default Access Token');
    const input = ui().page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    assert.equal(await input.getAttribute('type'), 'password');
    await input.fill(TEST_TOKEN);
    await ui().page.keyboard.press('Enter');
    await eventually('the confirmation', async () => (await ui().page.locator('.notification-toast', { hasText: 'secret storage' }).count()) > 0);
  });

  it('opens the response panel with one row per operation', async () => {
    await openFile('valid.fbbatch');
    await ui().page.locator('.codelens-decoration a', { hasText: 'Run batch' }).first().click();
    const rows = panelFrame().locator('.row-header');
    await rows.first().waitFor({ timeout: 30_000 });
    await eventually('two rows', async () => (await rows.count()) === 2);
    const texts = await rows.allInnerTexts();
    assert.match(texts[0], /get-friends/);
    assert.match(texts[1], /\?ids=/);
    await rows.nth(1).click();
    await screenshot('04-response-panel');
  });
});
